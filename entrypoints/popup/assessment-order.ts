import type { AssessmentSummary } from '@/lib/messaging/views';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Filters by name (every word, any order, accents ignored) and puts the recently used first, in their order. */
export function orderAssessments(assessments: AssessmentSummary[], recentIds: string[], query: string): AssessmentSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = words.length ? assessments.filter((a) => words.every((w) => fold(a.name).includes(w))) : assessments;
  const rank = new Map(recentIds.map((id, index) => [id, index]));
  return [...matches].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

export function describeAssessment(a: AssessmentSummary): string {
  const parts: string[] = [];
  if (a.questionCount !== undefined) parts.push(`${a.questionCount} question${a.questionCount === 1 ? '' : 's'}`);
  const formats = [...new Set([a.questionFormat, a.answerFormat].filter(Boolean))];
  if (formats.length) parts.push(formats.join(' → '));
  if (a.languages.length) parts.push(a.languages.join(', ').toUpperCase());
  return parts.join(' · ');
}
