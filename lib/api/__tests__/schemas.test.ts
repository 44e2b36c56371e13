import { describe, expect, it } from 'vitest';
import { assessmentListSchema, assessmentSchema, inviteListSchema, inviteSchema, singleOrWrapped } from '../schemas';
import { DOC_EXAMPLES } from './doc-examples';

describe('schemas against every documented example (docs/api.md)', () => {
  it.each([
    ['assessmentsQuickstart', DOC_EXAMPLES.assessmentsQuickstart],
    ['assessmentsPaginated', DOC_EXAMPLES.assessmentsPaginated],
  ])('should parse the assessment list %s', (_name, example) => {
    const actual = assessmentListSchema.parse(example);
    expect(actual.assessments[0]?.name).toBe('Senior Frontend Engineer');
  });

  it('should keep the pagination object when present and leave it undefined when absent', () => {
    expect(assessmentListSchema.parse(DOC_EXAMPLES.assessmentsPaginated).pagination?.totalPages).toBe(5);
    expect(assessmentListSchema.parse(DOC_EXAMPLES.assessmentsQuickstart).pagination).toBeUndefined();
  });

  it('should parse the bare assessment detail with totalPoints', () => {
    expect(singleOrWrapped('assessment', assessmentSchema).parse(DOC_EXAMPLES.assessmentDetail).totalPoints).toBe(80);
  });

  it.each([
    ['createQuickstart', DOC_EXAMPLES.createQuickstart, 'pending'],
    ['createWithoutStatus', DOC_EXAMPLES.createWithoutStatus, undefined],
    ['inviteDetailBare', DOC_EXAMPLES.inviteDetailBare, 'accepted'],
    ['inviteDetailWrapped', DOC_EXAMPLES.inviteDetailWrapped, 'accepted'],
  ])('should parse the single invite %s, bare or wrapped', (_name, example, expectedStatus) => {
    const actual = singleOrWrapped('invite', inviteSchema).parse(example);
    expect(actual.recipientEmail).toBe('candidate@example.com');
    expect(actual.status).toBe(expectedStatus);
  });

  it.each([
    ['invitesNew', DOC_EXAMPLES.invitesNew],
    ['invitesOld', DOC_EXAMPLES.invitesOld],
  ])('should parse the invite list %s', (_name, example) => {
    expect(inviteListSchema.parse(example).invites).toHaveLength(1);
  });

  it('should keep the detail-only fields of GET /invites/{id}', () => {
    const actual = inviteSchema.parse(DOC_EXAMPLES.inviteDetailBare);
    expect(actual.assignedGrader?.firstName).toBe('Ada');
    expect(actual.proctoringSettings?.requireIdCapture).toBe(false);
  });

  it.each([
    ['a list that is not an array', { assessments: 'nope' }],
    ['an item without a name', { assessments: [{ id: 'x' }] }],
    ['a bad date', { assessments: [{ ...DOC_EXAMPLES.assessmentDetail, createdAt: 'yesterday' }] }],
    ['null', null],
  ])('should reject %s', (_name, body) => {
    expect(assessmentListSchema.safeParse(body).success).toBe(false);
  });

  it('should keep a status it does not know as it came, so it is shown and never blocks a send (REL-5)', () => {
    expect(inviteSchema.parse({ ...DOC_EXAMPLES.inviteDetailBare, status: 'archived' }).status).toBe('archived');
    expect(inviteSchema.safeParse({ ...DOC_EXAMPLES.inviteDetailBare, status: '' }).success).toBe(false);
  });
});
