import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { InviteOptionsFields } from '@/components/InviteOptionsFields';
import { originPattern } from '@/lib/config/api-base-url';
import { callBackground } from '@/lib/messaging/call';
import { BASE_URL_CHOICES, RATE_TIERS, type Settings } from '@/lib/settings/settings';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

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
      setMessage(i18n.t('options.accessRefused', { host: new URL(value.baseUrl).host }));
      return;
    }
    const result = await callBackground('saveSettings', value);
    setMessage(
      result.ok
        ? i18n.t('options.settingsSaved')
        : i18n.t('options.errorWithAction', { message: result.error.message, action: result.error.action }),
    );
  }

  if (!value) return <p className="muted">{i18n.t('options.loadingSettings')}</p>;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{i18n.t('options.settings')}</h2>
      <form onSubmit={save}>
        <label htmlFor="base-url">{i18n.t('options.baseUrl')}</label>
        <select id="base-url" value={value.baseUrl} onChange={(e) => setValue({ ...value, baseUrl: e.target.value })}>
          {BASE_URL_CHOICES.map((url) => (
            <option key={url} value={url}>
              {url}
            </option>
          ))}
        </select>
        <label htmlFor="tier">{i18n.t('options.tier')}</label>
        <select
          id="tier"
          value={value.tier}
          onChange={(e) => setValue({ ...value, tier: e.target.value as Settings['tier'] })}
        >
          {Object.entries(RATE_TIERS).map(([tier, perMinute]) => (
            <option key={tier} value={tier}>
              {tier === 'standard'
                ? i18n.t('options.tierStandard', { count: formatNumber(perMinute) })
                : i18n.t('options.tierEnterprise', { count: formatNumber(perMinute) })}
            </option>
          ))}
        </select>
        <h2>{i18n.t('options.inviteDefaults')}</h2>
        <InviteOptionsFields
          idPrefix="default"
          value={value.inviteDefaults}
          onChange={(inviteDefaults) => setValue({ ...value, inviteDefaults })}
        />
        <button type="submit" style={{ marginTop: 12 }}>
          {i18n.t('options.saveSettings')}
        </button>
        <p aria-live="polite" className="muted">
          {message}
        </p>
      </form>
    </section>
  );
}
