// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isVisible } from '../visibility';
import { closeWindows, loadHtml } from './fixture';

afterEach(closeWindows);

describe('isVisible', () => {
  it.each([
    ['plain text', '<p id="t">x</p>', true],
    ['a hidden ancestor', '<div hidden><p id="t">x</p></div>', false],
    ['an aria-hidden ancestor', '<div aria-hidden="true"><p id="t">x</p></div>', false],
    ['aria-hidden="false"', '<div aria-hidden="false"><p id="t">x</p></div>', true],
    ['inline display:none', '<div style="display:none"><p id="t">x</p></div>', false],
    ['a stylesheet rule', '<style>.x{display:none}</style><div class="x"><p id="t">x</p></div>', false],
    ['visibility:hidden', '<p id="t" style="visibility:hidden">x</p>', false],
    ['opacity:0', '<div style="opacity:0"><p id="t">x</p></div>', false],
    ['a closed details body', '<details><summary>s</summary><p id="t">x</p></details>', false],
    ['an open details body', '<details open><summary>s</summary><p id="t">x</p></details>', true],
    ['a closed details summary', '<details><summary id="t">s</summary><p>x</p></details>', true],
    ['a closed dialog', '<dialog><p id="t">x</p></dialog>', false],
    ['a textarea', '<textarea id="t">x</textarea>', false],
  ])('should judge %s', (_label, body, expected) => {
    const doc = loadHtml(body);
    expect(isVisible(doc.getElementById('t')!)).toBe(expected);
  });
});
