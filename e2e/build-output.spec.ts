import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_BASE_URL, E2E_EXTENSION_DIR, RELEASE_EXTENSION_DIR } from './config';

// Static checks of what ships: the manifest (docs/security.md C) and the bundled files (SEC-1, SEC-2).

const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

test.describe('the shipped manifest and files', () => {
  test('PERM-1: a release build asks host access for the AlfaOne API only; a sandbox build adds loopback', () => {
    const release = manifest(RELEASE_EXTENSION_DIR);
    const sandbox = manifest(E2E_EXTENSION_DIR);
    const sites = (m: { content_scripts?: { matches: string[] }[] }) =>
      (m.content_scripts ?? []).flatMap((c) => c.matches);

    expect(release.host_permissions.filter((p: string) => !sites(release).includes(p))).toEqual([
      'https://alfaone.app/*',
    ]);
    expect(sandbox.host_permissions.filter((p: string) => !sites(sandbox).includes(p))).toEqual([
      'https://alfaone.app/*',
      'http://127.0.0.1/*',
    ]);
    for (const m of [release, sandbox]) {
      const all = [...m.host_permissions, ...(m.optional_host_permissions ?? []), ...sites(m)];
      expect(all).not.toContain('<all_urls>');
      expect(all.filter((p: string) => p.startsWith('*://') || p.includes('://*/'))).toEqual([]);
    }
    expect(release.host_permissions.filter((p: string) => p.startsWith('http:'))).toEqual([]);
  });

  test('a release build talks to https://alfaone.app/api/v1 by default; a sandbox build to its loopback URL', () => {
    const background = (dir: string) => fs.readFileSync(path.join(dir, 'background.js'), 'utf8');
    expect(background(RELEASE_EXTENSION_DIR)).toContain('https://alfaone.app/api/v1');
    expect(background(RELEASE_EXTENSION_DIR)).not.toMatch(/https?:\/\/(127\.0\.0\.1|localhost)[:/]/);
    expect(background(E2E_EXTENSION_DIR)).toContain(E2E_BASE_URL);
  });

  test('PERM-2: the legacy documented base URL is an optional host permission', () => {
    expect(manifest(RELEASE_EXTENSION_DIR).optional_host_permissions).toEqual(['https://api.alfaone.com/*']);
  });

  test('PERM-3: API permissions are the ones a feature needs, and no more', () => {
    const { permissions } = manifest(RELEASE_EXTENSION_DIR);
    expect(permissions).toEqual(expect.arrayContaining(['storage', 'alarms']));
    for (const broad of ['tabs', 'webRequest', 'cookies', '<all_urls>', 'history', 'downloads'])
      expect(permissions).not.toContain(broad);
  });

  test('PERM-4: the default CSP, and only bundled scripts', () => {
    const m = manifest(RELEASE_EXTENSION_DIR);
    expect(m.content_security_policy).toBeUndefined();
    for (const file of files(RELEASE_EXTENSION_DIR).filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    }
  });

  test('PERM-5: no web-accessible resources', () => {
    expect(manifest(RELEASE_EXTENSION_DIR).web_accessible_resources).toBeUndefined();
  });

  test('MSG-2: externally_connectable is closed to every extension and page', () => {
    expect(manifest(RELEASE_EXTENSION_DIR).externally_connectable).toEqual({ ids: [], matches: [] });
  });

  test('SEC-1: no content script bundles the key storage or the API client', () => {
    const m = manifest(RELEASE_EXTENSION_DIR);
    const scripts = (m.content_scripts ?? []).flatMap((c: { js: string[] }) => c.js);
    const onDemand = files(RELEASE_EXTENSION_DIR).filter((f) => f.includes(`${path.sep}content-scripts${path.sep}`));
    for (const file of [...scripts.map((s: string) => path.join(RELEASE_EXTENSION_DIR, s)), ...onDemand]) {
      const code = fs.readFileSync(file, 'utf8');
      expect(code).not.toMatch(/apiKey|x-api-key|ak_(live|test)_/);
    }
  });

  test('SEC-2: no key material in any packaged file', () => {
    for (const dir of [RELEASE_EXTENSION_DIR, E2E_EXTENSION_DIR]) {
      for (const file of files(dir)) expect(fs.readFileSync(file, 'utf8')).not.toMatch(/ak_(live|test)_[a-z0-9]{8,}/i);
    }
  });

  test('the popup keeps its shortcut: _execute_action has a suggested key', () => {
    expect(manifest(RELEASE_EXTENSION_DIR).commands._execute_action.suggested_key.default).toBe('Alt+Shift+K');
  });

  test('the stack: the popup loads React DOM itself before its first paint, and no other renderer ships', () => {
    const html = fs.readFileSync(path.join(RELEASE_EXTENSION_DIR, 'popup.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    const code = loaded.map((file) => fs.readFileSync(path.join(RELEASE_EXTENSION_DIR, file), 'utf8')).join('\n');
    const { version } = JSON.parse(fs.readFileSync('node_modules/react-dom/package.json', 'utf8'));

    // React DOM's own marks: the keys it puts on the root and on each node it renders, and its version.
    expect(code).toContain('__reactContainer$');
    expect(code).toContain('__reactFiber$');
    expect(code).toContain(version);
    for (const file of files(RELEASE_EXTENSION_DIR).filter((f) => f.endsWith('.js')))
      expect(fs.readFileSync(file, 'utf8')).not.toMatch(/preact/i);
  });
});
