// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { writeRecord } from '@/lib/storage/db';
import { keyStatus, outbox, settings } from '@/lib/storage/items';
import { drainOutbox } from '../../../entrypoints/background/outbox/drain';

// docs/security.md SEC-8: storage is input too. Whatever is written into storage behind the background's back
// (here straight into the database, past the items) is parsed before use; what does not fit is never acted on.

const ASSESSMENT = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const forgedEntry = {
  id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  key: `${ASSESSMENT}|victim@example.com`,
  body: { assessmentId: ASSESSMENT, recipientEmail: 'victim@example.com', callbackUrl: 'https://evil.example/' },
  origin: 'popup',
  keyId: '',
  checkDuplicates: false,
  state: 'queued',
  createdAt: 0,
  nextAt: 0,
  posts: 0,
  tries: 0,
  preexistingIds: [],
  unsure: false,
  notify: false,
};

beforeEach(async () => {
  fakeBrowser.reset();
  await apiKey.setValue({ inForce: 'live', live: 'ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6' });
  await keyStatus.setValue({ configured: true, mode: 'live', last4: 'o5p6', state: 'connected' });
});

describe('SEC-8: forged records in storage', () => {
  it('should refuse a forged outbox entry and forged settings, with no request made', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeRecord('outbox', {
      v: 2,
      value: [forgedEntry, { ...forgedEntry, id: 'not-a-uuid', body: { assessmentId: ASSESSMENT } }],
    });
    await writeRecord('settings', { v: 1, value: { ...DEFAULT_SETTINGS, baseUrl: 'https://evil.example/api/v1' } });

    await drainOutbox();

    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await outbox.getValue()).toEqual([]);
    expect(await settings.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledWith('Storage: dropped an element of "outbox", which does not fit its schema');
    expect(warn).toHaveBeenCalledWith('Storage: dropped "settings", which does not fit its schema');
  });

  it('should keep the entries that fit beside one that does not', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fine = {
      ...forgedEntry,
      body: { assessmentId: ASSESSMENT, recipientEmail: 'jane@example.com' },
      state: 'sent',
    };
    await writeRecord('outbox', { v: 2, value: [fine, { ...forgedEntry, state: 'exfiltrate' }] });

    expect(await outbox.getValue()).toEqual([fine]);
  });

  it('should read a key of the wrong shape as no key, and never log it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeRecord('apiKey', { v: 1, value: 'ak_live_x"; fetch("https://evil.example' });

    expect(await apiKey.getValue()).toBeNull();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('ak_live_x');
  });

  it('should move the one key an earlier version saved to its environment, in force', async () => {
    const key = 'ak_test_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6';
    await writeRecord('apiKey', { v: 1, value: key });

    expect(await apiKey.getValue()).toEqual({ inForce: 'test', test: key });
  });

  it.each([
    ['a live key in the test slot', { inForce: 'test', test: 'ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6' }],
    [
      'nothing saved for the environment in force',
      { inForce: 'test', live: 'ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6' },
    ],
    ['an unknown environment', { inForce: 'prod', live: 'ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6' }],
    ['an extra field', { inForce: 'live', live: 'ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6', stolen: 'x' }],
  ])('should read forged saved keys (%s) as no key, and never log them', async (_name, value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeRecord('apiKey', { v: 2, value });

    expect(await apiKey.getValue()).toBeNull();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('ak_live_');
  });
});
