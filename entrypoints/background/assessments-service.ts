import { keyMode, lastFour } from '@/lib/key/key-format';
import type { Assessment } from '@/lib/api/schemas';
import { listAssessments } from '@/lib/api/endpoints';
import type { AssessmentSummary, AssessmentsView } from '@/lib/messaging/views';
import { keyInForce } from '@/lib/storage/api-key';
import { assessmentsCache, cachedFor, keyStatus, recentAssessmentIds, settings } from '@/lib/storage/items';
import { withApi } from './api-access';

const MAX_RECENT = 10;

/** The assessments: from the cache unless `refresh`, else every page from AlfaOne, then cached. */
export async function getAssessments(refresh: boolean): Promise<AssessmentsView> {
  const [cache, recentIds, { baseUrl }, status] = await Promise.all([
    assessmentsCache.getValue(),
    recentAssessmentIds.getValue(),
    settings.getValue(),
    keyStatus.getValue(),
  ]);
  const own = cachedFor(cache, baseUrl, status);
  if (!refresh && own) {
    return { assessments: own.assessments, fetchedAt: own.fetchedAt, recentIds };
  }
  const { assessments, key } = await withApi(async (client, key) => ({
    assessments: (await listAssessments(client)).map(toSummary),
    key,
  }));
  const fetchedAt = Date.now();
  // Cached for the environment it was read under, and only while that key is still in force: a list read just
  // before a switch never becomes the other environment's cache.
  if ((await keyInForce()) === key)
    await assessmentsCache.setValue({
      ...(await assessmentsCache.getValue()),
      [keyMode(key)]: { baseUrl, last4: lastFour(key), fetchedAt, assessments },
    });
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
