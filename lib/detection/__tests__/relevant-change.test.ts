// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mayChangeAddresses, OBSERVED } from '../relevant-change';
import { closeWindows, loadHtml } from './fixture';

afterEach(closeWindows);

/** The records a MutationObserver gets for `change` on a page of `body`. */
async function recordsOf(body: string, change: (doc: Document) => void): Promise<MutationRecord[]> {
  const doc = loadHtml(body);
  const win = doc.defaultView as unknown as typeof globalThis;
  const records: MutationRecord[] = [];
  const observer = new win.MutationObserver((batch) => records.push(...batch));
  observer.observe(doc.documentElement, OBSERVED);
  change(doc);
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records.concat(observer.takeRecords());
}

const card = (doc: Document, html: string) => {
  const div = doc.createElement('div');
  div.innerHTML = html;
  doc.querySelector('main')!.prepend(div);
};

describe('which page changes are read again', () => {
  it('skips a feed card, a counter, a reaction: nothing with an address or a person in it', async () => {
    const records = await recordsOf('<main><span id="n">3</span></main>', (doc) => {
      card(doc, '<p class="feed-item">New post: a few words about hiring</p>');
      doc.getElementById('n')!.firstChild!.textContent = '4';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(mayChangeAddresses(records)).toBe(false);
  });

  it('reads an address added as text, in an element, or as a mailto link, and one edited away', async () => {
    for (const change of [
      (doc: Document) => doc.querySelector('main')!.append(doc.createTextNode('write to ana@example.com')),
      (doc: Document) => card(doc, '<p>Reach me: <b>ana@example.com</b></p>'),
      (doc: Document) => card(doc, '<a href="MAILTO:ana@example.com">Ana</a>'),
      (doc: Document) => (doc.getElementById('t')!.firstChild!.textContent = 'gone'),
      (doc: Document) => doc.getElementById('t')!.remove(),
    ]) {
      expect(mayChangeAddresses(await recordsOf('<main><p id="t">old@example.com</p></main>', change))).toBe(true);
    }
  });

  it("reads a profile's card, a name heading, the signed-in viewer's photo, and a view with an address", async () => {
    for (const html of [
      '<section data-view-name="profile-top-card"><h2>Ana Example</h2></section>',
      '<h1 class="text-heading-xlarge">Ana Example</h1>',
      '<img class="global-nav__me-photo" alt="Viewer Name">',
      `<ul>${'<li>item</li>'.repeat(250)}<li>ana@example.com</li></ul>`,
    ]) {
      expect(mayChangeAddresses(await recordsOf('<main></main>', (doc) => card(doc, html)))).toBe(true);
    }
  });

  it("reads the viewer's photo named late; skips another image's alt and a link's href", async () => {
    const page =
      '<header><img class="global-nav__me-photo" alt=""></header><main><img id="p" alt=""><a href="/jobs">Jobs</a></main>';
    const changes: Array<[(doc: Document) => void, boolean]> = [
      [(doc) => doc.querySelector('header img')!.setAttribute('alt', 'Viewer Name'), true],
      [(doc) => doc.getElementById('p')!.setAttribute('alt', 'Ana Example'), false],
      [(doc) => doc.querySelector('a')!.setAttribute('href', 'mailto:ana@example.com'), false],
    ];
    for (const [change, read] of changes) expect(mayChangeAddresses(await recordsOf(page, change))).toBe(read);
  });

  it('skips a whole view rendered with no address and no part a detector reads', async () => {
    const html = `<ul>${'<li>item</li>'.repeat(250)}</ul>`;
    expect(mayChangeAddresses(await recordsOf('<main></main>', (doc) => card(doc, html)))).toBe(false);
  });
});
