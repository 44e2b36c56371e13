import { z } from 'zod';
import { errorInfoSchema } from '@/lib/api/error-info-schema';

// What may be known about the keys outside the background: never more than their last 4 characters (SEC-5).
// Pages import the types only, so zod stays out of their bundles.

const modeSchema = z.enum(['live', 'test']);

/** A saved key that is not in force (docs/product.md, Keys): what the options page and the popup's switch show. */
export const otherKeySchema = z.strictObject({
  mode: modeSchema,
  last4: z.string().max(4),
  /** `needs-attention`: AlfaOne refused it; switching to it shows the fix, and nothing is sent with it. */
  state: z.enum(['connected', 'needs-attention']),
  problem: errorInfoSchema.optional(),
  verifiedAt: z.number().optional(),
});

/** The key in force, and the other environment's key when one is saved too. */
export const keyStatusSchema = z.strictObject({
  configured: z.boolean(),
  mode: modeSchema.optional(),
  last4: z.string().max(4).optional(),
  /** `needs-attention`: AlfaOne refused the key; no call is made with it until it is replaced. */
  state: z.enum(['none', 'connected', 'needs-attention']),
  problem: errorInfoSchema.optional(),
  verifiedAt: z.number().optional(),
  other: otherKeySchema.optional(),
});

export type KeyStatus = z.infer<typeof keyStatusSchema>;
export type OtherKey = z.infer<typeof otherKeySchema>;
