import type { FoundOn } from '@/lib/candidates/candidate-schema';
import { textOf } from './dom';
import { GITHUB_ORGANIZATION, GITHUB_PROFILE_MARKER } from './selectors';

// Pages about no candidate (docs/product.md, Rules of behaviour): their addresses are the organization's
// (applications, sales, support). Told by the address, the title and the main heading, in the usual languages.

const CAREERS =
  /(?:^|[^\p{L}])(?:careers?|jobs?|join[ -]us|we['’]?re hiring|hiring|apply|vacanc(?:y|ies)|open (?:positions|roles)|work (?:with|for) us|empleos?|trabaja con nosotros|trabaja en|únete|unete|vacantes|ofertas de (?:empleo|trabajo)|bolsa de trabajo|karriere|stellenangebote|carrières|carrieres|recrutement|vagas|trabalhe conosco|lavora con noi|vacatures)(?:$|[^\p{L}])/iu;
const ORGANIZATION =
  /(?:^|[^\p{L}])(?:contact(?: us)?|contacto|contáctanos|kontakt|about(?: us)?|sobre nosotros|quiénes somos|quienes somos|blog|news|noticias|press|prensa|newsroom)(?:$|[^\p{L}])/iu;
const LINKEDIN_ORGANIZATION = /^\/(?:company|school|showcase)\//;

const said = (doc: Document, url: string) => [
  decodeURIComponent(new URL(url).pathname).replace(/[-_/]+/g, ' '),
  doc.title,
  textOf(doc.querySelector('h1')),
];

/**
 * A page about no candidate whatever it names: a LinkedIn company page, a GitHub organization, a careers page. Its
 * title or heading may read like a name ("Quillfeather Analytics"): told before any person is looked for.
 */
export function organizationPage(doc: Document, url: string): FoundOn | undefined {
  const { hostname, pathname } = new URL(url);
  if (/(^|\.)linkedin\.com$/.test(hostname)) {
    return LINKEDIN_ORGANIZATION.test(pathname) ? 'organization-page' : undefined;
  }
  if (hostname === 'github.com') {
    const user = doc.querySelector(GITHUB_PROFILE_MARKER.join(','));
    return !user && doc.querySelector(GITHUB_ORGANIZATION.join(',')) ? 'organization-page' : undefined;
  }
  return said(doc, url).some((text) => CAREERS.test(text)) ? 'careers-page' : undefined;
}

/** A contact, about, blog or news page: about no one unless a person of its own was found (a homepage's "About"). */
export const organizationPath = (doc: Document, url: string): FoundOn | undefined =>
  said(doc, url).some((text) => ORGANIZATION.test(text)) ? 'organization-page' : undefined;
