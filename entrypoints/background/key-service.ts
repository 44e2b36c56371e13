import { browser } from 'wxt/browser';
import { ApiError, isKeyError, type ApiErrorKind } from '@/lib/api/errors';
import { assessmentListSchema } from '@/lib/api/schemas';
import { checkKeyFormat, lastFour } from '@/lib/key/key-format';
import type { ResultError } from '@/lib/messaging/result';
import { apiKey } from '@/lib/storage/api-key';
import { assessmentsCache, keyStatus, NO_KEY, settings, type KeyStatus } from '@/lib/storage/items';
import { updateBadge } from './badge';
import { reviewOutboxKeys } from './outbox';
import { assertStorageWalled, budgetedClient } from './api-access';
import { hasHostPermission, PERMISSION_MISSING } from './host-permission';

/** Checks the key's format, verifies it with one cheap call, and stores it only if AlfaOne accepts it. */
export async function saveKey(raw: string): Promise<KeyStatus | ResultError> {
  const format = checkKeyFormat(raw);
  if (!format.ok) return { kind: 'invalid-input', message: format.reason, action: 'Copy the key again from the Integrations page.' };
  const key = raw.trim();
  await assertStorageWalled();
  const current = await settings.getValue();
  if (!(await hasHostPermission(current.baseUrl))) return PERMISSION_MISSING;
  // One try: the user is watching the Save button.
  const client = budgetedClient(key, current, undefined, { readRetry: { baseMs: 0, capMs: 0, attempts: 1 } });
  try {
    await client.request('GET', '/assessments', assessmentListSchema, { query: { page: 1, limit: 1 } });
  } catch (error) {
    if (error instanceof ApiError) return error.toInfo();
    throw error;
  }
  const status: KeyStatus = { configured: true, mode: format.mode, last4: lastFour(key), state: 'connected', verifiedAt: Date.now() };
  if ((await apiKey.getValue()) !== key) await assessmentsCache.removeValue();
  await apiKey.setValue(key);
  await keyStatus.setValue(status);
  await updateBadge();
  // Invites that waited for this key go out now; those of another key are held for the user (security.md REL-10).
  void reviewOutboxKeys();
  return status;
}

/** "Remove key": clears it from every storage area (security.md SEC-7), with what was derived from it. */
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
export async function recheckKey(): Promise<KeyStatus | ResultError> {
  const key = await apiKey.getValue();
  if (!key) return NO_KEY;
  const result = await saveKey(key);
  if ('kind' in result && isKeyError(result.kind as ApiErrorKind)) {
    await keyStatus.setValue({ ...(await keyStatus.getValue()), state: 'needs-attention', problem: { ...result, kind: result.kind as ApiErrorKind } });
    await updateBadge();
  }
  return result;
}
