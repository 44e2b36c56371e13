import type { Page } from 'puppeteer-core';

// What a person does on a page, in puppeteer's terms: real input events over BiDi (a click is a user gesture).

const button = (name: string) => `::-p-xpath(//button[normalize-space()=${JSON.stringify(name)}])`;

export async function click(page: Page, name: string): Promise<void> {
  await page.locator(button(name)).click();
}

export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).fill(text);
}

/** Waits until the first element matching `selector` has text matching `pattern`; says what it had otherwise. */
export async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 10_000): Promise<string> {
  try {
    const handle = await page.waitForFunction(
      (sel, source, flags) => {
        const text = [...document.querySelectorAll(sel)]
          .map((e) => e.textContent ?? '')
          .find((t) => new RegExp(source, flags).test(t));
        return text ?? false;
      },
      { timeout, polling: 100 },
      selector,
      pattern.source,
      pattern.flags,
    );
    return (await handle.jsonValue()) as string;
  } catch {
    const texts = await page.$$eval(selector, (all) => all.map((e) => e.textContent));
    throw new Error(`No ${selector} matching ${pattern} within ${timeout} ms; found: ${JSON.stringify(texts)}`);
  }
}

export async function hasButton(page: Page, name: string): Promise<boolean> {
  return (await page.$(button(name))) !== null;
}

/** Picks an assessment in the popup by its name, through the search box, as a person would. */
export async function pickAssessment(page: Page, name: string): Promise<void> {
  await fill(page, '#search', name);
  const id = await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('label[for^="a-"]')].find((l) => l.textContent === wanted)?.getAttribute('for'),
    { polling: 100 },
    name,
  );
  await page.locator(`#${(await id.jsonValue()) as string}`).click();
}
