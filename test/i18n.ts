import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadMessages } from './locale-messages';

// Unit tests read the real English messages: WXT's fake browser leaves `i18n` unimplemented, and a test that
// checks the words the user sees should check the words the extension ships.
const getMessage = getMessageFrom(loadMessages('en'));
const install = () =>
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US', getAcceptLanguages: async () => ['en'] });

install();
beforeEach(install);
