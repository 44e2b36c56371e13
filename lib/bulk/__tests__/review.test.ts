import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Invite } from '@/lib/api/schemas';
import { parseCandidatesText } from '../parse-text';
import { countRun, estimateMsLeft } from '../progress';
import { resultsToCsv } from '../results-csv';
import { addressesToCheck, countToSend, reviewList, toRunLines } from '../review';
import { bulkRunSchema, startBulkRunSchema, type BulkRun } from '../run-schema';

const invite = {
  id: 'i1',
  status: 'started',
  sentAt: '2026-11-30T10:00:00Z',
  recipientEmail: 'old@example.com',
} as Invite;
const list = parseCandidatesText(
  ['a@example.com', 'Bee <b@example.com>', 'A@Example.com', 'nope', 'old@example.com'].join('\n'),
);
const live = new Map([['old@example.com', [invite]]]);
const ASSESSMENT = '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8';
const OPTIONS = {
  questionReplayLimit: 1,
  answerRecordLimit: 1,
  expiresInDays: 30,
  proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: true },
};

describe('review', () => {
  it('should mark each line: new, repeated, invalid, already invited', () => {
    const actual = reviewList(list.lines, live).map((i) => i.verdict.kind);
    expect(actual).toEqual(['new', 'new', 'repeated', 'invalid', 'already-invited']);
    expect(addressesToCheck(list.lines)).toEqual(['a@example.com', 'b@example.com', 'old@example.com']);
  });

  it('should count only new people, plus already invited ones chosen one by one', () => {
    const items = reviewList(list.lines, live);
    expect(countToSend(items, new Set())).toBe(2);
    expect(countToSend(items, new Set([5]))).toBe(3);
    expect(toRunLines(items, new Set([5])).map((l) => l.action)).toEqual(['send', 'send', 'skip', 'skip', 'resend']);
  });

  it('should build a start request the background accepts, and refuse one with an invalid line to send', () => {
    const lines = toRunLines(reviewList(list.lines, live), new Set());
    expect(startBulkRunSchema.safeParse({ assessmentId: ASSESSMENT, options: OPTIONS, lines }).success).toBe(true);
    const forged = [{ line: 1, text: 'x', email: 'not an address', action: 'send' }];
    expect(startBulkRunSchema.safeParse({ assessmentId: ASSESSMENT, options: OPTIONS, lines: forged }).success).toBe(
      false,
    );
    const markup = [{ line: 1, text: 'x', email: 'a@example.com', name: '<b>x</b>', action: 'send' }];
    expect(startBulkRunSchema.safeParse({ assessmentId: ASSESSMENT, options: OPTIONS, lines: markup }).success).toBe(
      false,
    );
  });
});

describe('a run', () => {
  const run: BulkRun = {
    id: '1b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8',
    assessmentId: ASSESSMENT,
    options: OPTIONS,
    status: 'running',
    createdAt: 0,
    lines: [
      {
        line: 1,
        text: 'a',
        email: 'a@example.com',
        action: 'send',
        state: 'sent',
        expiresAt: '2026-12-30T00:00:00Z',
        finishedAt: 1_000,
      },
      {
        line: 2,
        text: 'b',
        email: '=cmd@example.com',
        name: '=HYPERLINK("x")',
        action: 'send',
        state: 'failed',
        note: 'Bad',
        finishedAt: 2_000,
      },
      { line: 3, text: 'c', email: 'c@example.com', action: 'send', state: 'sent', finishedAt: 3_000 },
      { line: 4, text: 'd', email: 'd@example.com', action: 'send', state: 'pending' },
      { line: 5, text: 'nope', action: 'skip', state: 'skipped', note: 'Invalid' },
    ],
  };

  it('should be read back by its schema', () => {
    expect(bulkRunSchema.parse(run)).toEqual(run);
    expect(bulkRunSchema.safeParse({ ...run, extra: 1 }).success).toBe(false);
  });

  it('should count and estimate from the pace so far', () => {
    expect(countRun(run)).toEqual({
      total: 4,
      done: 3,
      sent: 2,
      failed: 1,
      alreadyInvited: 0,
      cancelled: 0,
      skipped: 1,
    });
    expect(estimateMsLeft(run, 4_000, 100)).toBe(1_000);
    expect(estimateMsLeft({ ...run, status: 'paused' }, 4_000, 100)).toBeUndefined();
  });

  it('should save results as CSV with every line and no formula', () => {
    const rows = Papa.parse<string[]>(resultsToCsv(run)).data;
    expect(rows[0]).toEqual(['line', 'email', 'name', 'result', 'expires', 'note']);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual(['2', "'=cmd@example.com", `'=HYPERLINK("x")`, 'failed', '', 'Bad']);
    expect(rows[5]![3]).toBe('skipped');
  });
});
