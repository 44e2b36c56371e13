import { z } from 'zod';
import { ERROR_KINDS, type ErrorInfo } from './errors';

// The one schema of a stored error (an ErrorInfo): checked when the key status or the outbox is read back
// (docs/security.md SEC-8). Apart from errors.ts so zod stays out of the bundles that only throw.

export const errorInfoSchema = z.strictObject({
  kind: z.enum(ERROR_KINDS),
  message: z.string().max(500),
  action: z.string().max(500),
  status: z.number().int().optional(),
  retryAfterMs: z.number().optional(),
}) satisfies z.ZodType<ErrorInfo>;
