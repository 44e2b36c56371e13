import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { InviteOptionsFields } from '@/components/InviteOptionsFields';
import { originPattern } from '@/lib/config/api-base-url';
import { callBackground } from '@/lib/messaging/call';
import { BASE_URL_CHOICES, RATE_TIERS, type Settings } from '@/lib/settings/settings';

/** API base URL, rate-limit tier and invite defaults; validated again by the background before it stores them. */
export function SettingsSection() {
  const [value, setValue] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void callBackground('getSettings').then((r) => r.ok && setValue(r.data));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!value) return;
    // A base URL outside the build's host permissions needs the user's grant, asked within this click.
    const granted = await browser.permissions.request({ origins: [originPattern(value.baseUrl)] }).catch(() => false);
    if (!granted) {
      setMessage(`Access to ${new URL(value.baseUrl).host} was not granted; settings not saved.`);
      return;
    }
    const result = await callBackground('saveSettings', value);
    setMessage(result.ok ? 'Settings saved.' : `${result.error.message} — ${result.error.action}`);
  }

  if (!value) return <p className="muted">Loading settings…</p>;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <form onSubmit={save}>
        <label htmlFor="base-url">API base URL</label>
        <select id="base-url" value={value.baseUrl} onChange={(e) => setValue({ ...value, baseUrl: e.target.value })}>
          {BASE_URL_CHOICES.map((url) => (
            <option key={url} value={url}>
              {url}
            </option>
          ))}
        </select>
        <label htmlFor="tier">Rate-limit tier</label>
        <select
          id="tier"
          value={value.tier}
          onChange={(e) => setValue({ ...value, tier: e.target.value as Settings['tier'] })}
        >
          {Object.entries(RATE_TIERS).map(([tier, perMinute]) => (
            <option key={tier} value={tier}>
              {tier === 'standard' ? 'Standard' : 'Enterprise'} ({perMinute} requests/minute)
            </option>
          ))}
        </select>
        <h2>Invite defaults</h2>
        <InviteOptionsFields
          idPrefix="default"
          value={value.inviteDefaults}
          onChange={(inviteDefaults) => setValue({ ...value, inviteDefaults })}
        />
        <button type="submit" style={{ marginTop: 12 }}>
          Save settings
        </button>
        <p aria-live="polite" className="muted">
          {message}
        </p>
      </form>
    </section>
  );
}
