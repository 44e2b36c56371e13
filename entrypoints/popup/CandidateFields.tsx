import { useShallow } from 'zustand/react/shallow';
import { offerLabel, provenanceOf } from '@/lib/candidates/source-labels';
import { usePopupStore } from './store';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** Email and name, prefilled from the page, with where each came from and a choice when there are several. */
export function CandidateFields() {
  const { email, name, emailError, candidates } = usePopupStore(
    useShallow((s) => ({ email: s.email, name: s.name, emailError: s.emailError, candidates: s.candidates })),
  );
  const setEmail = usePopupStore((s) => s.setEmail);
  const setName = usePopupStore((s) => s.setName);
  const pick = usePopupStore((s) => s.pickCandidate);
  const current = candidates.findIndex((c) => (c.email ?? '') === email && (c.name ?? '') === name);
  const chosen = candidates[current];

  return (
    <fieldset className="candidate">
      <legend>{i18n.t('popup.candidate')}</legend>
      {/* One candidate not prefilled (a role address) is still offered, to be picked. */}
      {(candidates.length > 1 || (candidates.length === 1 && current === -1)) && (
        <>
          <label htmlFor="candidate-pick">
            {i18n.t('popup.foundOnPage', { count: formatNumber(candidates.length) })}
          </label>
          <select id="candidate-pick" value={current} onChange={(e) => pick(Number(e.target.value))}>
            {current === -1 && <option value={-1}>{i18n.t('popup.typedByHand')}</option>}
            {candidates.map((c, i) => (
              <option key={`${c.email ?? ''}|${c.name ?? ''}|${i}`} value={i}>
                {[c.name, c.email].filter(Boolean).join(' — ')} ({offerLabel(c)})
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="email">{i18n.t('popup.candidateEmail')}</label>
      <input
        id="email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        aria-invalid={emailError ? true : undefined}
        aria-describedby={emailError ? 'email-error' : chosen ? 'email-source' : undefined}
        autoComplete="off"
        required
      />
      {emailError && (
        <p id="email-error" className="bad small">
          {emailError}
        </p>
      )}
      {/* The line is kept (empty) until the page answers, so the form does not move when the candidate arrives. */}
      {!emailError && (
        <p id="email-source" className="muted small">
          {chosen ? provenanceOf(chosen) : '\u00a0'}
        </p>
      )}
      <label htmlFor="name">{i18n.t('popup.candidateName')}</label>
      <input id="name" type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
    </fieldset>
  );
}
