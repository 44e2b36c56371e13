// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The one protocol (docs/security.md MSG-4): every surface, the content script and the background message each
// other through @webext-core/messaging (lib/messaging/protocol.ts), never through the browser's API directly.

const SOURCE_DIRS = ['entrypoints', 'lib'];

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/__tests__/.test(e.parentPath))
    .map((e) => path.join(e.parentPath, e.name));
}

const DIRECT = /\b(?:browser|chrome)\s*\.\s*(?:runtime|tabs)\s*\.\s*(?:sendMessage|connect|onConnect)\b/;

describe('MSG-4: one protocol between every context', () => {
  it('should never send or receive a message through the browser API directly', () => {
    const offenders = SOURCE_DIRS.flatMap(sources).filter((file) => DIRECT.test(fs.readFileSync(file, 'utf8')));

    expect(offenders).toEqual([]);
  });

  it('should define the protocol with the messaging library, once', () => {
    const defining = SOURCE_DIRS.flatMap(sources).filter((file) =>
      fs.readFileSync(file, 'utf8').includes('defineExtensionMessaging'),
    );

    expect(defining).toEqual([path.join('lib', 'messaging', 'protocol.ts')]);
  });

  it('should catch a direct call (the check itself)', () => {
    expect(DIRECT.test('await browser.runtime.sendMessage({ type })')).toBe(true);
    expect(DIRECT.test('chrome.tabs.sendMessage(1, m)')).toBe(true);
    expect(DIRECT.test("sendMessage('getKeyStatus')")).toBe(false);
  });
});
