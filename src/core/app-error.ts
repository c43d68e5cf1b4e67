// The one error type of Sirena: a stable code from the catalog, its HTTP status and a human message.
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './error-codes.js';

/** Every error answer, over HTTP: a stable code from the catalog, a message, and zod's issues where they help. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  }),
});

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: unknown };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: unknown;
  /** Seconds, sent as Retry-After with 429/503. */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, options: { issues?: unknown; retryAfter?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.issues = options.issues;
    this.retryAfter = options.retryAfter;
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.issues === undefined ? {} : { issues: this.issues }) },
    };
  }
}

/** One line per zod issue: where and what. */
export function describeZodIssues(issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[]) {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

/** An invalid_request AppError carrying zod's issues. */
export function invalidRequest(
  what: string,
  issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[],
): AppError {
  const described = describeZodIssues(issues);
  const first = described[0];
  const where = first ? `${first.path || '(root)'}: ${first.message}` : 'invalid';
  return new AppError('invalid_request', `${what} is invalid: ${where}`, { issues: described });
}
