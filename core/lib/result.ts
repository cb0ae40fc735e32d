/** The one success/error shape every cross-context reply uses. */
export type ErrorCode =
  | 'invalid-message'
  | 'invalid-reply'
  | 'unknown-stream'
  | 'storage-failed'
  | 'estimator-failed'
  | 'unreachable'
  | 'internal-error';

export type Failure = { ok: false; error: { code: ErrorCode; message: string } };
export type Result<T> = { ok: true; data: T } | Failure;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Failure => ({
  ok: false,
  error: { code, message },
});

/** Turns a thrown value into a Failure without losing its message. */
export const failFrom = (code: ErrorCode, error: unknown): Failure =>
  fail(code, error instanceof Error ? error.message : String(error));
