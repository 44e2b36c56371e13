import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { row } from './popup-report';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * The JS the popup runs before its first paint: what popup.html loads, plus what its entry imports at once
 * (the UI, loaded while local storage answers). Chunks loaded later on demand (recent invites, options) are not
 * counted.
 */
export function benchPopupBundle(extensionDir: string): void {
  const html = fs.readFileSync(path.join(extensionDir, 'popup.html'), 'utf8');
  const [entry, ...preloaded] = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const entryCode = fs.readFileSync(path.join(extensionDir, entry!), 'utf8');
  const imported = [...(entryCode.match(/m\.f=\[([^\]]*)\]/)?.[1] ?? '').matchAll(/"([^"]+\.js)"/g)].map((m) => m[1]!);
  const files = [...new Set([entry!, ...preloaded, ...imported])];
  const js = Buffer.concat(files.map((file) => fs.readFileSync(path.join(extensionDir, file))));
  const gzip = gzipSync(js).length;
  row(
    'Popup JS before first paint, gzip (React included)',
    '≤ 95 KB',
    `${kib(gzip)} (${kib(js.length)} raw, ${files.length} files)`,
    gzip <= 95 * 1024,
  );
}
