// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, DAY_MS, newestAssessmentId, useSandbox } from './helpers';
import type { AssessmentDetail, AssessmentPage, CreatedInvite, InviteDetail } from './helpers';

const ASSESSMENT_FIELDS = [
  'id',
  'name',
  'defaultQuestionFormat',
  'defaultAnswerFormat',
  'languages',
  'questionCount',
  'inviteCount',
  'createdAt',
  'updatedAt',
].sort();
const INVITE_SUMMARY_FIELDS = [
  'id',
  'assessmentId',
  'assessmentName',
  'recipientEmail',
  'recipientName',
  'status',
  'questionReplayLimit',
  'answerRecordLimit',
  'sentAt',
  'expiresAt',
  'acceptedAt',
  'startedAt',
  'completedAt',
].sort();
const INVITE_DETAIL_FIELDS = [
  ...INVITE_SUMMARY_FIELDS,
  'assignedGrader',
  'proctoringSettings',
  'customMessage',
  'revokedAt',
].sort();

describe('quickstart (docs/api.md QS)', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  it('should list assessments for a live key with exactly the documented fields', async () => {
    const actual = await api<AssessmentPage>(ctx.sandbox, '/assessments');

    expect(actual.status).toBe(200);
    expect(actual.headers.get('content-type')).toMatch(/^application\/json/);
    expect(actual.body.assessments).toHaveLength(20);
    for (const assessment of actual.body.assessments) {
      expect(Object.keys(assessment).sort()).toEqual(ASSESSMENT_FIELDS);
    }
    expect(actual.body.pagination).toEqual({ page: 1, limit: 20, total: 120, totalPages: 6 });
  });

  it('should return the same organization for the test key as for the live key', async () => {
    const live = await api<AssessmentPage>(ctx.sandbox, '/assessments', { key: 'live' });
    const test = await api<AssessmentPage>(ctx.sandbox, '/assessments', { key: 'test' });

    expect(test.status).toBe(200);
    expect(test.body).toEqual(live.body);
  });

  it('should return a bare assessment object with totalPoints from the detail endpoint', async () => {
    const id = newestAssessmentId(ctx.sandbox);

    const actual = await api<AssessmentDetail>(ctx.sandbox, `/assessments/${id}`);

    expect(actual.status).toBe(200);
    expect(Object.keys(actual.body).sort()).toEqual([...ASSESSMENT_FIELDS, 'totalPoints'].sort());
    expect(actual.body.id).toBe(id);
    expect(Number.isInteger(actual.body.totalPoints)).toBe(true);
  });

  it('should create a pending invite that expires 30 days after sentAt', async () => {
    const assessmentId = newestAssessmentId(ctx.sandbox);

    const actual = await api<CreatedInvite>(ctx.sandbox, '/invites', {
      method: 'POST',
      body: { assessmentId, recipientEmail: 'candidate@example.com' },
    });

    expect(actual.status).toBe(201);
    const invite = actual.body.invite;
    expect(Object.keys(invite).sort()).toEqual(INVITE_SUMMARY_FIELDS);
    expect(invite).toMatchObject({
      assessmentId,
      recipientEmail: 'candidate@example.com',
      recipientName: null,
      status: 'pending',
      questionReplayLimit: 1,
      answerRecordLimit: 1,
      sentAt: new Date(ctx.clock.now()).toISOString(),
      acceptedAt: null,
      startedAt: null,
      completedAt: null,
    });
    expect(Date.parse(invite.expiresAt) - Date.parse(invite.sentAt)).toBe(30 * DAY_MS);
  });

  it('should return the created invite in full, unwrapped, from GET /invites/{id}', async () => {
    const created = await api<CreatedInvite>(ctx.sandbox, '/invites', {
      method: 'POST',
      body: { assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'candidate@example.com' },
    });

    const actual = await api<InviteDetail>(ctx.sandbox, `/invites/${created.body.invite.id}`);

    expect(actual.status).toBe(200);
    expect(Object.keys(actual.body).sort()).toEqual(INVITE_DETAIL_FIELDS);
    expect(actual.body).toMatchObject({
      ...created.body.invite,
      assignedGrader: null,
      proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: true },
      customMessage: null,
      revokedAt: null,
    });
  });
});
