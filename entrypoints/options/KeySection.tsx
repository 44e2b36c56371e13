import { useEffect, useState, type FormEvent } from 'react';
import { checkKeyFormat, type KeyMode } from '@/lib/key/key-format';
import { callBackground } from '@/lib/messaging/call';
import type { ErrorInfo } from '@/lib/api/errors';
import type { KeyStatus } from '@/lib/storage/items';
import { keyStatus as keyStatusItem } from '@/lib/storage/items';
import { SavedKeys } from './SavedKeys';

type Feedback = { tone: 'ok' | 'bad' | 'warn' | 'muted'; text: string } | null;

function describe(status: KeyStatus): Feedback {
  if (status.state === 'none') return { tone: 'muted', text: 'No API key saved yet.' };
  const which = `${status.mode === 'test' ? 'Test' : 'Live'} key ending in ${status.last4 ?? '????'}`;
  if (status.state === 'needs-attention') {
    return {
      tone: 'bad',
      text: `${which}: ${status.problem?.message ?? 'needs attention'}. ${status.problem?.action ?? ''}`,
    };
  }
  return { tone: 'ok', text: `Connected — ${which}.` };
}

const errorText = (e: ErrorInfo) => `${e.message}${e.action ? ` — ${e.action}` : ''}`;

/**
 * The key is write-only here: after saving, only its environment and last 4 characters are shown (SEC-5).
 * The key's status has one read channel, the stored item; a request's answer only ends its busy state (with the
 * draft cleared in the same render) and adds a note of its own, so "Connected" never shows beside a typed key.
 */
export function KeySection() {
  const [status, setStatus] = useState<KeyStatus | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<Feedback>(null);

  useEffect(() => {
    void keyStatusItem.getValue().then(setStatus);
    // A 401 seen by the popup or the background marks the key; show it here at once.
    return keyStatusItem.watch(setStatus);
  }, []);

  async function run(label: string, request: () => ReturnType<typeof callBackground<'switchApiKey'>>, done?: Feedback) {
    setBusy(label);
    setNote(null);
    const result = await request();
    setBusy(null);
    setNote(result.ok ? (done ?? null) : { tone: 'bad', text: errorText(result.error) });
    return result.ok;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const format = checkKeyFormat(draft);
    if (!format.ok) {
      setNote({ tone: 'bad', text: format.reason });
      return;
    }
    const warning: Feedback = format.warning ? { tone: 'warn', text: `Note: ${format.warning}` } : null;
    if (await run('Checking the key with AlfaOne…', () => callBackground('saveApiKey', { apiKey: draft }), warning)) {
      setDraft('');
    }
  }

  const recheck = () => run('Checking the saved key with AlfaOne…', () => callBackground('recheckApiKey'));
  // Without a mode: the key in force ("Remove key"); the other saved key, if any, then comes into force.
  const remove = (mode?: KeyMode) =>
    run('Removing the key…', () => callBackground('removeApiKey', mode ? { mode } : undefined), {
      tone: 'muted',
      text: mode ? `The ${mode} key was removed from this browser.` : 'Key removed from this browser.',
    });
  const use = (mode: KeyMode) => run(`Switching to the ${mode} key…`, () => callBackground('switchApiKey', { mode }));

  const shown = status ? describe(status) : null;
  // A removal's note comes with what is in force now: the other key may have taken over.
  const withShown = note && shown && status?.configured && (note.tone === 'warn' || note.tone === 'muted');
  const feedback: Feedback = busy
    ? { tone: 'muted', text: busy }
    : withShown
      ? note.tone === 'warn'
        ? { tone: 'ok', text: `${shown.text} ${note.text}` }
        : { tone: shown.tone, text: `${note.text} ${shown.text}` }
      : (note ?? shown);

  return (
    <section aria-labelledby="key-heading">
      <h2 id="key-heading">Connect to AlfaOne</h2>
      <p className="muted">
        Generate a key in AlfaOne under Settings → Integrations. Prefer a dedicated key you can revoke; use an
        <code> ak_test_</code> key to try things out. A live and a test key can both be saved: the one in force sends
        every invite, and the popup switches between them.
      </p>
      {status && <SavedKeys status={status} busy={busy !== null} onUse={use} onRemove={remove} />}
      <form onSubmit={save}>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={
            status?.configured
              ? 'Paste a live or a test key: it replaces the saved key of its environment.'
              : 'ak_live_… or ak_test_…'
          }
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <div className="row" style={{ marginTop: 8 }}>
          <button type="submit" className="primary" disabled={busy !== null}>
            Save
          </button>
          {status?.state === 'needs-attention' && (
            <button type="button" onClick={recheck} disabled={busy !== null}>
              Check again
            </button>
          )}
          {status?.configured && (
            <button type="button" onClick={() => void remove()} disabled={busy !== null}>
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
