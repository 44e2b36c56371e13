import { browser } from 'wxt/browser';
import { AppError, isKeyError } from '@/lib/api/errors';
import { assessmentListSchema } from '@/lib/api/schemas';
import { checkKeyFormat, lastFour } from '@/lib/key/key-format';
import { apiKey } from '@/lib/storage/api-key';
import { assessmentsCache, keyStatus, NO_KEY, settings, type KeyStatus } from '@/lib/storage/items';
import { updateBadge } from './badge';
import { reviewOutboxKeys } from './outbox';
import { assertStorageWalled, budgetedClient } from './api-access';
import { hasHostPermission } from './host-permission';
import { i18n } from '#i18n';

/** Checks the key's format, verifies it with one cheap call, and stores it only if AlfaOne accepts it. */
export async function saveKey(raw: string): Promise<KeyStatus> {
  const format = checkKeyFormat(raw);
  if (!format.ok)
    throw new AppError('invalid-input', {
      message: format.reason,
      action: i18n.t('errors.copyKeyAgain'),
    });
  const key = raw.trim();
  await assertStorageWalled();
  const current = await settings.getValue();
  if (!(await hasHostPermission(current.baseUrl))) throw new AppError('permission-missing');
  // One try: the user is watching the Save button.
  const client = budgetedClient(key, current, undefined, { readRetry: { baseMs: 0, capMs: 0, attempts: 1 } });
  await client.request('GET', '/assessments', assessmentListSchema, { query: { page: 1, limit: 1 } });
  const status: KeyStatus = {
    configured: true,
    mode: format.mode,
    last4: lastFour(key),
    state: 'connected',
    verifiedAt: Date.now(),
  };
  if ((await apiKey.getValue()) !== key) await assessmentsCache.removeValue();
  await apiKey.setValue(key);
  await keyStatus.setValue(status);
  await updateBadge();
  // Invites that waited for this key go out now; those of another key are held for the user (docs/security.md REL-10).
  void reviewOutboxKeys();
  return status;
}

/** "Remove key": clears it from every storage area (docs/security.md SEC-7), with what was derived from it. */
export async function removeKey(): Promise<KeyStatus> {
  await apiKey.removeValue();
  await Promise.all([
    // Where an older version kept it, and where it must never be (docs/security.md SEC-2).
    browser.storage.local.remove('apiKey'),
    browser.storage.sync.remove('apiKey'),
    browser.storage.session.remove('apiKey'),
    keyStatus.removeValue(),
    assessmentsCache.removeValue(),
  ]);
  await updateBadge();
  // Nothing queued may go out later under whatever key is saved next (REL-10): it is held for the user.
  await reviewOutboxKeys();
  return NO_KEY;
}

/** "Check again": the stored key, verified anew; the status says what AlfaOne answers now. */
export async function recheckKey(): Promise<KeyStatus> {
  const key = await apiKey.getValue();
  if (!key) return NO_KEY;
  try {
    return await saveKey(key);
  } catch (error) {
    if (error instanceof AppError && isKeyError(error.kind)) {
      await keyStatus.setValue({ ...(await keyStatus.getValue()), state: 'needs-attention', problem: error.toInfo() });
      await updateBadge();
    }
    throw error;
  }
}
