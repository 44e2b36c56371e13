import type { Page } from '@playwright/test';
import { readExtensionItems } from './extension-storage';
import type { SandboxControl } from './sandbox-control';

// Many invites at once through the real background, against the sandbox's real rate limit (docs/security.md REL-3).
// Shared by the end-to-end proof and `npm run bench`.

export interface LoadResult {
  invites: number;
  requests: number;
  /** GETs among them: duplicate checks, reconciles, the invite index's sync. */
  reads: number;
  rateLimited: number;
  created: number;
  duplicates: number;
  lost: number;
  durationMs: number;
  /** The least time the budget allows for these requests (and those of the minute before, which share it):
   *  the first `limit` at once, then `limit` a minute. */
  idealMs: number;
  /** idealMs / durationMs: 1 means the budget was used to the full. */
  shareOfRate: number;
}

export async function runLoad(
  page: Page,
  control: SandboxControl,
  count: number,
  limitPerMinute: number,
): Promise<LoadResult> {
  const { assessmentsCache } = await readExtensionItems(page);
  const assessmentId = (assessmentsCache as { live: { assessments: { id: string }[] } }).live.assessments[0]!.id;
  const emails = Array.from({ length: count }, (_, i) => `load.${String(i).padStart(3, '0')}@example.com`);
  const started = Date.now();

  // Every send at once, as fast as an extension page can ask; the background queues them in its outbox.
  await page.evaluate(
    ({ emails, assessmentId }) =>
      Promise.all(
        emails.map(
          (email) =>
            new Promise((resolve) =>
              chrome.runtime.sendMessage(
                {
                  // @webext-core/messaging's wire format (lib/messaging/protocol.ts).
                  timestamp: Date.now(),
                  type: 'sendInvite',
                  data: {
                    assessmentId,
                    email,
                    options: {
                      questionReplayLimit: 1,
                      answerRecordLimit: 1,
                      expiresInDays: 30,
                      proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: true },
                    },
                    confirmDuplicate: false,
                  },
                },
                resolve,
              ),
            ),
        ),
      ),
    { emails, assessmentId },
  );

  const wanted = new Set(emails);
  const mine = async () => (await control.invites()).filter((i) => wanted.has(String(i.recipientEmail)));
  const deadline = started + 10 * 60_000;
  while ((await mine()).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));

  const all = await control.requests();
  const log = all.filter((r) => r.at >= started);
  // Requests of the minute before (the popup loading its list) still hold slots of the same budget.
  const before = all.filter((r) => r.at < started && r.at >= started - 60_000).length;
  const invites = await mine();
  const perEmail = new Map<string, number>();
  for (const invite of invites)
    perEmail.set(String(invite.recipientEmail), (perEmail.get(String(invite.recipientEmail)) ?? 0) + 1);
  const durationMs = Math.max(...log.map((r) => r.at)) - started;
  const idealMs = Math.floor((before + log.length - 1) / limitPerMinute) * 60_000;
  return {
    invites: count,
    requests: log.length,
    reads: log.filter((r) => r.method === 'GET').length,
    rateLimited: log.filter((r) => r.status === 429).length,
    created: perEmail.size,
    duplicates: [...perEmail.values()].filter((n) => n > 1).length,
    lost: emails.filter((e) => !perEmail.has(e)).length,
    durationMs,
    idealMs,
    shareOfRate: idealMs === 0 ? 1 : idealMs / durationMs,
  };
}
