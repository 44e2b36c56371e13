import { AppError } from '@/lib/api/errors';
import { describeKey, keyIdOf } from '@/lib/key/key-format';
import type { KeyStatus } from '@/lib/storage/items';
import { i18n } from '#i18n';

// The status describes both saved keys, each by its environment and last 4 (SEC-5). A key change writes the key
// record, then the status: in between, the status still describes the key in force before. So nothing takes the
// status's word for whichever key is in force: a request asks it about the key it is about to use, by that key's
// identity (docs/security.md SEC-6: a key AlfaOne refused sends nothing, not even in that window).

/** What the status says of `key`, whether in force or the other; undefined while it describes other keys. */
export function statusOfKey(status: KeyStatus, key: string): Pick<KeyStatus, 'state' | 'problem'> | undefined {
  const id = keyIdOf(describeKey(key));
  if (status.state !== 'none' && keyIdOf(status) === id) return status;
  return status.other && keyIdOf(status.other) === id ? status.other : undefined;
}

/** Throws unless the status says AlfaOne accepted `key`: its stored problem, or "key changed" mid-write. */
export function assertKeyUsable(status: KeyStatus, key: string): void {
  const known = statusOfKey(status, key);
  // A change of key being written: the entry waits as for any key change, and its own status decides after.
  if (!known) throw new AppError('key-missing', { message: i18n.t('errors.keyChanged') });
  if (known.state === 'needs-attention')
    throw known.problem ? AppError.from(known.problem) : new AppError('key-invalid');
}
