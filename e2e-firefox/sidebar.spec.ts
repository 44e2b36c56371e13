import { SANDBOX_KEYS } from '../sandbox/keys';
import { MIXED_CASE_RECIPIENT } from '../sandbox/seed-invites';
import { expect, test } from './fixtures';
import { click, fill, pickAssessment, waitForText } from './page-actions';

// The side panel is Firefox's sidebar (sidebar_action). A sidebar cannot be opened over WebDriver BiDi (it needs the
// user's gesture on the browser's own UI), so its page is opened in a tab: the same document, the same background.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('Firefox sidebar', () => {
  test('is declared as the sidebar, says on arrival who is already invited, and sends once', async ({
    openPage,
    useKey,
    sandbox,
    home,
  }) => {
    const manifest = (await home.evaluate(() => chrome.runtime.getManifest())) as {
      sidebar_action?: { default_panel?: string };
    };
    expect(manifest.sidebar_action?.default_panel).toMatch(/sidepanel\.html$/);
    await useKey('live');
    const pending = (await sandbox.control.invites()).find(
      (i) => i.recipientEmail === MIXED_CASE_RECIPIENT.email && i.status === 'pending',
    )!;
    const panel = await openPage('sidepanel.html');
    await panel.waitForSelector('input[name=assessment]');

    // From the local invite index: the first sync runs as the key is saved, then the answer needs no request.
    await fill(panel, '#email', MIXED_CASE_RECIPIENT.email.toLowerCase());
    await waitForText(
      panel,
      'section[aria-label="Invites to this candidate"]',
      new RegExp(`Already invited to ${escape(String(pending.assessmentName))} — pending since`),
      30_000,
    );

    const response = await fetch(`${sandbox.baseUrl}/assessments?limit=1`, {
      headers: { 'x-api-key': SANDBOX_KEYS.live },
    });
    const target = ((await response.json()) as { assessments: { id: string; name: string }[] }).assessments[0]!;
    await sandbox.control.clearRequests();
    await fill(panel, '#email', 'sidebar.firefox@example.com');
    await pickAssessment(panel, target.name);
    await click(panel, 'Send invite');

    await waitForText(panel, '[role=status]', /Invite sent to sidebar\.firefox@example\.com/);
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.body)).toEqual([
      { assessmentId: target.id, recipientEmail: 'sidebar.firefox@example.com' },
    ]);
  });
});
