import { useEffect, useState } from 'react';
import { formatNumber } from '@/lib/format/date';
import { callBackground } from '@/lib/messaging/call';
import { assessmentDefaults, type AssessmentDefaults } from '@/lib/storage/items';
import { i18n } from '#i18n';

/** The defaults remembered per assessment ("Remember for …" in the form), each removable; the global ones stay. */
export function AssessmentDefaultsSection() {
  const [defaults, setDefaults] = useState<AssessmentDefaults | null>(null);

  useEffect(() => {
    void assessmentDefaults.getValue().then(setDefaults);
    return assessmentDefaults.watch(setDefaults);
  }, []);

  const remove = async (assessmentId: string, name: string) => {
    const result = await callBackground('saveAssessmentDefaults', { assessmentId, name, options: null });
    if (result.ok) setDefaults(result.data);
  };

  if (!defaults) return null;
  const entries = Object.entries(defaults);
  return (
    <section aria-labelledby="assessment-defaults-heading">
      <h2 id="assessment-defaults-heading">{i18n.t('options.assessmentDefaults')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{i18n.t('options.assessmentDefaultsNone')}</p>
      ) : (
        <ul aria-label={i18n.t('options.assessmentDefaults')}>
          {entries.map(([id, { name, options }]) => (
            <li key={id}>
              {i18n.t('options.assessmentDefaultsItem', {
                assessment: name,
                replays: formatNumber(options.questionReplayLimit),
                records: formatNumber(options.answerRecordLimit),
                days: formatNumber(options.expiresInDays),
              })}{' '}
              <button type="button" onClick={() => void remove(id, name)}>
                {i18n.t('options.removeAssessmentDefaults', { assessment: name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
