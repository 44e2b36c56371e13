import { z } from 'zod';
import { checkKeyFormat, keyMode, type KeyMode } from '@/lib/key/key-format';

// The saved keys (docs/product.md, Keys): at most one per environment, each under the environment its own prefix
// names, and which one is in force. This schema is the shape's one definition; a record that does not fit (a live
// key in the test slot, nothing in force) reads as no key at all (docs/security.md SEC-8).

const keyOf = (mode: KeyMode) =>
  z.string().refine((key) => {
    const format = checkKeyFormat(key);
    return format.ok && format.mode === mode && key === key.trim();
  });

export const savedKeysSchema = z
  .strictObject({
    inForce: z.enum(['live', 'test']),
    live: keyOf('live').optional(),
    test: keyOf('test').optional(),
  })
  .refine((keys) => keys[keys.inForce] !== undefined);

export type SavedKeys = z.infer<typeof savedKeysSchema>;

/** Version 1 kept a single key: it becomes the key of its environment, in force. */
export function migrateSingleKey(previous: unknown): unknown {
  if (typeof previous !== 'string') return previous ?? null;
  const mode = keyMode(previous);
  return { inForce: mode, [mode]: previous };
}
