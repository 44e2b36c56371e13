import { browser } from 'wxt/browser';
import { drainOutbox } from './drain';
import { reviewOutboxKeys } from './keys';
import { OUTBOX_ALARM } from './schedule';

export function registerOutbox(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void drainOutbox();
  });
  // Access granted to the API origin: what waited for it goes out.
  browser.permissions.onAdded.addListener(() => void reviewOutboxKeys());
  // A worker that starts (after a stop mid-send, a browser restart or an update) picks up where it was.
  void drainOutbox();
}
