import { keyStatus } from '@/lib/storage/items';
import { apiKey, inForce } from '@/lib/storage/api-key';
import { AppError } from '@/lib/api/errors';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { keyIdentity } from './key-identity';
import { statusOfKey } from '../key-usable';
import { drainOutbox, runEntry } from './drain';
import { applyEvent, openEntries } from './store';
import { i18n } from '#i18n';
import { clockNow } from '@/lib/time/clock';

// An invite belongs to its key (docs/security.md REL-10): after a key is saved, replaced, removed or switched, or the
// API's origin granted, each open entry either goes on under the key it was asked under or is held for the user.
// Only the key in force sends: an invite of the other saved key waits, held, and goes out by itself once its key is
// in force again (a switch back), or under the key in force by the user's choice. Never under another key unasked,
// never lost.

async function currentKey(): Promise<{ id?: string; usable: boolean; env?: OutboxEntry['keyEnv'] }> {
  const [keys, status] = await Promise.all([apiKey.getValue(), keyStatus.getValue()]);
  const key = inForce(keys);
  return {
    id: key ? await keyIdentity(key) : undefined,
    usable: !!key && statusOfKey(status, key)?.state === 'connected',
    env: keys?.inForce,
  };
}

/** Holds what belongs to another key, and sends what waited for its own key (or a permission) to work again. */
export async function reviewOutboxKeys(): Promise<void> {
  const key = await currentKey();
  for (const entry of await openEntries()) {
    // A POST in flight is left to its answer; its next step checks the key again.
    if (entry.state === 'sending') continue;
    if (entry.keyId !== key.id) {
      if (entry.hold !== 'key-changed')
        await applyEvent(entry.id, { type: 'hold', now: clockNow(), reason: 'key-changed' });
    } else if (entry.state === 'held' && key.usable) {
      await applyEvent(entry.id, { type: 'release', now: clockNow(), keyId: entry.keyId, keyEnv: entry.keyEnv });
    }
  }
  await drainOutbox();
}

/** The user's choice for an entry held after a key change: send it under the key saved now. */
export async function sendUnderCurrentKey(id: string): Promise<OutboxEntry> {
  const key = await currentKey();
  if (!key.id) throw new AppError('key-missing');
  const released = await applyEvent(id, { type: 'release', now: clockNow(), keyId: key.id, keyEnv: key.env });
  if (!released) throw new AppError('not-found', { message: i18n.t('outbox.notInOutbox') });
  return (await runEntry(id)) ?? released;
}
