// A large, deterministic page for the detection benchmark, shaped like a real feed: ~5 MB of HTML,
// ~50k nodes (elements with classes and data attributes, and their text), mostly text without
// "@", with a handful of addresses scattered (some visible, some hidden).

export interface DetectionPage {
  html: string;
  /** Visible addresses both detectors should find. */
  expected: string[];
  /** Addresses in the markup that the user cannot see. */
  hidden: string[];
}

const WORDS =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat'.split(
    ' ',
  );

/** mulberry32: a tiny seeded PRNG, so every run measures the same page. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDetectionPage(blocks = 6_250, seed = 42): DetectionPage {
  const rand = random(seed);
  const sentence = (n: number): string =>
    Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  // Where the specials go: spread over the page, the last one near the very end.
  const at = new Map<number, string>([
    [Math.floor(blocks * 0.05), '<p>Write to first.visible@example.com for details.</p>'],
    [Math.floor(blocks * 0.2), '<table><tr><td>Jane Doe</td><td>jane.doe@example.org</td></tr></table>'],
    [
      Math.floor(blocks * 0.35),
      '<p>Ping <a href="mailto:linked.person@example.com?subject=hi">Lee Park</a> on this.</p>',
    ],
    [Math.floor(blocks * 0.5), '<p style="display:none">hidden.person@example.com</p>'],
    [Math.floor(blocks * 0.6), '<p>Thanks @maintainer and @reviewer for the review.</p>'],
    [Math.floor(blocks * 0.7), '<pre><code>git config user.email ci.bot@example.net</code></pre>'],
    [Math.floor(blocks * 0.8), '<div hidden>hidden.attr@example.com</div>'],
    [blocks - 3, '<footer><p>Contact: last.visible@example.org</p></footer>'],
  ]);
  const parts: string[] = [];
  for (let i = 0; i < blocks; i++) {
    // 8 nodes and ~800 bytes a block: 4 elements, their 3 texts, and the line break between blocks.
    parts.push(
      `<div class="feed-item card card--elevated i${i % 7}" data-item-id="urn:item:${100000 + i}" data-view-name="feed-item" role="article"><h3 class="feed-item__title text-heading-small">Item ${i}: ${sentence(4)}</h3><p class="feed-item__body text-body-medium break-words" dir="ltr">${sentence(55)}</p><a class="feed-item__link link-without-visited-state" href="/items/${100000 + i}/?trk=feed-item&amp;src=bench" data-control-name="open_item">${sentence(3)}</a></div>`,
    );
    const special = at.get(i);
    if (special) parts.push(special);
  }
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Detection benchmark</title><style>.item{margin:4px 0}.meta{color:#666}</style></head><body><main>${parts.join('\n')}</main></body></html>`;
  return {
    html,
    expected: [
      'first.visible@example.com',
      'jane.doe@example.org',
      'linked.person@example.com',
      'ci.bot@example.net',
      'last.visible@example.org',
    ],
    hidden: ['hidden.person@example.com', 'hidden.attr@example.com'],
  };
}
