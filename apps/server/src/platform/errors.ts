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

/** Values a message code is filled with (numbers, names, keys of built-in things). */
export type MessageParams = Record<string, string | number | boolean | null>;

/**
 * One failing input field: `path` is the JSON path as an array (e.g. ['contacts', 0, 'email']). `code` and
 * `params` are what a client renders in its reader's language (the web's `errors.field.<code>`); `message`
 * stays the English text for API clients.
 */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
  params?: MessageParams;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown> | undefined;
  /** A stable code for this particular message (the web's `errors.detail.<detailCode>`), with its params. */
  readonly detailCode: string | undefined;
  readonly params: MessageParams | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    opts: {
      issues?: FieldIssue[];
      details?: Record<string, unknown>;
      detailCode?: string;
      params?: MessageParams;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = opts.issues ?? [];
    this.details = opts.details;
    this.detailCode = opts.detailCode;
    this.params = opts.params;
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (
  message = 'You do not have permission to do this',
  detailCode?: string,
  params?: MessageParams,
) => new DomainError('forbidden', message, detailCode ? { detailCode, params: params ?? {} } : {});
export const invalid = (path: (string | number)[], message: string, code?: string, params?: MessageParams) =>
  new DomainError('validation', message, {
    issues: [{ path, message, ...(code ? { code } : {}), ...(params ? { params } : {}) }],
  });

/** The scalar details of an error, as the params of its message code. */
const paramsOf = (details: Record<string, unknown> | undefined): MessageParams =>
  Object.fromEntries(
    Object.entries(details ?? {}).filter(
      (e): e is [string, string | number | boolean | null] => e[1] === null || typeof e[1] !== 'object',
    ),
  );
const withCode = (details: Record<string, unknown> | undefined, detailCode: string | undefined) => ({
  ...(details ? { details } : {}),
  ...(detailCode ? { detailCode, params: paramsOf(details) } : {}),
});
export const conflict = (message: string, details?: Record<string, unknown>, detailCode?: string) =>
  new DomainError('conflict', message, withCode(details, detailCode));
export const invalidState = (message: string, details?: Record<string, unknown>, detailCode?: string) =>
  new DomainError('invalid_state', message, withCode(details, detailCode));
