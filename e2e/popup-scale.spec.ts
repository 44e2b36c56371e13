import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The popup at an organization's real size (docs/product.md budgets): 2,000 assessments, searched and picked by
// keyboard alone, with a virtualized list that still reads as one radio group of 2,000.

async function focused(popup: Page) {
  return popup.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return {
      role: el.type,
      checked: el.checked,
      id: el.value,
      name: el.labels?.[0]?.textContent ?? '',
      position: Number(el.getAttribute('aria-posinset')),
      size: Number(el.getAttribute('aria-setsize')),
    };
  });
}

test.describe('popup at 2,000 assessments', () => {
  test.beforeEach(async ({ sandbox, useKey }) => {
    const reset = await fetch(`${sandbox.url}/__sandbox/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scale: 'large' }),
    });
    expect(reset.ok).toBe(true);
    await useKey('live');
  });

  test('should search by keyboard, pick one far down the list, and send to exactly that one', async ({
    openPage,
    sandbox,
  }) => {
    const popup = await openPage('popup.html');
    const radios = popup.getByRole('radio');
    await expect(radios.first()).toHaveAttribute('aria-setsize', '2000');
    // Virtualized: a screenful of rows is in the page, not 2,000.
    expect(await radios.count()).toBeLessThan(40);

    await popup.getByRole('searchbox', { name: 'Search assessments' }).focus();
    await popup.keyboard.type('zurich engineer');
    await expect(radios.first()).toHaveAccessibleName(/Engineer.*Zürich$/);
    const size = Number(await radios.first().getAttribute('aria-setsize'));
    expect(size).toBeGreaterThan(40);

    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toMatchObject({ role: 'radio', position: 1, size });
    await popup.keyboard.press('End');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowUp');
    const picked = await focused(popup);
    expect(picked).toMatchObject({ role: 'radio', checked: true, position: size - 2, size });
    expect(picked.name).toMatch(/Engineer.*Zürich$/);
    await expect(popup.getByRole('radio', { name: picked.name, exact: true })).toBeChecked();

    // Tab leaves the list and Shift+Tab comes back to the picked row, however far down it is.
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toMatchObject({ id: picked.id, checked: true });

    await popup.getByRole('textbox', { name: 'Candidate email' }).fill('far.down@example.com');
    await sandbox.control.clearRequests();
    await popup.getByRole('textbox', { name: 'Candidate email' }).press('Enter');

    await expect(popup.getByRole('status').filter({ hasText: 'Invite sent' })).toContainText(`for ${picked.name}`);
    const posts = (await sandbox.control.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.body)).toEqual([{ assessmentId: picked.id, recipientEmail: 'far.down@example.com' }]);
  });

  // docs/product.md, Search: the whole name typed puts that assessment first, above its numbered copies (which are
  // newer, so the list's own order had them first and, the list being virtualized, the exact one off screen).
  for (const file of ['popup.html', 'sidepanel.html'] as const) {
    test(`should put the exact name first among its numbered copies (${file})`, async ({ ext, sandbox }) => {
      const copies = Array.from({ length: 24 }, (_, n) => `Software Engineer Assessment #${n + 2}`);
      const [exact] = await sandbox.control.addAssessments(['Software Engineer Assessment', ...copies]);
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${file}`);
      const radios = page.getByRole('radio');
      await expect(radios.first()).toHaveAttribute('aria-setsize', '2025');

      await page.getByRole('searchbox', { name: 'Search assessments' }).fill('Software Engineer Assessment');

      await expect(radios.first()).toHaveAccessibleName('Software Engineer Assessment');
      await expect(radios.first()).toHaveAttribute('value', exact!.id);
      await expect(radios.nth(1)).toHaveAccessibleName('Software Engineer Assessment #25');
    });
  }
});
