import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './browser';
import { expect, launchReady, test } from './fixtures';

// The extension in a Spanish browser (docs/product.md, Languages): Chromium started with --lang=es (and LANGUAGE=es;
// Debian's Chromium needs its chromium-l10n packs for that, scripts/ensure-chromium.sh installs them) shows the
// popup, the side panel and the options page in Spanish, with `<html lang="es">`, and none of the contract's
// English names. The English run is the rest of the suite, which finds every control by those names.

const CONTRACT_NAMES = [
  'Candidate email',
  'Candidate name',
  'Search assessments',
  'Send invite',
  'Recent invites',
  'API key',
  'Save',
  'Remove key',
  'Open side panel',
  'Bulk invite',
  'Invite sent',
  'Connected',
];

/** Everything a person or a screen reader gets from the page: its text and the names given in attributes. */
function wordsOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

async function open(ext: ExtensionBrowser, file: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${file}`);
  return page;
}

async function expectNoContractEnglish(page: Page) {
  const words = await wordsOf(page);
  expect(CONTRACT_NAMES.filter((name) => words.includes(name))).toEqual([]);
}

test.describe('Spanish browser', () => {
  let ext: ExtensionBrowser;
  test.beforeAll(async ({ sandbox }) => {
    await sandbox.control.reset();
    ext = await launchReady({ args: ['--lang=es'], env: { LANGUAGE: 'es' }, locale: 'es' });
  });
  test.afterAll(async () => ext?.close());

  test('the browser is Spanish, and so are the manifest commands', async () => {
    const sw = await ext.worker();
    expect(await sw.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^es/);
    const commands = await sw.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'open-side-panel')?.description).toBe(
      'Abrir el panel lateral de AlfaOne Invite',
    );
  });

  test('the popup is in Spanish, sends, and says so in Spanish', async () => {
    const popup = await open(ext, 'popup.html');
    await expect(popup.getByRole('radio').first()).toBeVisible();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectNoContractEnglish(popup);

    await popup.getByRole('textbox', { name: 'Correo del candidato' }).fill('candidata@example.com');
    await popup.getByRole('textbox', { name: 'Nombre del candidato' }).fill('Lucía Pérez');
    await popup.getByRole('radio').first().check();
    await popup.getByRole('button', { name: 'Enviar invitación' }).click();
    const sent = popup.getByRole('status').filter({ hasText: 'Invitación enviada' });
    await expect(sent).toBeVisible();
    // The expiry date in Spanish (Intl with the UI's language): "caduca el 14 feb 2026".
    await expect(sent).toContainText(/caduca el \d{1,2} [a-z]{3,4}\.? \d{4}/);
    await expectNoContractEnglish(popup);

    await popup.getByRole('tab', { name: 'Invitaciones recientes' }).click();
    await expect(popup.getByRole('searchbox', { name: 'Buscar invitaciones' })).toBeVisible();
    await expectNoContractEnglish(popup);
    await popup.close();
  });

  test('the side panel is in Spanish', async () => {
    const panel = await open(ext, 'sidepanel.html');
    await expect(panel.getByRole('button', { name: 'Enviar invitación' })).toBeVisible();
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect(panel.getByRole('searchbox', { name: 'Buscar evaluaciones' })).toBeVisible();
    await expectNoContractEnglish(panel);
    await panel.close();
  });

  test('the options page is in Spanish', async () => {
    const options = await open(ext, 'options.html');
    await expect(options.getByRole('button', { name: 'Quitar clave' })).toBeVisible();
    await expect(options.getByRole('status')).toContainText('Conectada');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect(options.getByLabel('Clave de API', { exact: true })).toBeVisible();
    await expectNoContractEnglish(options);
    await options.close();
  });
});

test('an English browser keeps the contract names and lang="en"', async ({ sandbox }) => {
  await sandbox.control.reset();
  const ext = await launchReady({ args: ['--lang=en-US'] });
  try {
    const popup = await open(ext, 'popup.html');
    await expect(popup.getByRole('button', { name: 'Send invite' })).toBeVisible();
    await expect(popup.getByRole('textbox', { name: 'Candidate email' })).toBeVisible();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    const options = await open(ext, 'options.html');
    await expect(options.getByRole('button', { name: 'Remove key' })).toBeVisible();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
  } finally {
    await ext.close();
  }
});
