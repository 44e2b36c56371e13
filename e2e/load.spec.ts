import { expect, test } from './fixtures';
import { runLoad } from './load-scenario';

test('REL-3: 150 invites at the Standard tier: no 429, none lost, none twice, close to the allowed rate', async ({
  openPage,
  useKey,
  sandbox,
}) => {
  // Each invite's duplicate check reads every live status (docs/security.md REL-7): about 4 requests an invite, so
  // 150 invites need about 6 minutes of the Standard budget.
  test.setTimeout(12 * 60_000);
  await useKey('live');
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('radio').first()).toBeVisible();

  const result = await runLoad(popup, sandbox.control, 150, 100);

  console.log(`load: ${JSON.stringify(result)}`);
  expect(result).toMatchObject({ rateLimited: 0, created: 150, duplicates: 0, lost: 0 });
  // Spread over at least the two minutes the budget needs for ~300 requests (REL-3's "≥ 60 s" and more).
  expect(result.durationMs).toBeGreaterThanOrEqual(result.idealMs);
});
