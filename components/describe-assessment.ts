import type { AssessmentSummary } from '@/lib/messaging/views';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** One line under an assessment's name: questions, formats, languages. */
export function describeAssessment(a: AssessmentSummary): string {
  const parts: string[] = [];
  if (a.questionCount !== undefined) {
    parts.push(i18n.t('popup.questions', a.questionCount, { count: formatNumber(a.questionCount) }));
  }
  const formats = [...new Set([a.questionFormat, a.answerFormat].filter(Boolean))];
  if (formats.length) parts.push(formats.join(' → '));
  if (a.languages.length) parts.push(a.languages.join(', ').toUpperCase());
  return parts.join(' · ');
}
