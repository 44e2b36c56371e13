import { z } from 'zod';
import { INVITE_STATUSES } from './types';

/** Zod schemas for /api/v1 input, with messages that name the offending parameter or field. */

function intParam(min: number, max: number, message: string) {
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int(message).min(min, message).max(max, message));
}

const page = intParam(1, Number.MAX_SAFE_INTEGER, 'must be an integer ≥ 1').default(1);
const limit = intParam(1, 100, 'must be an integer from 1 to 100').default(20);
const order = z.enum(['asc', 'desc'], 'must be "asc" or "desc"').default('desc');
const uuid = z.guid('must be a UUID');
const status = z.enum(INVITE_STATUSES, `must be one of: ${INVITE_STATUSES.join(', ')}`);

export const ASSESSMENT_SORTS = ['created_at', 'updated_at', 'name'] as const;
export const INVITE_SORTS = ['sent_at', 'status', 'expires_at'] as const;

export const listAssessmentsQuery = z.object({
  page,
  limit,
  sort: z.enum(ASSESSMENT_SORTS, `must be one of: ${ASSESSMENT_SORTS.join(', ')}`).default('created_at'),
  order,
});

/** The old docs' invite filters; legacy mode knows nothing else. */
export const inviteFiltersQuery = z.object({
  assessmentId: uuid.optional(),
  status: status.optional(),
});

export const listInvitesQuery = inviteFiltersQuery.extend({
  page,
  limit,
  sort: z.enum(INVITE_SORTS, `must be one of: ${INVITE_SORTS.join(', ')}`).default('sent_at'),
  order,
});

export const idParam = uuid;

const positiveInt = z.number('must be an integer ≥ 1').int('must be an integer ≥ 1').min(1, 'must be an integer ≥ 1');
const flag = z.boolean('must be a boolean').optional();

/** POST /invites. Unknown fields are stripped, as the real API ignores them. */
export const createInviteBody = z.object({
  assessmentId: uuid,
  recipientEmail: z.email('must be a valid email address').max(254, 'must be at most 254 characters'),
  // Undocumented but shown on output (§5.4); accepted so a client may send it.
  recipientName: z.string('must be a string or null').max(256, 'must be at most 256 characters').nullable().optional(),
  questionReplayLimit: positiveInt.default(1),
  answerRecordLimit: positiveInt.default(1),
  // No maximum is documented; the cap only keeps dates representable.
  expiresInDays: positiveInt.max(1_000_000, 'must be an integer from 1 to 1000000').default(30),
  proctoringSettings: z
    .object({ screenRecording: flag, webcamMonitoring: flag, requireIdCapture: flag }, 'must be an object of booleans')
    .optional(),
});

export type CreateInviteInput = z.output<typeof createInviteBody>;

type Source = 'query parameter' | 'field';

/** One sentence for the first issue, e.g. "Invalid query parameter 'limit': must be an integer from 1 to 100". */
export function describeIssue(error: z.ZodError, source: Source): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid request';
  const name = issue.path.join('.');
  if (name === '') return `Invalid request: ${issue.message}`;
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  if (missing) return `Missing required ${source} '${name}'`;
  return `Invalid ${source} '${name}': ${issue.message}`;
}

/** safeParse that keeps each issue's input, which describeIssue needs to tell "missing" from "wrong". */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(data, { reportInput: true });
}
