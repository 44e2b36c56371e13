import type { Candidate } from '@/lib/candidates/candidate';
import { prefillOf } from '@/lib/candidates/prefill';
import { usePopupStore } from '../popup/store';
import { usePanelStore } from './panel-store';

// A new page's candidates go into the form unless the user is writing their own: fields that are empty, or
// that hold what the previous page offered, are replaced; anything else is kept, and the new candidate offered.

const pair = (c: Candidate | undefined) => ({ email: c?.email ?? '', name: c?.name ?? '' });

export function applyCandidates(candidates: Candidate[]): void {
  const state = usePopupStore.getState();
  const best = pair(prefillOf(candidates));
  const fromPage = [{ email: '', name: '' }, ...state.candidates.map(pair)];
  const untouched = fromPage.some((p) => p.email === state.email && p.name === state.name);
  const sending = state.send.status === 'sending';
  if (untouched) {
    usePopupStore.setState({ candidates, ...best, emailError: '', ...(sending ? {} : { send: { status: 'idle' } }) });
    usePanelStore.setState({ offer: null });
  } else {
    usePopupStore.setState({ candidates });
    const same = best.email === state.email && best.name === state.name;
    usePanelStore.setState({
      offer: same || (!best.email && !best.name) ? null : (prefillOf(candidates) ?? null),
    });
  }
}

/** "Use the new candidate": the offer replaces what was typed. */
export function takeOffer(): void {
  const { offer } = usePanelStore.getState();
  if (!offer) return;
  const state = usePopupStore.getState();
  usePopupStore.setState({
    ...pair(offer),
    emailError: '',
    ...(state.send.status === 'sending' ? {} : { send: { status: 'idle' } }),
  });
  usePanelStore.setState({ offer: null });
}
