// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OBSERVED, touchesParts } from '../relevant-change';
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

const readAgain = (records: MutationRecord[]) => records.some(touchesParts);

describe('which page changes the content script reads again', () => {
  it('skips a feed card, a counter, a reaction, and an address in page text (read on demand only)', async () => {
    const records = await recordsOf('<main><span id="n">3</span><p id="t">old@example.com</p></main>', (doc) => {
      card(doc, '<p class="feed-item">New post: a few words about hiring</p>');
      card(doc, '<p>Reach me: <b>ana@example.com</b></p>');
      doc.getElementById('n')!.textContent = '4';
      doc.getElementById('t')!.remove();
    });
    expect(records.length).toBeGreaterThan(0);
    expect(readAgain(records)).toBe(false);
  });

  it("reads a profile's card, a name heading, the signed-in viewer's photo, and a mailto link", async () => {
    for (const html of [
      '<section data-view-name="profile-top-card"><h2>Ana Example</h2></section>',
      '<section componentkey="com.linkedin.sdui.profile.card.ACoAAxTopcard"><h2>Ana Example</h2></section>',
      '<h1 class="text-heading-xlarge">Ana Example</h1>',
      '<img class="global-nav__me-photo" alt="Viewer Name">',
      '<a href="MAILTO:ana@example.com">Ana</a>',
    ]) {
      expect(readAgain(await recordsOf('<main></main>', (doc) => card(doc, html)))).toBe(true);
    }
  });

  it("reads an edit inside the top card; the viewer's photo named late; skips another image's alt and a link's href", async () => {
    const page =
      '<header><img class="global-nav__me-photo" alt=""></header><main><section data-view-name="profile-top-card"><h2 id="n">Ana</h2></section><img id="p" alt=""><a href="/jobs">Jobs</a></main>';
    const changes: Array<[(doc: Document) => void, boolean]> = [
      [(doc) => (doc.getElementById('n')!.firstChild!.textContent = 'Ana Example'), true],
      [(doc) => doc.querySelector('header img')!.setAttribute('alt', 'Viewer Name'), true],
      [(doc) => doc.getElementById('p')!.setAttribute('alt', 'Ana Example'), false],
      [(doc) => doc.querySelector('a')!.setAttribute('href', 'mailto:ana@example.com'), false],
    ];
    for (const [change, read] of changes) expect(readAgain(await recordsOf(page, change))).toBe(read);
  });
});
