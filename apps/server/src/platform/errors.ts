/**
 * Typed domain errors. Services throw these; the HTTP edge (http-errors.ts)
 * maps each code to one status and an RFC 9457 problem document. Services
 * never throw HTTP errors themselves.
 */
export const errorCodes = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'duplicate',
  'precondition_failed',
  'precondition_required',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'invalid_state',
  'unavailable',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One failing input field: `path` is the JSON path as an array (e.g. ['contacts', 0, 'email']). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { issues?: FieldIssue[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = opts.issues ?? [];
    this.details = opts.details;
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (message = 'You do not have permission to do this') =>
  new DomainError('forbidden', message);
export const invalid = (path: (string | number)[], message: string, code?: string) =>
  new DomainError('validation', message, { issues: [{ path, message, ...(code ? { code } : {}) }] });
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('conflict', message, details ? { details } : {});
export const invalidState = (message: string, details?: Record<string, unknown>) =>
  new DomainError('invalid_state', message, details ? { details } : {});
