import { SANDBOX_ORGS } from './keys';
import { createRng } from './random';
import { seedAssessments } from './seed-assessments';
import { seedBulkInvites, seedInvites } from './seed-invites';
import type { Org, StoredAssessment, StoredInvite } from './types';

/** Default instant the seed's timestamps count back from; fixed so every run sees identical data. */
export const SEED_ANCHOR_MS = Date.parse('2026-01-15T09:00:00.000Z');

const SEED = 0x0a1f_a011;

export interface SeedData {
  orgs: Org[];
  assessments: StoredAssessment[];
  invites: StoredInvite[];
}

/** `default`: 120 assessments, ~40 invites. `large`: an organization at scale, for the bench and scale tests. */
export type SeedScale = 'default' | 'large';
export const SEED_SCALES = ['default', 'large'] as const;
const LARGE = { assessments: 2_000, invites: 50_000 };

/** A fresh, deep copy of the seed data. The empty org deliberately owns nothing. */
export function createSeed(anchorMs: number = SEED_ANCHOR_MS, scale: SeedScale = 'default'): SeedData {
  const rng = createRng(SEED);
  const large = scale === 'large';
  const assessments = seedAssessments(rng, SANDBOX_ORGS.northwind.id, anchorMs, large ? LARGE.assessments : undefined);
  const invites = seedInvites(rng, assessments, anchorMs);
  if (large) invites.push(...seedBulkInvites(rng, assessments, anchorMs, LARGE.invites - invites.length));
  const byId = new Map(assessments.map((a) => [a.id, a]));
  for (const invite of invites) {
    const assessment = byId.get(invite.assessmentId);
    if (assessment) assessment.inviteCount += 1;
  }
  return {
    orgs: [{ ...SANDBOX_ORGS.northwind }, { ...SANDBOX_ORGS.empty }],
    assessments,
    invites,
  };
}
