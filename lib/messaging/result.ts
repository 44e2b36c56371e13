import type { ErrorInfo } from '@/lib/api/errors';

/** Expected failures are values: class identity does not survive messaging (house style 2.2 #2). */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorInfo };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: ErrorInfo): Result<never> => ({ ok: false, error });
