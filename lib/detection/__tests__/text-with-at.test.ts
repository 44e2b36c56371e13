// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { textNodesWithAt } from '../text-with-at';
import { closeWindows, loadHtml } from './fixture';

afterEach(closeWindows);

describe('textNodesWithAt', () => {
  it.each([
    ['no "@" at all', '<p>plain</p><p>text</p>', []],
    ['one node among many', '<p>a</p><p>b <b>c@d</b> e</p><p>f</p>', ['c@d']],
    ['several "@" in one node, listed once', '<p>x</p><p>a@b and c@d</p>', ['a@b and c@d']],
    ['an "@" first and last', '<p>@start</p><p>mid</p><p>end@</p>', ['@start', 'end@']],
    ['adjacent nodes', '<i>a@</i><i>@b</i><i>c</i>', ['a@', '@b']],
    ['comments, which are not text', '<!-- x@y --><p>z</p><p>w@v</p>', ['w@v']],
    ['script text, left for the visibility check', '<p>a</p><script>var s = "x@y";</script>', ['var s = "x@y";']],
    ['empty text nodes', '<p></p><p>q@r</p>', ['q@r']],
  ])('should find %s', (_label, body, expected) => {
    const doc = loadHtml(body);
    expect([...textNodesWithAt(doc.body)].map((t) => t.data)).toEqual(expected);
  });

  it('should follow the DOM after a change', () => {
    const doc = loadHtml('<p>one</p>');
    doc.body.append(doc.createTextNode('two@example.com'));
    expect([...textNodesWithAt(doc.body)].map((t) => t.data)).toEqual(['two@example.com']);
  });
});
