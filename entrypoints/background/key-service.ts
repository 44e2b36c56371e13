import { browser } from 'wxt/browser';
import { AppError, isKeyError } from '@/lib/api/errors';
import { assessmentListSchema } from '@/lib/api/schemas';
import { checkKeyFormat, KEY_MODES, lastFour, otherMode, type KeyMode } from '@/lib/key/key-format';
import { apiKey, inForce } from '@/lib/storage/api-key';
import type { SavedKeys } from '@/lib/storage/saved-keys';
import { assessmentsCache, keyStatus, NO_KEY, settings, type KeyStatus, type OtherKey } from '@/lib/storage/items';
import { updateBadge } from './badge';
import { reviewOutboxKeys } from './outbox';
import { reviewBulkRunKey } from './bulk/control';
import { assertStorageWalled, budgetedClient } from './api-access';
import { hasHostPermission } from './host-permission';
import { i18n } from '#i18n';

// Two keys (docs/product.md, Keys): a live and a test key may both be saved, one per environment, and one is in
// force. Every request uses the key in force; the status pages read says which, and what is known of the other.

/**
 * Checks the key's format, verifies it with one cheap call, and stores it only if AlfaOne accepts it: under its
 * environment (from its prefix), replacing that environment's key, in force. The other environment's key stays.
 */
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
  const [saved, before] = await Promise.all([apiKey.getValue(), keyStatus.getValue()]);
  const keys: SavedKeys = { ...saved, inForce: format.mode, [format.mode]: key };
  const status: KeyStatus = {
    configured: true,
    mode: format.mode,
    last4: lastFour(key),
    state: 'connected',
    verifiedAt: Date.now(),
    ...withOther(keys, before),
  };
  return putInForce(keys, status, saved);
}

/**
 * "Remove key" (the key in force, or the one of `mode`): clears it from every storage area (docs/security.md SEC-7),
 * with what was derived from it. The other environment's key stays, and comes into force if the removed one was.
 */
export async function removeKey(mode?: KeyMode): Promise<KeyStatus> {
  const [saved, before] = await Promise.all([apiKey.getValue(), keyStatus.getValue()]);
  const gone = mode ?? saved?.inForce;
  const left = saved && gone ? otherMode(gone) : undefined;
  const kept = saved && left ? saved[left] : undefined;
  await Promise.all([
    // Where an older version kept it, and where it must never be (docs/security.md SEC-2).
    browser.storage.local.remove('apiKey'),
    browser.storage.sync.remove('apiKey'),
    browser.storage.session.remove('apiKey'),
  ]);
  if (!saved || !left || !kept) return removeAll();
  const keys: SavedKeys = { inForce: left, [left]: kept };
  const status = { configured: true, ...(infoOf(before, left) ?? unknownInfo(left, kept)) } satisfies KeyStatus;
  return putInForce(keys, status, saved);
}

/** The popup's "Switch to test" / "Switch to live": the other saved key comes into force. */
export async function switchKey(mode: KeyMode): Promise<KeyStatus> {
  const [saved, before] = await Promise.all([apiKey.getValue(), keyStatus.getValue()]);
  const key = saved?.[mode];
  if (!saved || !key)
    throw new AppError('key-missing', {
      message: mode === 'test' ? i18n.t('errors.noTestKey') : i18n.t('errors.noLiveKey'),
      action: i18n.t('errors.saveKeyFirst', { prefix: `ak_${mode}_` }),
    });
  if (saved.inForce === mode) return before;
  const keys: SavedKeys = { ...saved, inForce: mode };
  const status = {
    configured: true,
    ...(infoOf(before, mode) ?? unknownInfo(mode, key)),
    ...withOther(keys, before),
  } satisfies KeyStatus;
  return putInForce(keys, status, saved);
}

/** "Check again": the key in force, verified anew; the status says what AlfaOne answers now. */
export async function recheckKey(): Promise<KeyStatus> {
  const key = inForce(await apiKey.getValue());
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

/**
 * Stores the keys and the status that describes them. A key replaced or removed takes its environment's list of
 * assessments along (a new key may be another organization's); a switch keeps both lists. A change of the key in
 * force empties the invite index, by its watcher (invite-index/register.ts).
 */
async function putInForce(keys: SavedKeys, status: KeyStatus, before: SavedKeys | null): Promise<KeyStatus> {
  const lists = { ...(await assessmentsCache.getValue()) };
  const gone = KEY_MODES.filter((mode) => lists[mode] && before?.[mode] !== keys[mode]);
  for (const mode of gone) delete lists[mode];
  if (gone.length) await assessmentsCache.setValue(lists);
  await apiKey.setValue(keys);
  await keyStatus.setValue(status);
  await updateBadge();
  // Invites of the key now in force go out; those of another key are held for the user (docs/security.md REL-10);
  // so is a bulk run's next line.
  void reviewOutboxKeys();
  void reviewBulkRunKey();
  return status;
}

async function removeAll(): Promise<KeyStatus> {
  await Promise.all([apiKey.removeValue(), keyStatus.removeValue(), assessmentsCache.removeValue()]);
  await updateBadge();
  // Nothing queued may go out later under whatever key is saved next (REL-10): it is held for the user.
  await reviewOutboxKeys();
  await reviewBulkRunKey();
  return NO_KEY;
}

/** What the status said of the key of `mode`, in force or not. */
function infoOf(status: KeyStatus, mode: KeyMode): OtherKey | undefined {
  if (status.configured && status.mode === mode && status.last4 && status.state !== 'none') {
    const { last4, state, problem, verifiedAt } = status;
    return { mode, last4, state, ...(problem && { problem }), ...(verifiedAt !== undefined && { verifiedAt }) };
  }
  return status.other?.mode === mode ? status.other : undefined;
}

/** A saved key the status did not describe (storage written by an older version): accepted when it was saved. */
const unknownInfo = (mode: KeyMode, key: string): OtherKey => ({ mode, last4: lastFour(key), state: 'connected' });

/** The `other` field for `keys`: the saved key that is not in force, if any. */
function withOther(keys: SavedKeys, before: KeyStatus): Pick<KeyStatus, 'other'> {
  const mode = otherMode(keys.inForce);
  const key = keys[mode];
  return key ? { other: infoOf(before, mode) ?? unknownInfo(mode, key) } : {};
}
