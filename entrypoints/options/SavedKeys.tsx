import { i18n } from '#i18n';
import { EnvironmentBadge } from '@/components/EnvironmentBadge';
import type { KeyMode } from '@/lib/key/key-format';
import type { KeyStatus } from '@/lib/storage/items';

interface SavedKey {
  mode: KeyMode;
  last4: string;
  refused: boolean;
  inForce: boolean;
}

/** Each saved key, the one in force first: only its environment and last 4 characters (SEC-5). */
function savedKeys(status: KeyStatus): SavedKey[] {
  const keys: SavedKey[] = [];
  if (status.configured && status.mode && status.last4 !== undefined)
    keys.push({ mode: status.mode, last4: status.last4, refused: status.state === 'needs-attention', inForce: true });
  if (status.other) keys.push({ ...status.other, refused: status.other.state === 'needs-attention', inForce: false });
  return keys;
}

interface Props {
  status: KeyStatus;
  busy: boolean;
  onUse: (mode: KeyMode) => void;
  onRemove: (mode: KeyMode) => void;
}

/**
 * The live and the test key side by side (docs/product.md, Keys): which is in force, and for the other one, "Use"
 * (it comes into force) and its own remove button. The key in force is removed with the form's "Remove key".
 */
export function SavedKeys({ status, busy, onUse, onRemove }: Props) {
  const keys = savedKeys(status);
  if (keys.length === 0) return null;
  return (
    <ul className="saved-keys" aria-label={i18n.t('options.savedKeys')}>
      {keys.map((key) => (
        <li key={key.mode} className="row">
          <EnvironmentBadge mode={key.mode} />
          <span>
            {key.mode === 'test'
              ? i18n.t('options.savedTest', { last4: key.last4 })
              : i18n.t('options.savedLive', { last4: key.last4 })}
          </span>
          {key.refused && <span className="bad small">{i18n.t('options.refused')}</span>}
          {key.inForce ? (
            <span className="muted small">{i18n.t('options.inForce')}</span>
          ) : (
            <>
              <button type="button" disabled={busy} onClick={() => onUse(key.mode)}>
                {key.mode === 'test' ? i18n.t('options.useTest') : i18n.t('options.useLive')}
              </button>
              <button type="button" disabled={busy} onClick={() => onRemove(key.mode)}>
                {key.mode === 'test' ? i18n.t('options.removeTest') : i18n.t('options.removeLive')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
