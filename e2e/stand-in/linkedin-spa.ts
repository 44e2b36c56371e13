import fs from 'node:fs';
import path from 'node:path';

// Two LinkedIn profiles served as one single-page app: a link in each swaps the page in place with
// history.pushState and a DOM swap, no page load, as LinkedIn's in-app navigation does.

const FIXTURES = path.resolve('lib/detection/__tests__/__fixtures__');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

export interface SpaPerson {
  slug: string;
  name: string;
  email: string;
}

const NAV_SCRIPT = `<script>
document.addEventListener('click', async (event) => {
  const link = event.target.closest('a[data-spa]');
  if (!link) return;
  event.preventDefault();
  const html = await (await fetch('/__spa' + link.getAttribute('href'))).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  history.pushState({}, '', link.getAttribute('href'));
  document.title = next.title;
  document.body.replaceWith(document.adoptNode(next.body));
});
</script>`;

/** The 2026 profile markup with this person's name and address, and links to the others. */
function profile(person: SpaPerson, others: SpaPerson[]): string {
  const links = others.map((o) => `<a data-spa href="/in/${o.slug}/">Open ${o.name}</a>`).join(' ');
  return fixture('linkedin-2026-contact-open.html')
    .replaceAll('Alex.Rivera@Example.org', person.email)
    .replaceAll('Alex Rivera', person.name)
    .replace(
      '<body>',
      `<body><nav style="position:fixed;top:0;right:0;z-index:2147483647;background:#fff">${links}</nav>`,
    )
    .replace('</body>', `${NAV_SCRIPT}</body>`);
}

/** Stand-in routes: each profile as a page load, and as the fragment the in-app navigation fetches. */
export function spaRoutes(people: SpaPerson[]): Record<string, () => string> {
  const routes: Record<string, () => string> = {};
  for (const person of people) {
    const page = () =>
      profile(
        person,
        people.filter((p) => p !== person),
      );
    routes[`www.linkedin.com/in/${person.slug}/`] = page;
    routes[`www.linkedin.com/__spa/in/${person.slug}/`] = page;
  }
  return routes;
}
