import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/config/api-base-url';
import { isKeyError, type ErrorInfo } from '@/lib/api/errors';
import { settings } from '@/lib/storage/items';
import { i18n } from '#i18n';

/** An error in the docs' words, what to do, and the one button that does it where there is one. */
export function ErrorMessage({
  error,
  onRetry,
  className = '',
}: {
  error: ErrorInfo;
  onRetry?: () => void;
  className?: string;
}) {
  const grant = async () => {
    const { baseUrl } = await settings.getValue();
    if (await browser.permissions.request({ origins: [originPattern(baseUrl)] })) onRetry?.();
  };
  const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());
  return (
    <div role="alert" className={`error ${className}`}>
      <p>
        <strong>{error.message}.</strong> {error.action}
      </p>
      <div className="row">
        {error.kind === 'permission-missing' && (
          <button type="button" onClick={() => void grant()}>
            {i18n.t('common.grantAccess')}
          </button>
        )}
        {isKeyError(error.kind) && (
          <button type="button" onClick={openOptions}>
            {i18n.t('common.openOptions')}
          </button>
        )}
        {onRetry &&
          error.kind !== 'permission-missing' &&
          !isKeyError(error.kind) &&
          error.kind !== 'invalid-input' && (
            <button type="button" onClick={onRetry}>
              {i18n.t('common.retry')}
            </button>
          )}
      </div>
    </div>
  );
}
