import { z } from 'zod';
import { errorInfoSchema } from '@/lib/api/error-info-schema';

// What may be known about the key outside the background: never more than its last 4 characters (SEC-5).
// Pages import the type only, so zod stays out of their bundles.

export const keyStatusSchema = z.strictObject({
  configured: z.boolean(),
  mode: z.enum(['live', 'test']).optional(),
  last4: z.string().max(4).optional(),
  /** `needs-attention`: AlfaOne refused the key; no call is made with it until it is replaced. */
  state: z.enum(['none', 'connected', 'needs-attention']),
  problem: errorInfoSchema.optional(),
  verifiedAt: z.number().optional(),
});

export type KeyStatus = z.infer<typeof keyStatusSchema>;
