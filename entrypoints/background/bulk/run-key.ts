import type { BulkRun } from '@/lib/bulk/run-schema';
import { apiKey, inForce } from '@/lib/storage/api-key';
import { keyIdentity } from '../outbox';
import { updateRun } from './run-store';
import { i18n } from '#i18n';

// A bulk run belongs to the key it was started under (docs/security.md REL-10): a line is handed to the outbox only
// while that key is in force. Under another key the run pauses by itself and says why; it goes on only under its own.

export interface KeyInForce {
  keyId: string;
  keyEnv?: BulkRun['keyEnv'];
}

/** The key in force now, as a run records it; undefined with no key saved. */
export async function keyInForce(): Promise<KeyInForce | undefined> {
  const keys = await apiKey.getValue();
  const key = inForce(keys);
  return key ? { keyId: await keyIdentity(key), keyEnv: keys?.inForce } : undefined;
}

const belongsTo = (run: BulkRun) => (run.keyEnv === 'test' ? i18n.t('bulk.runOfTestKey') : i18n.t('bulk.runOfLiveKey'));

/** The run, paused by itself because its key is not in force. */
export const pausedForKey = (run: BulkRun): BulkRun => ({
  ...run,
  status: 'paused',
  pausedForKey: true,
  pauseReason: belongsTo(run),
});

/** Whether the run's own key is in force. A run stored by an older version, with no key recorded, takes this one. */
export const isOwnKey = (run: BulkRun, key: KeyInForce | undefined): boolean =>
  !!key && (run.keyId === undefined || run.keyId === key.keyId);

/**
 * Whether the run may hand a line over now. Under another key (or none), a running run pauses by itself, saying
 * why; under its own key, a run stored with no key recorded records this one.
 */
export async function mayHandOver(runId: string): Promise<KeyInForce | undefined> {
  const key = await keyInForce();
  return updateRun((run) => {
    if (!run || run.id !== runId) return { run, result: undefined };
    if (!isOwnKey(run, key)) return { run: run.status === 'running' ? pausedForKey(run) : run, result: undefined };
    const own = run.keyId === undefined ? { ...run, keyId: key!.keyId, keyEnv: key!.keyEnv } : run;
    return { run: own, result: key };
  });
}
