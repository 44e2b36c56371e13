// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { queryVisible } from '../dom';
import { closeWindows, loadHtml } from './fixture';

afterEach(closeWindows);

const FALLBACKS = ['.best', '.good', 'section'];

describe('queryVisible', () => {
  it.each([
    ['the first fallback, first in the page', '<p class="best" id="t">a</p><section>b</section>'],
    [
      'an earlier fallback over an earlier position',
      '<section>a</section><p class="good">b</p><p class="best" id="t">c</p>',
    ],
    ['the next match when the first is hidden', '<p class="best" hidden>a</p><p class="best" id="t">b</p>'],
    ['a later fallback when the earlier ones are hidden', '<p class="best" hidden>a</p><section id="t">b</section>'],
    ['the next match the caller accepts', '<p class="best">skip</p><p class="best" id="t">take</p>'],
  ])('should find %s', (_label, body) => {
    const doc = loadHtml(body);
    expect(queryVisible(doc, FALLBACKS, (el) => el.textContent !== 'skip')).toBe(doc.getElementById('t'));
  });

  it('should find nothing where nothing matches or nothing is shown', () => {
    expect(queryVisible(loadHtml('<p>a</p>'), FALLBACKS)).toBeUndefined();
    expect(queryVisible(loadHtml('<p class="best" hidden>a</p>'), FALLBACKS)).toBeUndefined();
  });
});
