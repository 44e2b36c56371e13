import { i18n } from '#i18n';
import type { KeyMode } from '@/lib/key/key-format';

/**
 * The environment of the key in force, on every surface (docs/product.md, Keys): "Live" quietly, "Test" so it
 * cannot be missed, in amber (base.css: the same colours in light and dark, contrast above 7:1).
 */
export function EnvironmentBadge({ mode }: { mode: KeyMode | undefined }) {
  if (!mode) return null;
  const test = mode === 'test';
  return (
    <span className="env-badge" data-env={mode} title={test ? i18n.t('env.testTitle') : i18n.t('env.liveTitle')}>
      {test ? i18n.t('env.test') : i18n.t('env.live')}
    </span>
  );
}
