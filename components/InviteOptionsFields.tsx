import { INVITE_LIMITS } from '@/lib/api/invite-limits';
import type { ProctoringSettings } from '@/lib/api/schemas';
import type { InviteOptions } from '@/lib/settings/settings';
import { i18n } from '#i18n';
import type { PlainKey } from '@/lib/i18n/keys';

const LIMITS: { key: 'questionReplayLimit' | 'answerRecordLimit' | 'expiresInDays'; label: PlainKey; max: number }[] = [
  { key: 'questionReplayLimit', label: 'fields.replayLimit', max: INVITE_LIMITS.questionReplayLimit.max },
  { key: 'answerRecordLimit', label: 'fields.recordLimit', max: INVITE_LIMITS.answerRecordLimit.max },
  { key: 'expiresInDays', label: 'fields.expiresInDays', max: INVITE_LIMITS.expiresInDays.max },
];

const FLAGS: { key: keyof ProctoringSettings; label: PlainKey }[] = [
  { key: 'screenRecording', label: 'fields.screenRecording' },
  { key: 'webcamMonitoring', label: 'fields.webcamMonitoring' },
  { key: 'requireIdCapture', label: 'fields.requireIdCapture' },
];

/** The invite options, shared by the options page (defaults) and the popup (per invite). */
export function InviteOptionsFields({
  value,
  onChange,
  idPrefix,
}: {
  value: InviteOptions;
  onChange: (next: InviteOptions) => void;
  idPrefix: string;
}) {
  return (
    <div>
      <div className="grid">
        {LIMITS.map(({ key, label, max }) => (
          <div key={key}>
            <label htmlFor={`${idPrefix}-${key}`}>{i18n.t(label)}</label>
            <input
              id={`${idPrefix}-${key}`}
              type="number"
              min={1}
              max={max}
              required
              value={Number.isNaN(value[key]) ? '' : String(value[key])}
              onChange={(e) => onChange({ ...value, [key]: e.target.valueAsNumber })}
            />
          </div>
        ))}
      </div>
      <fieldset style={{ border: 0, padding: 0, margin: '8px 0 0' }}>
        <legend className="muted">{i18n.t('fields.proctoring')}</legend>
        {FLAGS.map(({ key, label }) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={value.proctoringSettings[key]}
              onChange={(e) =>
                onChange({ ...value, proctoringSettings: { ...value.proctoringSettings, [key]: e.target.checked } })
              }
            />
            {i18n.t(label)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
