import { Hono } from 'hono';
import type { SandboxEnv } from '../env';

// A candidate's page for `npm run demo`: open it, press the shortcut (or click the toolbar icon) and the
// popup is prefilled with the person below. An invented person; nothing is loaded from elsewhere.
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ada Quinn – Backend Engineer</title>
<meta property="og:title" content="Ada Quinn">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { max-width: 680px; margin: 48px auto; padding: 0 16px; font: 16px/1.6 system-ui, sans-serif; color: #1f2328; }
  .hint { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 12px 16px; }
</style>
</head>
<body>
<p class="hint">AlfaOne Invite demo: a sample candidate page. Save your key in the options page, then come back here
and press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd> (or click the extension's toolbar icon): the candidate is
already filled in.</p>
<main>
  <h1>Ada Quinn</h1>
  <p>Backend engineer · Go, PostgreSQL, distributed systems · Lisbon</p>
  <p><a href="mailto:ada.quinn@example.com">Email</a> · <a href="https://example.com/ada-quinn/cv">CV</a></p>
  <h2>About</h2>
  <p>Eight years building payment systems. Open to backend roles.</p>
</main>
<footer><p>Sample page served by the local AlfaOne sandbox · <a href="mailto:webmaster@example.com">Webmaster</a></p></footer>
</body>
</html>`;

export const SAMPLE_PAGE_PATH = '/sample/candidate';

export function samplePageRoutes(): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.get('/candidate', (c) => c.html(PAGE));
  return app;
}
