import type { Assessment } from '@/lib/api/schemas';
import { listAssessments } from '@/lib/api/endpoints';
import type { AssessmentSummary, AssessmentsView } from '@/lib/messaging/views';
import { assessmentsCache, cachedFor, recentAssessmentIds, settings } from '@/lib/storage/items';
import { withApi } from './api-access';

const MAX_RECENT = 10;

/** The assessments: from the cache unless `refresh`, else every page from AlfaOne, then cached. */
export async function getAssessments(refresh: boolean): Promise<AssessmentsView> {
  const [cache, recentIds, { baseUrl }] = await Promise.all([
    assessmentsCache.getValue(),
    recentAssessmentIds.getValue(),
    settings.getValue(),
  ]);
  const own = cachedFor(cache, baseUrl);
  if (!refresh && own) {
    return { assessments: own.assessments, fetchedAt: own.fetchedAt, recentIds };
  }
  const assessments = (await withApi(listAssessments)).map(toSummary);
  const fetchedAt = Date.now();
  await assessmentsCache.setValue({ baseUrl, fetchedAt, assessments });
  return { assessments, fetchedAt, recentIds };
}

export async function markAssessmentUsed(assessmentId: string): Promise<void> {
  const ids = await recentAssessmentIds.getValue();
  await recentAssessmentIds.setValue([assessmentId, ...ids.filter((id) => id !== assessmentId)].slice(0, MAX_RECENT));
}

function toSummary(a: Assessment): AssessmentSummary {
  return {
    id: a.id,
    name: a.name,
    questionCount: a.questionCount,
    questionFormat: a.defaultQuestionFormat,
    answerFormat: a.defaultAnswerFormat,
    languages: a.languages,
  };
}
