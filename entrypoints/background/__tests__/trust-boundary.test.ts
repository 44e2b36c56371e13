import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageType } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { allRecords } from '@/lib/storage/db';
import { keyStatus } from '@/lib/storage/items';
import { registerHandlers } from '../handlers';
import { deliver, deliverMessage, SENDERS, type SenderName } from './deliver';

const KEY = 'ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6';
const ASSESSMENT = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

/** A valid payload for every message type the background handles. */
const VALID: Record<MessageType, unknown> = {
  getKeyStatus: undefined,
  saveApiKey: { apiKey: 'ak_live_ffffffffffffffffffffffffffffffff' },
  removeApiKey: undefined,
  switchApiKey: { mode: 'test' },
  recheckApiKey: undefined,
  getSettings: undefined,
  saveSettings: { ...DEFAULT_SETTINGS, tier: 'enterprise' },
  saveNotificationPrefs: { scope: 'organization', completed: true, started: true, accepted: false, expiring: true },
  saveAssessmentDefaults: { assessmentId: ASSESSMENT, name: 'Backend', options: null },
  listAssessments: { refresh: true },
  listRecentInvites: {},
  sendInvite: {
    assessmentId: ASSESSMENT,
    email: 'jane@example.com',
    options: DEFAULT_SETTINGS.inviteDefaults,
    confirmDuplicate: true,
  },
  cancelQueuedInvite: { id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b' },
  sendHeldInvite: { id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b' },
  lookupCandidateInvites: { email: 'jane@example.com' },
  searchLocalInvites: { query: 'jane', limit: 50 },
  listFollowUp: { query: '', opening: true },
  inviteAgain: { inviteId: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b', email: 'jane@example.com' },
  getInviteIndexStatus: undefined,
  clearLocalInviteData: undefined,
  takeFormDraft: undefined,
  checkBulkInvites: { assessmentId: ASSESSMENT, emails: ['jane@example.com'] },
  startBulkRun: {
    assessmentId: ASSESSMENT,
    options: DEFAULT_SETTINGS.inviteDefaults,
    lines: [{ line: 1, text: 'jane@example.com', email: 'jane@example.com', action: 'send' }],
  },
  controlBulkRun: { id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b', action: 'pause' },
  openBulkPage: { candidates: [{ email: 'jane@example.com', source: 'page-text' }] },
  takeBulkDraft: undefined,
  reportCandidates: { candidates: [{ email: 'jane@example.com', source: 'page-text' }] },
  getTabCandidates: { tabId: 12 },
};
const TYPES = Object.keys(VALID) as MessageType[];

async function snapshotStorage() {
  return {
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    extension: await allRecords(),
  };
}

let stop: () => void = () => undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await apiKey.setValue({ inForce: 'live', live: KEY });
  await keyStatus.setValue({ configured: true, mode: 'live', last4: 'o5p6', state: 'connected' });
  stop = registerHandlers();
});
afterEach(() => stop());

describe('MSG-1 / MSG-3 / MSG-5: senders outside the trust boundary', () => {
  const untrusted: SenderName[] = [
    'contentScriptOffPattern',
    'otherExtension',
    'webPage',
    'framedExtensionPage',
    'forgedIdFromPage',
    'noSender',
  ];
  const cases = untrusted.flatMap((sender) => TYPES.map((type) => [sender, type] as const));

  it.each(cases)('should refuse a message from %s (%s) with no side effect and no request', async (sender, type) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const before = await snapshotStorage();

    const actual = await deliver(type, VALID[type], SENDERS[sender]);

    expect(actual).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(JSON.stringify(actual)).not.toMatch(/ak_(live|test)_/);
    expect(await snapshotStorage()).toEqual(before);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('SEC-1 / MSG-3: a content script gets one message and nothing else', () => {
  const privileged = TYPES.filter((t) => t !== 'reportCandidates');

  it.each(privileged)(
    'should refuse %s from a content script with no side effect and no key material',
    async (type) => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const before = await snapshotStorage();

      const actual = await deliver(type, VALID[type], SENDERS.contentScript);

      expect(actual).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      expect(JSON.stringify(actual)).not.toMatch(/ak_(live|test)_|o5p6/);
      expect(await snapshotStorage()).toEqual(before);
      expect(fetchSpy).not.toHaveBeenCalled();
    },
  );

  it('should accept reportCandidates from a content script and store them for its own tab only', async () => {
    const actual = await deliver('reportCandidates', VALID.reportCandidates, SENDERS.contentScript);

    expect(actual).toEqual({ ok: true, data: { count: 1 } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'candidates:12': [{ email: 'jane@example.com', source: 'page-text' }],
    });
  });

  it('should refuse reportCandidates from an extension page', async () => {
    const actual = await deliver('reportCandidates', VALID.reportCandidates, SENDERS.popup);
    expect(actual).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});

describe('MSG-4: closed, validated payloads', () => {
  it.each([
    ['an unknown message type', 'stealKey', {}],
    ['extra fields', 'sendInvite', { ...(VALID.sendInvite as object), url: 'https://evil.example/' }],
    ['a path in the id', 'sendInvite', { ...(VALID.sendInvite as object), assessmentId: '../../keys' }],
    [
      'an absolute URL as the id',
      'sendInvite',
      { ...(VALID.sendInvite as object), assessmentId: 'https://evil.example/x' },
    ],
    ['a name over 200 characters', 'sendInvite', { ...(VALID.sendInvite as object), name: 'N'.repeat(201) }],
    ['a bad email', 'sendInvite', { ...(VALID.sendInvite as object), email: 'not-an-email' }],
    [
      'an email over 254 characters',
      'sendInvite',
      { ...(VALID.sendInvite as object), email: `${'a'.repeat(250)}@example.com` },
    ],
    [
      'a zero limit',
      'sendInvite',
      { ...(VALID.sendInvite as object), options: { ...DEFAULT_SETTINGS.inviteDefaults, questionReplayLimit: 0 } },
    ],
    ['a base URL of its own', 'saveSettings', { ...DEFAULT_SETTINGS, baseUrl: 'https://evil.example/api/v1' }],
    ['a header in the payload', 'listRecentInvites', { headers: { 'x-api-key': 'x' } }],
    [
      'a bulk line to send with no valid address',
      'startBulkRun',
      { ...(VALID.startBulkRun as object), lines: [{ line: 1, text: 'x', email: 'x', action: 'send' }] },
    ],
    [
      'markup in a bulk name',
      'startBulkRun',
      {
        ...(VALID.startBulkRun as object),
        lines: [{ line: 1, text: 'x', email: 'a@example.com', name: '<b>A</b>', action: 'send' }],
      },
    ],
    [
      'a bulk run of 2,001 lines',
      'startBulkRun',
      {
        ...(VALID.startBulkRun as object),
        lines: Array.from({ length: 2001 }, (_, i) => ({ line: i + 1, text: 'x', action: 'skip' })),
      },
    ],
    [
      'too many candidates',
      'reportCandidates',
      { candidates: Array.from({ length: 500 }, () => ({ source: 'page-text' })) },
    ],
  ])('should reject %s without any request', async (_name, type, data) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const sender = type === 'reportCandidates' ? SENDERS.contentScript : SENDERS.popup;

    const actual = await deliver(type, data, sender);

    if (type === 'stealKey') expect(actual).toBeUndefined();
    else expect(actual).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('SEC-5: what the key status reveals', () => {
  it('should return the mode and at most the last 4 characters of the key', async () => {
    const actual = await deliver('getKeyStatus', undefined, SENDERS.popup);

    expect(actual).toEqual({ ok: true, data: { configured: true, mode: 'live', last4: 'o5p6', state: 'connected' } });
    expect(JSON.stringify(actual)).not.toMatch(/ak_|[a-z0-9]{5,}o5p6/);
  });
});

describe('MSG-8: what is not a message of the wire format', () => {
  const at = Date.now();
  it.each([
    null,
    'getKeyStatus',
    42,
    {},
    { type: 1 },
    { data: {} },
    ['getKeyStatus'],
    { type: null, data: {} },
    // The library's own format with a type that is no string, or no timestamp.
    { id: 1, type: 42, data: {}, timestamp: at },
    { id: 1, type: null, data: {}, timestamp: at },
    { id: 1, type: ['getKeyStatus'], data: {}, timestamp: at },
    { id: 1, type: 'getKeyStatus', data: {} },
  ])('should get no answer and have no effect: %j', async (message) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const before = await snapshotStorage();

    const actual = await deliverMessage(message, SENDERS.popup);

    expect(actual).toBeUndefined();
    expect(await snapshotStorage()).toEqual(before);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('MSG-8: prototype names are no message types', () => {
  const names = [
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'isPrototypeOf',
    '__defineGetter__',
    'toLocaleString',
  ];
  const cases = names.flatMap((type) => (['contentScript', 'popup'] as const).map((sender) => [type, sender] as const));

  it.each(cases)(
    'should refuse %s from %s as it refuses an unknown type: no answer, no echo, no effect',
    async (type, sender) => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const before = await snapshotStorage();

      const actual = await deliver(type, { marker: 'echo-me' }, SENDERS[sender]);
      const unknown = await deliver('stealKey', { marker: 'echo-me' }, SENDERS[sender]);

      expect(actual).toBeUndefined();
      expect(actual).toEqual(unknown);
      expect(await snapshotStorage()).toEqual(before);
      expect(fetchSpy).not.toHaveBeenCalled();
    },
  );
});

describe('MSG-8: why the guard listener is there', () => {
  it('should answer a forged `constructor` from the messaging library alone, echoing the message', async () => {
    stop();
    const { defineExtensionMessaging } = await import('@webext-core/messaging');
    const bare = defineExtensionMessaging<{ getKeyStatus(): string }>();
    bare.onMessage('getKeyStatus', () => 'status');

    const actual = await deliver('constructor', { marker: 'echo-me' }, SENDERS.popup);

    expect(JSON.stringify(actual)).toContain('echo-me');
    bare.removeAllListeners();
  });
});

describe('reportCandidates: top frame only, a few per second per tab', () => {
  const report = { candidates: [{ email: 'jane@example.com', source: 'page-text' }] };

  it('should drop a report from a sub-frame unanswered and store nothing', async () => {
    const actual = await deliver('reportCandidates', report, { ...SENDERS.contentScript, frameId: 3 });

    expect(actual).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('should accept a burst of three, then drop a flood unanswered', async () => {
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await deliver('reportCandidates', report, SENDERS.contentScript));

    expect(answers.slice(0, 3)).toEqual(Array(3).fill({ ok: true, data: { count: 1 } }));
    expect(answers.slice(3).every((a) => a === undefined)).toBe(true);
  });

  it('should keep another tab unaffected by a flood', async () => {
    for (let i = 0; i < 20; i++) await deliver('reportCandidates', report, SENDERS.contentScript);
    const other = { ...SENDERS.contentScript, tab: { ...SENDERS.contentScript.tab, id: 99 } };

    expect(await deliver('reportCandidates', report, other)).toEqual({ ok: true, data: { count: 1 } });
  });

  it('should clean names of direction overrides, controls and markup on the way in', async () => {
    const name = 'Jane\u202E eoD\u202C <img src=x onerror=alert(1)>Doe\u0007';

    await deliver(
      'reportCandidates',
      { candidates: [{ email: 'jane@example.com', name, source: 'page-text' }] },
      SENDERS.contentScript,
    );

    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'candidates:12': [{ email: 'jane@example.com', name: 'Jane eoD Doe', source: 'page-text' }],
    });
  });
});
