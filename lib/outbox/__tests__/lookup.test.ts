import { describe, expect, it } from 'vitest';
import { createInvite, listAssessments } from '@/lib/api/endpoints';
import { useSandbox } from '@/lib/api/__tests__/sandbox-harness';
import { findOwnInvite } from '../lookup';

// docs/security.md REL-5: reconcile takes as ours an invite sent from the POST's start on, by AlfaOne's clock. That
// clock is read from `Date` (whole seconds) carried forward, and AlfaOne's timestamps may be whole seconds too.

const harness = useSandbox({ rateLimitPerMinute: 1_000_000 });

describe('findOwnInvite', () => {
  it("should take an invite stamped up to 2 s below the floor as ours: AlfaOne's seconds may be whole", async () => {
    const client = harness.client();
    const [assessment] = await listAssessments(client);
    const invite = await createInvite(client, { assessmentId: assessment!.id, recipientEmail: 'whole@example.com' });
    // The POST started 1.9 s into the second its invite is stamped with (a whole-second `sentAt`).
    const floor = Math.floor(Date.parse(invite.sentAt) / 1_000) * 1_000 + 1_900;

    const own = await findOwnInvite(client, assessment!.id, 'whole@example.com', floor, []);

    expect(own?.id).toBe(invite.id);
  });

  it('should not take an invite sent more than 2 s before the floor', async () => {
    const client = harness.client();
    const [assessment] = await listAssessments(client);
    const invite = await createInvite(client, { assessmentId: assessment!.id, recipientEmail: 'older@example.com' });

    const own = await findOwnInvite(client, assessment!.id, 'older@example.com', Date.parse(invite.sentAt) + 2_500, []);

    expect(own).toBeUndefined();
  });
});
