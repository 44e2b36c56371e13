// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// docs/security.md SEC-3: where Chrome's storage.local lock is unavailable, the extension fails closed and says so.

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('SEC-3: the storage lock, checked at start', () => {
  it('should lock storage.local and work where the lock exists', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel });
    const { lockStorage } = await import('../lifecycle');
    const { storageWall } = await import('@/lib/storage/session-items');

    expect(await lockStorage()).toBe('locked');
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(await storageWall.getValue()).toBe('locked');
  });

  it.each([
    ['missing', undefined],
    ['refused', async () => Promise.reject(new Error('Access level not supported'))],
  ])('should fail closed, saying so, with no request, where the lock is %s', async (_name, setAccessLevel) => {
    Object.assign(fakeBrowser.storage.local, { setAccessLevel });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { saveKey } = await import('../key-service');
    const { storageWall } = await import('@/lib/storage/session-items');
    const { apiKey } = await import('@/lib/storage/api-key');

    await expect(saveKey('ak_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6')).rejects.toMatchObject({
      kind: 'storage-unprotected',
      message: expect.stringContaining('cannot keep'),
    });
    expect(await storageWall.getValue()).toBe('unavailable');
    expect(await apiKey.getValue()).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
