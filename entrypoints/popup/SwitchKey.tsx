import { i18n } from '#i18n';
import { usePopupStore } from './store';

/**
 * One button between the saved keys (docs/product.md, Keys): "Switch to test" / "Switch to live", shown only when
 * the other environment's key is saved too. The next invite goes out with the key switched to.
 */
export function SwitchKey() {
  const other = usePopupStore((s) => s.key?.other);
  const switching = usePopupStore((s) => s.switching);
  const switchKey = usePopupStore((s) => s.switchKey);
  if (!other) return null;
  const test = other.mode === 'test';
  return (
    <div className="row small">
      <button
        type="button"
        className="link"
        disabled={switching}
        aria-busy={switching}
        title={i18n.t(test ? 'env.switchTestTitle' : 'env.switchLiveTitle', { last4: other.last4 })}
        onClick={() => void switchKey(other.mode)}
      >
        {test ? i18n.t('env.switchToTest') : i18n.t('env.switchToLive')}
      </button>
    </div>
  );
}
