import { browser } from 'wxt/browser';
import { BULK_ALARM, kickBulkRun } from './runner';

/** A run goes on after its page closed, the worker stopped or the browser restarted. */
export function registerBulk(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BULK_ALARM) void kickBulkRun(true);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('bulk:')) void browser.tabs.create({ url: browser.runtime.getURL('/bulk.html') });
  });
  void kickBulkRun();
}
