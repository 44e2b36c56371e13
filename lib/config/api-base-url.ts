/** The documented AlfaOne API base URLs (docs/api.md §1). The first is the current one. */
export const DOCUMENTED_BASE_URLS = ['https://alfaone.app/api/v1', 'https://api.alfaone.com/api/v1'] as const;
export const DEFAULT_BASE_URL = DOCUMENTED_BASE_URLS[0];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * Checks a base URL: HTTPS anywhere, plain HTTP only on loopback (the local sandbox).
 * Returns the normalised URL without a trailing slash, or throws with a reason.
 */
export function parseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url))) {
    throw new Error(`The API base URL must use https (plain http only on loopback): ${raw}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`The API base URL takes no query, fragment or credentials: ${raw}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The host-permission match pattern for a base URL's origin. Match patterns carry no port. */
export function originPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
