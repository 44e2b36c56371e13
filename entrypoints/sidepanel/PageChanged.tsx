import { usePanelStore } from './panel-store';
import { takeOffer } from './apply-candidates';

/** A quiet offer when the page moved on while the user was typing: their text is kept until they choose. */
export function PageChanged() {
  const offer = usePanelStore((s) => s.offer);
  if (!offer) return null;
  return (
    <p className="page-changed muted">
      Page changed —{' '}
      <button type="button" className="link" onClick={takeOffer}>
        use the new candidate
      </button>{' '}
      ({[offer.name, offer.email].filter(Boolean).join(', ')})
    </p>
  );
}
