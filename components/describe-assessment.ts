import type { AssessmentSummary } from '@/lib/messaging/views';

/** One line under an assessment's name: questions, formats, languages. */
export function describeAssessment(a: AssessmentSummary): string {
  const parts: string[] = [];
  if (a.questionCount !== undefined) parts.push(`${a.questionCount} question${a.questionCount === 1 ? '' : 's'}`);
  const formats = [...new Set([a.questionFormat, a.answerFormat].filter(Boolean))];
  if (formats.length) parts.push(formats.join(' → '));
  if (a.languages.length) parts.push(a.languages.join(', ').toUpperCase());
  return parts.join(' · ');
}
