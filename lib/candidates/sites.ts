/** Sites whose pages a declared content script watches (LinkedIn is a single-page app); elsewhere detection runs on demand. */
export const DETECTION_SITES = ['https://www.linkedin.com/*', 'https://github.com/*'];
