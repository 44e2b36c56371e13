// How long the outbox lets an ambiguous POST settle before it looks for the invite (docs/security.md REL-5: at least
// 60 s from the attempt's start). A test build shortens it with WXT_OUTBOX_SETTLE_MS; a release build has none.

const BUILD_SETTLE_MS = Number(import.meta.env.WXT_OUTBOX_SETTLE_MS);
export const PRODUCTION_SETTLE_MS = 60_000;

/** True only in a build made for the end-to-end tests. */
export const isTestBuild = Number.isFinite(BUILD_SETTLE_MS) && BUILD_SETTLE_MS > 0;

export const outboxTiming = {
  settleMs: isTestBuild ? BUILD_SETTLE_MS : PRODUCTION_SETTLE_MS,
  /** How long one read of an assessment's live invites answers further duplicate checks (outbox/live-snapshot.ts). */
  shareLiveReadMs: 5_000,
};
