import { useEffect, useState, type FormEvent } from 'react';
import { checkKeyFormat } from '@/lib/key/key-format';
import { callBackground } from '@/lib/messaging/call';
import type { ResultError } from '@/lib/messaging/result';
import type { KeyStatus } from '@/lib/storage/items';
import { keyStatus as keyStatusItem } from '@/lib/storage/items';

type Feedback = { tone: 'ok' | 'bad' | 'warn' | 'muted'; text: string } | null;

function describe(status: KeyStatus): Feedback {
  if (status.state === 'none') return { tone: 'muted', text: 'No API key saved yet.' };
  const which = `${status.mode === 'test' ? 'Test' : 'Live'} key ending in ${status.last4 ?? '????'}`;
  if (status.state === 'needs-attention') {
    return { tone: 'bad', text: `${which}: ${status.problem?.message ?? 'needs attention'}. ${status.problem?.action ?? ''}` };
  }
  return { tone: 'ok', text: `Connected — ${which}.` };
}

const errorText = (e: ResultError) => `${e.message}${e.action ? ` — ${e.action}` : ''}`;

/** The key is write-only here: after saving, only its environment and last 4 characters are shown (SEC-5). */
export function KeySection() {
  const [status, setStatus] = useState<KeyStatus | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  useEffect(() => {
    void callBackground('getKeyStatus').then((r) => {
      if (r.ok) {
        setStatus(r.data);
        setFeedback(describe(r.data));
      }
    });
    // A 401 seen by the popup or the background marks the key; show it here at once.
    return keyStatusItem.watch((next) => {
      setStatus(next);
      setFeedback(describe(next));
    });
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const format = checkKeyFormat(draft);
    if (!format.ok) {
      setFeedback({ tone: 'bad', text: format.reason });
      return;
    }
    setBusy(true);
    setFeedback({ tone: 'muted', text: 'Checking the key with AlfaOne…' });
    const result = await callBackground('saveApiKey', { apiKey: draft });
    setBusy(false);
    if (result.ok) {
      setDraft('');
      setStatus(result.data);
      const base = describe(result.data);
      setFeedback(format.warning && base ? { tone: 'ok', text: `${base.text} Note: ${format.warning}` } : base);
    } else {
      setFeedback({ tone: 'bad', text: errorText(result.error) });
    }
  }

  async function recheck() {
    setBusy(true);
    setFeedback({ tone: 'muted', text: 'Checking the saved key with AlfaOne…' });
    const result = await callBackground('recheckApiKey');
    setBusy(false);
    if (result.ok) {
      setStatus(result.data);
      setFeedback(describe(result.data));
    } else {
      setFeedback({ tone: 'bad', text: errorText(result.error) });
    }
  }

  async function remove() {
    setBusy(true);
    const result = await callBackground('removeApiKey');
    setBusy(false);
    if (result.ok) {
      setStatus(result.data);
      setFeedback({ tone: 'muted', text: 'Key removed from this browser.' });
    } else {
      setFeedback({ tone: 'bad', text: errorText(result.error) });
    }
  }

  return (
    <section aria-labelledby="key-heading">
      <h2 id="key-heading">Connect to AlfaOne</h2>
      <p className="muted">
        Generate a key in AlfaOne under Settings → Integrations. Prefer a dedicated key you can revoke; use an
        <code> ak_test_</code> key to try things out.
      </p>
      <form onSubmit={save}>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={status?.configured ? `Saved: …${status.last4}. Paste a new key to replace it.` : 'ak_live_…'}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <div className="row" style={{ marginTop: 8 }}>
          <button type="submit" className="primary" disabled={busy}>
            Save
          </button>
          {status?.state === 'needs-attention' && (
            <button type="button" onClick={recheck} disabled={busy}>
              Check again
            </button>
          )}
          {status?.configured && (
            <button type="button" onClick={remove} disabled={busy}>
              Remove key
            </button>
          )}
        </div>
      </form>
      <p role="status" className={feedback?.tone}>
        {feedback?.text}
      </p>
    </section>
  );
}
