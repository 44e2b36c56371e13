// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/candidates/candidate';
import { detectGeneric } from '../generic';
import { closeWindows, loadFixture, loadHtml } from './fixture';

afterEach(closeWindows);

describe('detectGeneric on a staff table', () => {
  it('should find every visible address, named from its row, best first', () => {
    const expected: Candidate[] = [
      { source: 'mailto-link', email: 'p.raman@example.org', name: 'Priya Raman' },
      { source: 'mailto-link', email: 'i.vanderberg@example.org', name: 'Ingrid van der Berg' },
      { source: 'mailto-link', email: 'sean.obrien@example.org', name: 'Seán O’Brien' },
      { source: 'page-text', email: 't.herrera@example.org', name: 'Tomás Herrera' },
      { source: 'page-text', email: 'k.mensah@example.org', name: 'Kwame Mensah' },
      { source: 'page-text', email: 'office@example.org' },
      { source: 'page-text', email: 'helpdesk@example.org' },
      { source: 'page-text', email: 'web@example.org' },
    ];
    expect(detectGeneric(loadFixture('generic-table.html'))).toEqual(expected);
  });

  it('should skip a row hidden by the stylesheet', () => {
    const doc = loadFixture('generic-table.html');
    const emails = detectGeneric(doc).map((c) => c.email);
    expect(doc.body.textContent).toContain('former.person@example.org');
    expect(emails).not.toContain('former.person@example.org');
  });
});

describe('detectGeneric on tricky text', () => {
  it('should find exactly the real, visible addresses', () => {
    const expected: Candidate[] = [
      { source: 'mailto-link', email: 'ben.carter@example.org', name: 'Ben Carter' },
      { source: 'page-text', email: 'ana@example.com' },
      { source: 'page-text', email: 'dev@example.com' },
    ];
    expect(detectGeneric(loadFixture('generic-tricky.html'))).toEqual(expected);
  });

  it.each([
    'script.person@example.com',
    'jsonld.person@example.com',
    'late.script@example.com',
    'hidden.attr@example.com',
    'inline.none@example.com',
    'class.none@example.com',
    'visibility.hidden@example.com',
    'opacity.zero@example.com',
    'aria.hidden@example.com',
    'hidden.link@example.com',
    'closed.details@example.com',
    'noscript.person@example.com',
    'template.person@example.com',
    'textarea.person@example.com',
    'press-desk@example.org',
    'meta.author@example.com',
  ])('should not read %s, which the user cannot see', (hidden) => {
    const emails = detectGeneric(loadFixture('generic-tricky.html')).map((c) => c.email);
    expect(emails).not.toContain(hidden);
  });
});

describe('detectGeneric', () => {
  it.each<[string, string, Candidate[]]>([
    [
      'a mailto named by its text',
      '<a href="mailto:jo@example.com">Jo Park</a>',
      [{ source: 'mailto-link', email: 'jo@example.com', name: 'Jo Park' }],
    ],
    [
      'a mailto whose text is the address',
      '<a href="mailto:jo@example.com">jo@example.com</a>',
      [{ source: 'mailto-link', email: 'jo@example.com' }],
    ],
    [
      'a mailto whose text is a label',
      '<a href="mailto:jo@example.com">email me</a>',
      [{ source: 'mailto-link', email: 'jo@example.com' }],
    ],
    [
      'an uppercase MAILTO scheme',
      '<a href="MAILTO:jo@example.com">Jo Park</a>',
      [{ source: 'mailto-link', email: 'jo@example.com', name: 'Jo Park' }],
    ],
    ['an invalid mailto', '<a href="mailto:jo@localhost">Jo</a>', []],
    [
      'a name in a code block',
      '<table><tr><td>Jo Park</td><td><code>jo@example.com</code></td></tr></table>',
      [{ source: 'page-text', email: 'jo@example.com' }],
    ],
    [
      'a name in another cell of a th row',
      '<table><tr><th>Jo Park</th><td>jo@example.com</td></tr></table>',
      [{ source: 'page-text', email: 'jo@example.com', name: 'Jo Park' }],
    ],
    [
      'a hidden name cell',
      '<table><tr><td hidden>Jo Park</td><td>jo@example.com</td></tr></table>',
      [{ source: 'page-text', email: 'jo@example.com' }],
    ],
    [
      'an address outside any row',
      '<p>Jo Park: jo@example.com</p>',
      [{ source: 'page-text', email: 'jo@example.com' }],
    ],
    [
      'a mailto and the same address in text, in another case',
      '<p>JO@EXAMPLE.COM</p><a href="mailto:jo@example.com">Jo Park</a>',
      [{ source: 'mailto-link', email: 'jo@example.com', name: 'Jo Park' }],
    ],
    ['a page without addresses', '<p>nothing here</p>', []],
  ])('should handle %s', (_label, body, expected) => {
    expect(detectGeneric(loadHtml(body))).toEqual(expected);
  });

  it('should cap the candidates', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<p>person${i}@example.com</p>`).join('');
    const actual = detectGeneric(loadHtml(rows), 20);
    expect(actual).toHaveLength(20);
    expect(actual[19]?.email).toBe('person19@example.com');
  });

  it('should let a named mailto anywhere in the page outrank earlier text when capped', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<p>person${i}@example.com</p>`).join('');
    const actual = detectGeneric(loadHtml(`${rows}<a href="mailto:last@example.com">Lee Last</a>`), 5);
    expect(actual[0]).toEqual({ source: 'mailto-link', email: 'last@example.com', name: 'Lee Last' });
    expect(actual).toHaveLength(5);
  });

  it('should read nothing in an engine without checkVisibility, rather than what may be hidden', () => {
    const doc = loadHtml(
      '<p>shown@example.com</p><div style="display:none"><p>inline.none@example.com</p></div><p style="visibility: hidden">ghost@example.com</p><div hidden>attr@example.com</div>',
    );
    const proto = doc.defaultView!.Element.prototype as { checkVisibility?: unknown };
    const original = proto.checkVisibility;
    delete proto.checkVisibility;
    try {
      expect(detectGeneric(doc)).toEqual([]);
    } finally {
      proto.checkVisibility = original;
    }
  });
});
