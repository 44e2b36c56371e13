// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_RECIPIENT, MIXED_CASE_RECIPIENT } from '../seed-invites';
import { allInvites, api, control, DAY_MS, newestAssessmentId, useSandbox } from './helpers';
import type { AssessmentDetail, CreatedInvite, InviteDetail, InvitePage } from './helpers';

const DUPLICATE = { error: 'An invite for this email is already pending for this assessment' };

describe('POST /invites', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  function post(body: unknown, key: 'live' | 'test' | 'empty' = 'live') {
    return api<CreatedInvite>(ctx.sandbox, '/invites', { method: 'POST', body, key });
  }

  it('should store every optional field that was sent', async () => {
    const assessmentId = newestAssessmentId(ctx.sandbox);

    const created = await post({
      assessmentId,
      recipientEmail: 'Ada.Lovelace@Example.com',
      recipientName: 'Ada Lovelace',
      questionReplayLimit: 3,
      answerRecordLimit: 2,
      expiresInDays: 7,
      proctoringSettings: { webcamMonitoring: false },
    });
    const actual = await api<InviteDetail>(ctx.sandbox, `/invites/${created.body.invite.id}`);

    expect(created.status).toBe(201);
    expect(actual.body).toMatchObject({
      recipientEmail: 'Ada.Lovelace@Example.com',
      recipientName: 'Ada Lovelace',
      questionReplayLimit: 3,
      answerRecordLimit: 2,
      proctoringSettings: { screenRecording: true, webcamMonitoring: false, requireIdCapture: true },
    });
    expect(Date.parse(actual.body.expiresAt) - Date.parse(actual.body.sentAt)).toBe(7 * DAY_MS);
  });

  it('should ignore unknown fields and accept an upper-case assessmentId', async () => {
    const assessmentId = newestAssessmentId(ctx.sandbox);

    const actual = await post({
      assessmentId: assessmentId.toUpperCase(),
      recipientEmail: 'x@example.org',
      customMessage: 'hi',
      tags: ['a'],
    });

    expect(actual.status).toBe(201);
    expect(actual.body.invite.assessmentId).toBe(assessmentId);
    expect(actual.body.invite).not.toHaveProperty('tags');
  });

  it("should increment the assessment's inviteCount and list the new invite first", async () => {
    const assessmentId = newestAssessmentId(ctx.sandbox);
    const before = (await api<AssessmentDetail>(ctx.sandbox, `/assessments/${assessmentId}`)).body.inviteCount;
    ctx.clock.advance(DAY_MS * 400);

    const created = await post({ assessmentId, recipientEmail: 'new.person@example.com' });
    const after = (await api<AssessmentDetail>(ctx.sandbox, `/assessments/${assessmentId}`)).body.inviteCount;
    const listed = await api<InvitePage>(ctx.sandbox, '/invites?limit=1');

    expect(after).toBe(before + 1);
    expect(listed.body.invites[0]).toEqual(created.body.invite);
    expect(listed.body.pagination?.total).toBe(41);
  });

  it('should give created invites the same ids after every reset', async () => {
    const body = { assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'same@example.com' };
    const first = await post(body);
    ctx.sandbox.state.reset();

    const second = await post(body);

    expect(second.body.invite.id).toBe(first.body.invite.id);
    expect(first.body.invite.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  const validBody = () => ({ assessmentId: newestAssessmentId(ctx.sandbox), recipientEmail: 'valid@example.com' });

  it.each([
    { name: 'invalid JSON', body: () => '{"assessmentId": ', error: 'Request body is not valid JSON' },
    { name: 'an empty body', body: () => '', error: 'Request body is required (a JSON object)' },
    { name: 'a JSON array', body: () => '[]', error: 'Request body must be a JSON object' },
    { name: 'JSON null', body: () => 'null', error: 'Request body must be a JSON object' },
    {
      name: 'a missing assessmentId',
      body: () => ({ recipientEmail: 'a@example.com' }),
      error: "Missing required field 'assessmentId'",
    },
    {
      name: 'a missing recipientEmail',
      body: () => ({ assessmentId: newestAssessmentId(ctx.sandbox) }),
      error: "Missing required field 'recipientEmail'",
    },
    {
      name: 'a non-UUID assessmentId',
      body: () => ({ ...validBody(), assessmentId: 'abc' }),
      error: "Invalid field 'assessmentId': must be a UUID",
    },
    {
      name: 'a numeric assessmentId',
      body: () => ({ ...validBody(), assessmentId: 5 }),
      error: "Invalid field 'assessmentId': must be a UUID",
    },
    {
      name: 'a malformed email',
      body: () => ({ ...validBody(), recipientEmail: 'not-an-email' }),
      error: "Invalid field 'recipientEmail': must be a valid email address",
    },
    {
      name: 'an email with spaces',
      body: () => ({ ...validBody(), recipientEmail: ' a@example.com' }),
      error: "Invalid field 'recipientEmail': must be a valid email address",
    },
    {
      name: 'an email over 254 characters',
      body: () => ({
        ...validBody(),
        recipientEmail: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.com`,
      }),
      error: "Invalid field 'recipientEmail': must be at most 254 characters",
    },
    {
      name: 'questionReplayLimit 0',
      body: () => ({ ...validBody(), questionReplayLimit: 0 }),
      error: "Invalid field 'questionReplayLimit': must be an integer ≥ 1",
    },
    {
      name: 'answerRecordLimit 1.5',
      body: () => ({ ...validBody(), answerRecordLimit: 1.5 }),
      error: "Invalid field 'answerRecordLimit': must be an integer ≥ 1",
    },
    {
      name: 'expiresInDays as a string',
      body: () => ({ ...validBody(), expiresInDays: '30' }),
      error: "Invalid field 'expiresInDays': must be an integer ≥ 1",
    },
    {
      name: 'expiresInDays null',
      body: () => ({ ...validBody(), expiresInDays: null }),
      error: "Invalid field 'expiresInDays': must be an integer ≥ 1",
    },
    {
      name: 'a non-boolean proctoring flag',
      body: () => ({ ...validBody(), proctoringSettings: { screenRecording: 'yes' } }),
      error: "Invalid field 'proctoringSettings.screenRecording': must be a boolean",
    },
    {
      name: 'proctoringSettings as an array',
      body: () => ({ ...validBody(), proctoringSettings: [] }),
      error: "Invalid field 'proctoringSettings': must be an object of booleans",
    },
    {
      name: 'a numeric recipientName',
      body: () => ({ ...validBody(), recipientName: 7 }),
      error: "Invalid field 'recipientName': must be a string or null",
    },
  ])('should answer 400 for $name and create nothing', async ({ body, error }) => {
    const actual = await post(body());

    expect(actual.status).toBe(400);
    expect(actual.body).toEqual({ error });
    expect(ctx.sandbox.state.invites).toHaveLength(40);
  });

  it.each([
    {
      name: 'an unknown assessment',
      key: 'live' as const,
      assessmentId: (): string => '00000000-0000-4000-8000-000000000000',
    },
    {
      name: "another org's assessment (empty org key)",
      key: 'empty' as const,
      assessmentId: (): string => newestAssessmentId(ctx.sandbox),
    },
  ])('should answer 404 for $name', async ({ key, assessmentId }) => {
    const actual = await post({ assessmentId: assessmentId(), recipientEmail: 'a@example.com' }, key);

    expect(actual.status).toBe(404);
    expect(actual.body).toEqual({ error: 'Assessment not found' });
  });

  it('should create a second pending invite by default: AlfaOne documents no 409 for it', async () => {
    const assessmentId = newestAssessmentId(ctx.sandbox);
    const first = await post({ assessmentId, recipientEmail: 'dup@example.com' });

    const second = await post({ assessmentId, recipientEmail: 'DUP@Example.COM' });

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(ctx.sandbox.state.invites).toHaveLength(42);
  });

  it('should answer 409 for a second pending invite, whatever the email case, with the option on', async () => {
    ctx.sandbox.state.mode.conflictOnDuplicatePending = true;
    const assessmentId = newestAssessmentId(ctx.sandbox);
    const first = await post({ assessmentId, recipientEmail: 'dup@example.com' });

    const second = await post({ assessmentId, recipientEmail: 'DUP@Example.COM' });

    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body).toEqual(DUPLICATE);
    expect(ctx.sandbox.state.invites).toHaveLength(41);
  });

  it('should answer 409 against a seeded pending invite stored in mixed case, with the option on', async () => {
    ctx.sandbox.state.mode.conflictOnDuplicatePending = true;
    const seeded = ctx.sandbox.state.invites.find((i) => i.recipientEmail === MIXED_CASE_RECIPIENT.email);

    const actual = await post({
      assessmentId: seeded?.assessmentId,
      recipientEmail: MIXED_CASE_RECIPIENT.email.toLowerCase(),
    });

    expect(seeded?.status).toBe('pending');
    expect(actual.status).toBe(409);
  });

  it('should allow the same email on a different assessment', async () => {
    const [a, b] = ctx.sandbox.state.assessments;
    await post({ assessmentId: a?.id, recipientEmail: 'twice@example.com' });

    const actual = await post({ assessmentId: b?.id, recipientEmail: 'twice@example.com' });

    expect(actual.status).toBe(201);
  });

  it('should not let a seeded expired and revoked history block a new invite', async () => {
    const history = ctx.sandbox.state.invites.filter((i) => i.recipientEmail === HISTORY_RECIPIENT.email);

    const actual = await post({ assessmentId: history[0]?.assessmentId, recipientEmail: HISTORY_RECIPIENT.email });

    expect(history.map((i) => i.status).sort()).toEqual(['expired', 'revoked']);
    expect(actual.status).toBe(201);
  });

  it.each(['revoked', 'expired', 'completed'] as const)(
    'should allow a new invite once the pending one is %s',
    async (status) => {
      const assessmentId = newestAssessmentId(ctx.sandbox);
      const first = await post({ assessmentId, recipientEmail: 'again@example.com' });
      await control(ctx.sandbox, `/invites/${first.body.invite.id}/status`, 'POST', { status });

      const second = await post({ assessmentId, recipientEmail: 'Again@example.com' });

      expect(second.status).toBe(201);
      expect(
        (await allInvites(ctx.sandbox)).filter((i) => i.recipientEmail.toLowerCase() === 'again@example.com'),
      ).toHaveLength(2);
    },
  );
});
