import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';
import { FIXTURE_CASES } from '@/lib/detection/__tests__/__fixtures__/cases';

// The real sites, stood in for on loopback: Chromium resolves their hosts to this HTTPS server
// (--host-resolver-rules) and accepts its self-signed certificate, so content scripts run as on the real site.

const FIXTURES = path.resolve('lib/detection/__tests__/__fixtures__');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const spa = fs.readFileSync(path.resolve('e2e/stand-in/linkedin-feed.html'), 'utf8');

/** host + path → page: every fixture at the address it models, and a few extra. */
const ROUTES: Record<string, () => string> = {
  ...Object.fromEntries(
    FIXTURE_CASES.map((c) => {
      const { host, pathname } = new URL(c.url);
      return [`${host}${pathname}`, () => fixture(c.file)];
    }),
  ),
  'www.linkedin.com/in/jane-doe-synthetic/': () => fixture('linkedin-classic-contact-open.html'),
  'www.linkedin.com/in/jane-doe-no-email/': () => fixture('linkedin-classic-no-email.html'),
  'www.linkedin.com/in/alex-rivera-synthetic/': () => fixture('linkedin-2026-contact-open.html'),
  'www.linkedin.com/feed/': () => spa,
  'www.linkedin.com/__fixture/linkedin-2026-contact-open.html': () => fixture('linkedin-2026-contact-open.html'),
  'github.com/mara-synthetic': () => fixture('github-profile.html'),
  'www.example.org/linguistics/people/': () => fixture('generic-table.html'),
  'www.example.com/contact/': () => fixture('generic-tricky.html'),
};

export interface StandInSites {
  port: number;
  /** Chromium flags that send the stand-in hosts here. */
  chromiumArgs: string[];
  close: () => Promise<void>;
}

export async function startStandInSites(extraRoutes: Record<string, () => string> = {}): Promise<StandInSites> {
  const pems = await generate([{ name: 'commonName', value: 'stand-in' }], { keySize: 2048 });
  const routes = { ...ROUTES, ...extraRoutes };
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = routes[`${host}${(req.url ?? '/').split('?')[0]}`];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hosts = new Set(Object.keys(routes).map((route) => route.split('/')[0]!));
  const rules = [...hosts].map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ');
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
