import { usePanelStore } from './panel-store';
import { takeOffer } from './apply-candidates';
import { i18n } from '#i18n';

/** A quiet offer when the page moved on while the user was typing: their text is kept until they choose. */
export function PageChanged() {
  const offer = usePanelStore((s) => s.offer);
  if (!offer) return null;
  return (
    <p className="page-changed muted">
      {i18n.t('sidepanel.pageChanged')}{' '}
      <button type="button" className="link" onClick={takeOffer}>
        {i18n.t('sidepanel.useNewCandidate')}
      </button>{' '}
      ({[offer.name, offer.email].filter(Boolean).join(', ')})
    </p>
  );
}
