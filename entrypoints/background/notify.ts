import { browser } from 'wxt/browser';
import type { OutboxEntry } from '@/lib/outbox/entry';
import { describeEntry } from '@/lib/outbox/describe';
import { i18n } from '#i18n';

// System notifications for outcomes nobody is watching: context-menu sends and invites that waited in the outbox.

const ICON = '/icon/128.png';

export async function notify(id: string, title: string, message: string): Promise<void> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(ICON),
      title,
      message,
      priority: 1,
    });
  } catch {
    // Notifications turned off for the browser: the popup still shows the outcome.
  }
}

/** A notification about the test environment says so first (docs/product.md, Keys: the test one unmistakable). */
export function titled(title: string, env: OutboxEntry['keyEnv']): string {
  return env === 'test' ? i18n.t('outbox.testTitle', { title }) : title;
}

export function notifyOutcome(entry: OutboxEntry): Promise<void> {
  // A bulk run reports once, at its end (background/bulk/finish.ts), not once per person.
  if (entry.origin === 'bulk') return Promise.resolve();
  // Held for the user (access taken back, the key refused or changed): nobody watching would know it waits.
  if (!['sent', 'duplicate', 'failed', 'held'].includes(entry.state)) return Promise.resolve();
  const words = describeEntry(entry);
  const hint = entry.state === 'duplicate' ? i18n.t('outbox.duplicateHint') : '';
  return notify(`${entry.state}:${entry.id}`, titled(words.title, entry.keyEnv), words.text + hint);
}

/**
 * A click on a notification: a sent invite opens the recent invites; one that needs a decision opens the form; a
 * status change or expiring invites open Follow up on that group.
 */
export function registerNotificationClicks(open: {
  recent: () => Promise<void>;
  form: (entryId: string) => Promise<void>;
  followUp: (group: string) => Promise<void>;
}): void {
  browser.notifications.onClicked.addListener((id) => {
    const [kind, entryId] = id.split(':');
    void browser.notifications.clear(id);
    if (kind === 'sent') void open.recent();
    else if ((kind === 'duplicate' || kind === 'failed' || kind === 'held') && entryId) void open.form(entryId);
    else if (kind === 'follow' && entryId) void open.followUp(entryId);
  });
}
