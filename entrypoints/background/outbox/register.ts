import { browser } from 'wxt/browser';
import { drainOutbox } from './drain';
import { OUTBOX_ALARM } from './schedule';

export function registerOutbox(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void drainOutbox();
  });
  // A worker that starts (after a stop mid-send, a browser restart or an update) picks up where it was.
  void drainOutbox();
}
