// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { scanBudget } from '@/lib/email/scan-budget';
import { readPage, type PageRead } from '../index';
import { OBSERVED } from '../relevant-change';
import { closeWindows, loadFixture, loadHtml } from './fixture';

afterEach(closeWindows);

/** Watches `doc` as the content script does, and hands back every change made since the last call. */
function watch(doc: Document): () => MutationRecord[] {
  const win = doc.defaultView as unknown as typeof globalThis;
  const observer = new win.MutationObserver(() => undefined);
  observer.observe(doc.documentElement, OBSERVED);
  return () => observer.takeRecords();
}

// What pages add after load: text with and without addresses, links, named table rows, hidden and code parts.
const SNIPPETS = [
  '<p>Write to ana@example.com for details.</p>',
  '<p>plain words, nothing to read</p>',
  '<a href="mailto:lee.park@example.org">Lee Park</a>',
  '<a href="mailto:bo@example.org">write</a>',
  '<table><tr><td>Jane Doe</td><td>jane.doe@example.org</td></tr></table>',
  '<div hidden>hidden.person@example.com</div>',
  '<p style="display:none">inline.none@example.com</p>',
  '<pre><code>git config user.email ci.bot@example.net</code></pre>',
  '<span>noreply@example.com and ana@example.com</span>',
  '<div><p>Kim Lee</p><p>kim@example.org</p></div>',
  '<p>ANA@EXAMPLE.COM again</p>',
  '<ul><li>one@example.com</li><li>two@example.com</li></ul>',
  '<img class="global-nav__me-photo" alt="" src="data:,">',
];

type Change =
  | { kind: 'add'; at: number; where: 'append' | 'prepend' | 'before' | 'after'; snippet: number }
  | { kind: 'text'; at: number; data: string }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'alt'; at: number; value: string };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      where: fc.constantFrom('append' as const, 'prepend' as const, 'before' as const, 'after' as const),
      snippet: fc.nat({ max: SNIPPETS.length - 1 }),
    }),
  },
  fc.record({
    kind: fc.constant('text' as const),
    at: fc.nat(),
    data: fc.constantFrom('now at new.one@example.com', 'nothing here', 'Jo Park', 'x@y'),
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  // A list re-sorted, a card moved to the top: a node both removed and added.
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  // A photo named late (the signed-in viewer's, or anyone's).
  fc.record({
    kind: fc.constant('alt' as const),
    at: fc.nat(),
    value: fc.constantFrom('Lee Park', 'Alex Rivera', 'Sofia Marchetti', ''),
  }),
);

function apply(doc: Document, c: Change): void {
  const elements = [...doc.body.querySelectorAll('*')];
  const el = elements[c.at % Math.max(1, elements.length)];
  if (c.kind === 'alt') {
    const images = [...doc.querySelectorAll('img')];
    images[c.at % Math.max(1, images.length)]?.setAttribute('alt', c.value);
  } else if (c.kind === 'remove') {
    el?.remove();
  } else if (c.kind === 'move') {
    const to = elements[c.to % Math.max(1, elements.length)];
    if (el && to && !el.contains(to)) to.before(el);
  } else if (c.kind === 'text') {
    const texts = [...doc.body.querySelectorAll('p, td, li, span, a')].flatMap((e) => [...e.childNodes]);
    const text = texts.filter((n) => n.nodeType === 3)[c.at % Math.max(1, texts.length)];
    if (text) (text as Text).data = c.data;
    else doc.body.append(doc.createTextNode(c.data));
  } else {
    const template = doc.createElement('template');
    template.innerHTML = SNIPPETS[c.snippet]!;
    const target = el && (c.where === 'before' || c.where === 'after') ? el : (el ?? doc.body);
    target[c.where](template.content);
  }
}

describe('readPage after changes', () => {
  it.each([
    [
      'an ordinary page',
      'https://www.example.org/people',
      (url: string) =>
        loadHtml('<main><p>first@example.com</p><table><tr><td>Ana Silva</td><td>x</td></tr></table></main>', url),
    ],
    ['an empty page', 'https://www.example.org/', (url: string) => loadHtml('', url)],
    [
      'a LinkedIn profile',
      'https://www.linkedin.com/in/alex-rivera-synthetic/',
      (url: string) => loadFixture('linkedin-2026-no-email.html', url),
    ],
  ])('should read after any additions, edits and removals what a whole read gives, on %s', (_label, url, load) => {
    fc.assert(
      fc.property(
        fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (batches) => {
          const doc = load(url);
          const changes = watch(doc);
          let read: PageRead = readPage(doc, url);
          for (const batch of batches) {
            for (const c of batch) apply(doc, c);
            read = readPage(doc, url, scanBudget(1_000_000), read, changes());
            expect(read.candidates).toEqual(readPage(doc, url).candidates);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('should read only the added part, keeping the site result, after a feed card is added', () => {
    const url = 'https://www.linkedin.com/in/alex-rivera-synthetic/';
    const doc = loadFixture('linkedin-2026-no-email.html', url);
    const changes = watch(doc);
    const first = readPage(doc, url);
    const card = doc.createElement('div');
    card.textContent = 'Comment: write to me at commenter@example.com';
    doc.body.prepend(card);
    const actual = readPage(doc, url, scanBudget(1_000_000), first, changes());
    expect(actual.site).toBe(first.site);
    expect(actual.candidates).toEqual(readPage(doc, url).candidates);
    expect(actual.candidates.map((c) => c.email)).toContain('commenter@example.com');
  });

  it.each([
    ['the contact info dialog opens', (doc: Document) => doc.body.append(dialog(doc))],
    ['the name changes', (doc: Document) => (doc.querySelector('[role="heading"]')!.textContent = 'Sam Lee')],
    ['the title changes', (doc: Document) => (doc.title = 'Sam Lee | LinkedIn')],
  ])('should read the page whole when %s', (_label, edit) => {
    const url = 'https://www.linkedin.com/in/alex-rivera-synthetic/';
    const doc = loadFixture('linkedin-2026-no-email.html', url);
    const changes = watch(doc);
    const first = readPage(doc, url);
    edit(doc);
    const actual = readPage(doc, url, scanBudget(1_000_000), first, changes());
    expect(actual.site).not.toBe(first.site);
    expect(actual.candidates).toEqual(readPage(doc, url).candidates);
  });

  it('should never propose the viewer, named by their photo only after the first read (on their own profile)', () => {
    const url = 'https://www.linkedin.com/in/sofia-marchetti-synthetic/';
    const doc = loadFixture('linkedin-2026-sdui.html', url);
    const photo = doc.querySelector('img[alt="Olivia Brandt"]')!;
    photo.setAttribute('alt', '');
    const changes = watch(doc);
    const first = readPage(doc, url);
    expect(first.candidates.map((c) => c.name)).toEqual(['Sofia Marchetti']);
    photo.setAttribute('alt', 'Sofia Marchetti');
    const actual = readPage(doc, url, scanBudget(1_000_000), first, changes());
    expect(actual.candidates).toEqual([]);
    expect(actual.candidates).toEqual(readPage(doc, url).candidates);
  });

  it('should keep the site result when an image outside the parts the detectors read gets its alt', () => {
    const url = 'https://www.linkedin.com/in/sofia-marchetti-synthetic/';
    const doc = loadFixture('linkedin-2026-sdui.html', url);
    const image = doc.body.appendChild(doc.createElement('img'));
    const changes = watch(doc);
    const first = readPage(doc, url);
    image.setAttribute('alt', 'A colleague');
    const actual = readPage(doc, url, scanBudget(1_000_000), first, changes());
    expect(actual.site).toBe(first.site);
    expect(actual.candidates).toEqual(readPage(doc, url).candidates);
  });

  it('should read the page whole after a navigation, or when the changes were too many to keep', () => {
    const doc = loadHtml('<p>a@example.com</p>');
    const first = readPage(doc, 'https://www.example.org/a');
    expect(readPage(doc, 'https://www.example.org/b', scanBudget(), first, []).texts).not.toBe(first.texts);
    expect(readPage(doc, 'https://www.example.org/a', scanBudget(), first, undefined).site).not.toBe(first.site);
    expect(readPage(doc, 'https://www.example.org/a', scanBudget(), first, []).site).toBe(first.site);
  });
});

function dialog(doc: Document): Element {
  const el = doc.createElement('div');
  el.setAttribute('role', 'dialog');
  el.innerHTML = '<a href="mailto:alex.rivera@example.org">alex.rivera@example.org</a>';
  return el;
}
