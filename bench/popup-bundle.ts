import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { row } from './popup-report';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The JS popup.html loads before its first paint (entry and preloads), and what it loads later on demand. */
export function benchPopupBundle(extensionDir: string): void {
  const html = fs.readFileSync(path.join(extensionDir, 'popup.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => path.join(extensionDir, m[1]!));
  const firstJs = Buffer.concat(first.map((file) => fs.readFileSync(file)));
  const gzip = gzipSync(firstJs).length;
  row('Popup JS before first paint, gzip (React included)', '≤ 90 KB', `${kib(gzip)} (${kib(firstJs.length)} raw)`, gzip <= 90 * 1024);
}
