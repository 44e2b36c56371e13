import type { ApiErrorInfo, ApiErrorKind } from '@/lib/api/errors';

/** Failures that come from the extension itself rather than from AlfaOne. */
export type LocalErrorKind = 'forbidden' | 'invalid-input' | 'key-needs-attention' | 'permission-missing' | 'storage-unprotected';

export interface ResultError extends Omit<ApiErrorInfo, 'kind'> {
  kind: ApiErrorKind | LocalErrorKind;
}

/** Expected failures are values: class identity does not survive messaging (house style 2.2 #2). */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ResultError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: ResultError): Result<never> => ({ ok: false, error });
