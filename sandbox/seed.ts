import { SANDBOX_ORGS } from './keys';
import { createRng } from './random';
import { seedAssessments } from './seed-assessments';
import { seedInvites } from './seed-invites';
import type { Org, StoredAssessment, StoredInvite } from './types';

/** Default instant the seed's timestamps count back from; fixed so every run sees identical data. */
export const SEED_ANCHOR_MS = Date.parse('2026-01-15T09:00:00.000Z');

const SEED = 0x0a1f_a011;

export interface SeedData {
  orgs: Org[];
  assessments: StoredAssessment[];
  invites: StoredInvite[];
}

/** A fresh, deep copy of the seed data. The empty org deliberately owns nothing. */
export function createSeed(anchorMs: number = SEED_ANCHOR_MS): SeedData {
  const rng = createRng(SEED);
  const assessments = seedAssessments(rng, SANDBOX_ORGS.northwind.id, anchorMs);
  const invites = seedInvites(rng, assessments, anchorMs);
  for (const invite of invites) {
    const assessment = assessments.find((a) => a.id === invite.assessmentId);
    if (assessment) assessment.inviteCount += 1;
  }
  return {
    orgs: [{ ...SANDBOX_ORGS.northwind }, { ...SANDBOX_ORGS.empty }],
    assessments,
    invites,
  };
}
