import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadMessages } from '../../../test/locale-messages';
import { inviteStatusLabel, inviteStatusWord } from '../invite-status';

// A status on its own is a label ("Pending"); within a sentence it is a word ("already has a pending invite").

describe('invite status words', () => {
  it.each([
    ['pending', 'Pending', 'pending'],
    ['completed', 'Completed', 'completed'],
    [undefined, 'Pending', 'pending'],
    ['archived', 'archived', 'archived'],
  ])('should show %s as the label %s and the word %s', (status, label, word) => {
    expect(inviteStatusLabel(status)).toBe(label);
    expect(inviteStatusWord(status)).toBe(word);
  });

  it('should lower-case the word in the UI language', () => {
    Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(loadMessages('es')) });
    expect(inviteStatusWord('expired')).toBe('caducada');
  });
});
