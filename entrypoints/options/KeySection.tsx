import { useEffect, useState, type FormEvent } from 'react';
import { checkKeyFormat, type KeyMode } from '@/lib/key/key-format';
import { callBackground } from '@/lib/messaging/call';
import type { ErrorInfo } from '@/lib/api/errors';
import type { KeyStatus } from '@/lib/storage/items';
import { keyStatus as keyStatusItem } from '@/lib/storage/items';
import { i18n } from '#i18n';
import { keep } from '@/lib/i18n/keys';
import { rich } from '@/lib/i18n/rich';
import { SavedKeys } from './SavedKeys';

type Feedback = { tone: 'ok' | 'bad' | 'warn' | 'muted'; text: string } | null;

function describe(status: KeyStatus): Feedback {
  if (status.state === 'none') return { tone: 'muted', text: i18n.t('options.noKey') };
  const last4 = status.last4 ?? '????';
  const which =
    status.mode === 'test' ? i18n.t('options.testKeyEnding', { last4 }) : i18n.t('options.liveKeyEnding', { last4 });
  if (status.state === 'needs-attention') {
    return {
      tone: 'bad',
      text: i18n
        .t('options.keyProblem', {
          which,
          message: status.problem?.message ?? i18n.t('options.needsAttention'),
          action: status.problem?.action ?? '',
        })
        .trim(),
    };
  }
  return { tone: 'ok', text: i18n.t('options.connected', { which }) };
}

const errorText = (e: ErrorInfo) =>
  e.action ? i18n.t('options.errorWithAction', { message: e.message, action: e.action }) : e.message;

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
    const warning: Feedback = format.warning
      ? { tone: 'warn', text: i18n.t('options.note', { warning: format.warning }) }
      : null;
    if (await run(i18n.t('options.checking'), () => callBackground('saveApiKey', { apiKey: draft }), warning)) {
      setDraft('');
    }
  }

  const recheck = () => run(i18n.t('options.rechecking'), () => callBackground('recheckApiKey'));
  // Without a mode: the key in force ("Remove key"); the other saved key, if any, then comes into force.
  const remove = (mode?: KeyMode) =>
    run(i18n.t('options.removing'), () => callBackground('removeApiKey', mode ? { mode } : undefined), {
      tone: 'muted',
      text: !mode
        ? i18n.t('options.removed')
        : mode === 'test'
          ? i18n.t('options.removedTest')
          : i18n.t('options.removedLive'),
    });
  const use = (mode: KeyMode) =>
    run(mode === 'test' ? i18n.t('options.switchingTest') : i18n.t('options.switchingLive'), () =>
      callBackground('switchApiKey', { mode }),
    );

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
      <h2 id="key-heading">{i18n.t('options.connect')}</h2>
      <p className="muted">{rich(i18n.t('options.keyHelp', keep('prefix')), { prefix: <code>ak_test_</code> })}</p>
      {status && <SavedKeys status={status} busy={busy !== null} onUse={use} onRemove={remove} />}
      <form onSubmit={save}>
        <label htmlFor="api-key">{i18n.t('options.apiKey')}</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={status?.configured ? i18n.t('options.savedPlaceholder') : i18n.t('options.newPlaceholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <div className="row" style={{ marginTop: 8 }}>
          <button type="submit" className="primary" disabled={busy !== null}>
            {i18n.t('options.save')}
          </button>
          {status?.state === 'needs-attention' && (
            <button type="button" onClick={recheck} disabled={busy !== null}>
              {i18n.t('options.checkAgain')}
            </button>
          )}
          {status?.configured && (
            <button type="button" onClick={() => void remove()} disabled={busy !== null}>
              {i18n.t('options.removeKey')}
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
