import { outboxTiming, isTestBuild } from '@/lib/outbox/timing';
import { testSettleMs } from '@/lib/storage/items';

/** The settle period now: a test build lets one test lengthen it (a late-commit fault); a release build cannot. */
export async function settleMs(): Promise<number> {
  if (!isTestBuild) return outboxTiming.settleMs;
  return (await testSettleMs.getValue()) ?? outboxTiming.settleMs;
}
