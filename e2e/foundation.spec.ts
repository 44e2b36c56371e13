import { SANDBOX_KEYS } from '../sandbox/keys';
import { launchWithExtension } from './browser';
import { E2E_EXTENSION_DIR } from './config';
import { expect, test, waitForInstallOptionsPage } from './fixtures';

test.describe('foundation', () => {
  test('should list every page of the sandbox assessments in the popup, fetched by the background', async ({
    openPage,
    useKey,
    sandbox,
  }) => {
    await useKey('live');
    const lastPage = await fetch(`${sandbox.baseUrl}/assessments?limit=100&page=2`, {
      headers: { 'x-api-key': SANDBOX_KEYS.live },
    });
    const { assessments } = (await lastPage.json()) as { assessments: { name: string }[] };
    const expected = assessments.at(-1)!.name;
    await sandbox.control.clearRequests();

    const popup = await openPage('popup.html');

    // The list is virtualized: the last page's last assessment is reached by searching for it, as a person would.
    await popup.getByRole('searchbox', { name: 'Search assessments' }).fill(expected);
    await expect(popup.getByRole('radio', { name: expected, exact: true })).toBeVisible();
    const requests = (await sandbox.control.requests()).filter((r) => r.path.endsWith('/assessments'));
    expect(requests.map((r) => r.query.page)).toEqual(['1', '2']);
    expect(requests.every((r) => r.query.limit === '100' && r.apiKey === SANDBOX_KEYS.live)).toBe(true);
  });

  test('should render the popup and options pages without console errors', async ({ ext, useKey }) => {
    await useKey('live');
    const errors: string[] = [];
    for (const file of ['popup.html', 'options.html']) {
      const page = await ext.context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${file}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${file}: ${e.message}`));
      await page.goto(`chrome-extension://${ext.extensionId}/${file}`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1')).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});

test('should open the options page on install when no key is set', async ({ sandbox }) => {
  await sandbox.control.reset();
  const ext = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR });
  try {
    const page = await waitForInstallOptionsPage(ext);
    await expect(page.getByLabel('API key', { exact: true })).toBeVisible();
  } finally {
    await ext.close();
  }
});
