// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { provenanceOf } from '@/lib/candidates/source-labels';
import { getMessageFrom, loadMessages } from '../../../test/locale-messages';
import { detectOnDemand } from '../on-demand';
import { closeWindows, loadFixture } from './fixture';

afterEach(closeWindows);

// "Decoded from …" is written by the on-demand script, in the page: in the browser's language, as the popup is.
it('should say in Spanish what a decoded address was decoded from', () => {
  Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(loadMessages('es')) });
  const url = 'https://www.example.edu/~jwhitfield/';
  const [first] = detectOnDemand(loadFixture('obfuscated-homepage.html', url), url);

  expect(provenanceOf(first!)).toBe('Descifrada de «jane.whitfield [at] example-tech [dot] edu»');
});
