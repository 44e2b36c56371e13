import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

const windows: Window[] = [];

/** Parses a committed fixture in a fresh window at `url`, with its stylesheet applied. */
export function loadFixture(name: string, url = 'https://www.example.org/'): Document {
  // A path, not a URL: under happy-dom the global URL is not the one node:fs recognises.
  const html = readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
  const window = new Window({ url });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A page from a body snippet, for the small cases a fixture would bury. */
export function loadHtml(body: string, url = 'https://www.example.org/'): Document {
  const window = new Window({ url });
  windows.push(window);
  window.document.write(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

export async function closeWindows(): Promise<void> {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
}
