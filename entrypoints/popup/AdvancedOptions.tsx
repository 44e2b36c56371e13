import { lazy, Suspense, useState } from 'react';
import { usePopupStore } from './store';
import { i18n } from '#i18n';

// Folded by default, so its fields load only when opened: the first paint does not wait for them.
const InviteOptionsFields = lazy(() =>
  import('@/components/InviteOptionsFields').then((m) => ({ default: m.InviteOptionsFields })),
);

/** Per-invite options (replay and record limits, expiry, proctoring), prefilled from the defaults in options. */
export function AdvancedOptions() {
  const [open, setOpen] = useState(false);
  const options = usePopupStore((s) => s.options);
  const setOptions = usePopupStore((s) => s.setOptions);
  const picked = usePopupStore((s) => s.assessments.find((a) => a.id === s.selectedId)?.name);
  const [remembered, setRemembered] = useState('');
  const remember = async () => {
    if (await usePopupStore.getState().rememberDefaults()) setRemembered(picked ?? '');
  };
  return (
    <details className="advanced" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{i18n.t('popup.advancedOptions')}</summary>
      {open && (
        <Suspense fallback={null}>
          <InviteOptionsFields idPrefix="invite" value={options} onChange={setOptions} />
          {picked !== undefined && (
            <p className="row">
              <button type="button" onClick={() => void remember()}>
                {i18n.t('popup.rememberFor', { assessment: picked })}
              </button>
              <span role="status" className="muted small">
                {remembered && remembered === picked ? i18n.t('popup.rememberedFor', { assessment: picked }) : ''}
              </span>
            </p>
          )}
        </Suspense>
      )}
    </details>
  );
}
