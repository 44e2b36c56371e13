import { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { findOwned, jsonError } from '../http';
import { compareText, paginate, sortBy } from '../pagination';
import type { SortOrder } from '../pagination';
import type { SandboxState } from '../state';
import type { StoredAssessment } from '../types';
import { describeIssue, listAssessmentsQuery, parseWith } from '../validation';
import type { ASSESSMENT_SORTS } from '../validation';
import { toAssessment, toAssessmentDetail } from '../views';

type AssessmentSort = (typeof ASSESSMENT_SORTS)[number];

const COMPARATORS: Record<AssessmentSort, (a: StoredAssessment, b: StoredAssessment) => number> = {
  created_at: (a, b) => compareText(a.createdAt, b.createdAt),
  updated_at: (a, b) => compareText(a.updatedAt, b.updatedAt),
  name: (a, b) => a.name.localeCompare(b.name, 'en'),
};

function sortAssessments(items: StoredAssessment[], sort: AssessmentSort, order: SortOrder): StoredAssessment[] {
  return sortBy(items, COMPARATORS[sort], order, (a, b) => compareText(a.id, b.id));
}

/** GET /assessments and GET /assessments/{id}, scoped to the key's organization. */
export function assessmentRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get('/', (c) => {
    const own = state.assessments.filter((a) => a.orgId === c.get('key').orgId);
    if (state.mode.legacy) {
      // Old docs: the complete set, no pagination object, paging params ignored.
      return c.json({ assessments: sortAssessments(own, 'created_at', 'desc').map(toAssessment) });
    }
    const query = parseWith(listAssessmentsQuery, c.req.query());
    if (!query.success) return jsonError(c, 400, describeIssue(query.error, 'query parameter'));
    const { page, limit, sort, order } = query.data;
    const { items, pagination } = paginate(sortAssessments(own, sort, order), page, limit);
    return c.json({ assessments: items.map(toAssessment), pagination });
  });

  app.get('/:id', (c) => {
    const owned = findOwned(c, state.assessments, 'assessment');
    return 'error' in owned ? owned.error : c.json(toAssessmentDetail(owned.found));
  });

  return app;
}
