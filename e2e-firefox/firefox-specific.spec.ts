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

  test('MSG-8: prototype names and types that are no strings get no answer, as an unknown type does', async ({
    home,
    sandbox,
  }) => {
    await sandbox.control.clearRequests();
    // @webext-core/messaging's wire format; Firefox answers a listener's `sendResponse` or its returned promise.
    const answers = await home.evaluate(
      (types) =>
        Promise.all(
          types.map(
            (type) =>
              new Promise<unknown[]>((resolve) => {
                const timer = setTimeout(() => resolve([type, 'pending']), 2_000);
                chrome.runtime
                  .sendMessage({ id: 1, type, data: { marker: 'echo-me' }, timestamp: Date.now() })
                  .then(
                    (response: unknown) => [type, response ?? null],
                    () => [type, 'no answer'],
                  )
                  .then((answer: unknown[]) => (clearTimeout(timer), resolve(answer)));
              }),
          ),
        ),
      ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 42, null, 'stealKey', 'getKeyStatus'],
    );

    const known = answers.pop();
    expect(known).toMatchObject(['getKeyStatus', { res: { ok: false, error: { kind: 'invalid-input' } } }]);
    const unknown = answers.find(([type]) => type === 'stealKey')!;
    for (const [type, ...rest] of answers) expect([type, ...rest]).toEqual([type, ...unknown.slice(1)]);
    expect(JSON.stringify(answers)).not.toContain('echo-me');
    expect(await sandbox.control.requests()).toEqual([]);
  });
});
