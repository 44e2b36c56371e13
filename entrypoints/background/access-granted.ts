import { runSync } from './invite-index/schedule';
import { reviewOutboxKeys } from './outbox/keys';

/** Access to the API origin granted (docs/security.md PERM-2): what waited for it goes on. */
export function afterAccessGranted(): void {
  // The invites held for want of access go out, and the invite index's sync, stopped for the same reason, starts.
  void reviewOutboxKeys();
  void runSync();
}
