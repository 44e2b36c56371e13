import { expect, test } from './fixtures';

// What Firefox does its own way: the background is an event page, menus and the shortcut come from the manifest and
// the background, and nothing privileged is where Firefox's content scripts can read it.

test.describe('Firefox: the add-on as Firefox runs it', () => {
  test('should run its background as an event page, with no service worker', async ({ home }) => {
    const background = await home.evaluate(() => chrome.runtime.getManifest().background as Record<string, unknown>);

    expect(background.scripts).toEqual(expect.arrayContaining([expect.stringMatching(/background\.js$/)]));
    // Firefox reports the key it does not use as null.
    expect(background.service_worker ?? undefined).toBeUndefined();
  });

  test('should offer the keyboard shortcut that opens the popup', async ({ home }) => {
    const commands = await home.evaluate(() => chrome.commands.getAll());

    expect(commands).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+K' })]),
    );
  });

  test('should have created its context menus (menus API) from the background', async ({ home }) => {
    // Menu items belong to the add-on, not to one context: updating one that does not exist fails.
    const updated = await home.evaluate(async () => {
      const results: string[] = [];
      for (const id of ['invite', 'invite-page']) {
        results.push(
          await chrome.contextMenus.update(id, {}).then(
            () => 'ok',
            (e: Error) => e.message,
          ),
        );
      }
      return results;
    });

    expect(updated).toEqual(['ok', 'ok']);
    expect(
      await home.evaluate(() =>
        chrome.contextMenus.update('no-such-menu', {}).then(
          () => 'ok',
          () => 'refused',
        ),
      ),
    ).toBe('refused');
  });
});
