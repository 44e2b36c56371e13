import { useEffect, useState, type FormEvent } from 'react';
import { checkKeyFormat } from '@/lib/key/key-format';
import { callBackground } from '@/lib/messaging/call';
import type { ErrorInfo } from '@/lib/api/errors';
import type { KeyStatus } from '@/lib/storage/items';
import { keyStatus as keyStatusItem } from '@/lib/storage/items';
import { i18n } from '#i18n';
import { keep } from '@/lib/i18n/keys';
import { rich } from '@/lib/i18n/rich';

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

  async function run(label: string, request: () => ReturnType<typeof callBackground<'removeApiKey'>>, done?: Feedback) {
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
  const remove = () =>
    run(i18n.t('options.removing'), () => callBackground('removeApiKey'), {
      tone: 'muted',
      text: i18n.t('options.removed'),
    });

  const shown = status ? describe(status) : null;
  const feedback: Feedback = busy
    ? { tone: 'muted', text: busy }
    : note?.tone === 'warn' && shown
      ? { tone: 'ok', text: `${shown.text} ${note.text}` }
      : (note ?? shown);

  return (
    <section aria-labelledby="key-heading">
      <h2 id="key-heading">{i18n.t('options.connect')}</h2>
      <p className="muted">{rich(i18n.t('options.keyHelp', keep('prefix')), { prefix: <code>ak_test_</code> })}</p>
      <form onSubmit={save}>
        <label htmlFor="api-key">{i18n.t('options.apiKey')}</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={
            status?.configured ? i18n.t('options.savedPlaceholder', { last4: status.last4 ?? '' }) : 'ak_live_…'
          }
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
            <button type="button" onClick={remove} disabled={busy !== null}>
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
