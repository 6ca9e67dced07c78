/**
 * The one mapping from errors to HTTP: RFC 9457 `application/problem+json`
 * with the failing field paths. Domain errors carry a code; framework errors
 * (bad JSON, body too large, schema validation) are translated here too.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from './db.js';
import { DomainError, type ErrorCode, type FieldIssue, type MessageParams } from './errors.js';

/** What a 503 for an unreachable database asks clients to wait: about one restart of the embedded cluster. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  invalid_state: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  precondition_required: 428,
  rate_limited: 429,
  unavailable: 503,
};

const titleOf: Record<ErrorCode, string> = {
  validation: 'Invalid request',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  duplicate: 'Duplicate',
  invalid_state: 'Invalid state',
  precondition_failed: 'Precondition failed',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  precondition_required: 'Precondition required',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode | 'internal';
  instance?: string;
  requestId?: string;
  errors?: FieldIssue[];
  [extra: string]: unknown;
}

function pathOf(instancePath: string, context: string | undefined): (string | number)[] {
  const segments = instancePath
    .split('/')
    .filter(Boolean)
    .map((s) => {
      const unescaped = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(unescaped) ? Number(unescaped) : unescaped;
    });
  return context ? [context, ...segments] : segments;
}

interface PgError {
  code: string;
  constraint?: string;
  detail?: string;
}

/** The PostgreSQL error behind `err`: pg's own, or the cause drizzle wraps it in. */
function pgErrorOf(err: unknown): PgError | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 3; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e as PgError;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** `Key (lower(username::text))=(x) already exists.` → ['body', 'username']; the last column of a composite key. */
function uniqueFieldPath(pg: PgError): (string | number)[] {
  const cols = /^Key \((.*)\)=\(/.exec(pg.detail ?? '')?.[1];
  const last = cols
    ?.replace(/\b\w+\(|::\w+|\)/g, '')
    .split(/,\s*/)
    .pop()
    ?.trim();
  if (!last || !/^[a-z_][a-z0-9_]*$/.test(last)) return ['body'];
  return ['body', last.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())];
}

/**
 * PostgreSQL errors bad input can still reach. A unique violation is a lost race between two creates (the
 * pre-check of both saw no row): 409 for every module, here, once. The data exceptions (class 22) and too-deep
 * input (54000) are a safety net: the edge (input-guard.ts, fields.ts) refuses such input first, so reaching
 * this is a gap to close at its root, and it is logged as one.
 */
function databaseProblem(
  err: unknown,
): { code: ErrorCode; detail: string; errors: FieldIssue[]; safetyNet: boolean } | undefined {
  const pg = pgErrorOf(err);
  if (!pg) return undefined;
  if (pg.code === '23505') {
    const path = uniqueFieldPath(pg);
    const message = 'A record with this value already exists';
    return {
      code: 'duplicate',
      detail: message,
      errors: [{ path, message, code: 'duplicate' }],
      safetyNet: false,
    };
  }
  if (pg.code === '23503' && /still referenced/.test(pg.detail ?? '')) {
    return { code: 'conflict', detail: 'The record is still in use', errors: [], safetyNet: true };
  }
  if (pg.code.startsWith('22') || pg.code === '54000' || pg.code === '23503' || pg.code === '23514') {
    const message = 'A value is outside what can be stored';
    return {
      code: 'validation',
      detail: message,
      errors: [{ path: ['body'], message, code: 'out_of_range' }],
      safetyNet: true,
    };
  }
  return undefined;
}

/** True when the problem came from the database safety net rather than an edge check (worth a log line). */
export function isDatabaseSafetyNet(err: unknown): boolean {
  return databaseProblem(err)?.safetyNet === true;
}

/** The parts of a zod issue a reader's message needs ("at least {{minimum}}"); never the input itself. */
function zodParams(params: unknown): MessageParams {
  const out: MessageParams = {};
  if (!params || typeof params !== 'object') return out;
  for (const key of ['origin', 'minimum', 'maximum', 'expected', 'format', 'inclusive', 'divisor'] as const) {
    const v = (params as Record<string, unknown>)[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
    else if (typeof v === 'bigint') out[key] = Number(v);
  }
  return out;
}

/** Turns any thrown value into a problem document. */
export function toProblem(err: unknown, req: FastifyRequest): Problem {
  const base = { instance: req.url, requestId: String(req.id) };
  if (err instanceof DomainError) {
    return {
      type: `urn:aftercare:problem:${err.code}`,
      title: titleOf[err.code],
      status: statusOf[err.code],
      detail: err.message,
      code: err.code,
      ...(err.detailCode ? { detailCode: err.detailCode, params: err.params ?? {} } : {}),
      ...base,
      ...(err.issues.length ? { errors: err.issues } : {}),
      ...(err.details ?? {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = (err as { validationContext?: string }).validationContext;
    const errors = err.validation.map((v) => {
      const params = v.params as { keys?: string[] } | undefined;
      const path = pathOf(v.instancePath, context);
      // zod reports unknown keys on the parent object; point at the key instead.
      if (v.keyword === 'unrecognized_keys' && params?.keys?.length) {
        return {
          path: [...path, params.keys[0] as string],
          message: v.message ?? 'Unknown field',
          code: v.keyword,
        };
      }
      return { path, message: v.message ?? 'Invalid value', code: v.keyword, params: zodParams(v.params) };
    });
    return {
      type: 'urn:aftercare:problem:validation',
      title: titleOf.validation,
      status: 400,
      detail: errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '),
      code: 'validation',
      errors,
      ...base,
    };
  }
  const pgProblem = databaseProblem(err);
  if (pgProblem) {
    return {
      type: `urn:aftercare:problem:${pgProblem.code}`,
      title: titleOf[pgProblem.code],
      status: statusOf[pgProblem.code],
      detail: pgProblem.detail,
      code: pgProblem.code,
      ...(pgProblem.errors.length ? { errors: pgProblem.errors } : {}),
      ...base,
    };
  }
  if (isDatabaseUnavailable(err)) {
    // The database is down or restarting (embedded-supervisor.ts): worth retrying shortly, not a 500.
    return {
      type: 'urn:aftercare:problem:unavailable',
      title: titleOf.unavailable,
      status: 503,
      detail: 'The database is unavailable; retry shortly.',
      code: 'unavailable',
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      ...base,
    };
  }
  const fe = err as Partial<FastifyError>;
  const fastifyMap: Record<string, ErrorCode> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
    FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
    FST_FILES_LIMIT: 'payload_too_large',
    FST_PARTS_LIMIT: 'payload_too_large',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
    FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'validation',
    FST_ERR_CTP_INVALID_JSON_BODY: 'validation',
    FST_ERR_VALIDATION: 'validation',
  };
  // The multipart parser reports a truncated or malformed form as a bare Error: the client's body, not ours.
  const malformedMultipart =
    err instanceof Error &&
    !fe.code &&
    /unexpected end of multipart data|^Malformed part header|^Multipart: Boundary not found/i.test(
      err.message,
    );
  const mapped = fe.code ? fastifyMap[fe.code] : malformedMultipart ? 'validation' : undefined;
  if (
    mapped ||
    (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500 && !isResponseSerializationError(err))
  ) {
    const code: ErrorCode = mapped ?? (fe.statusCode === 404 ? 'not_found' : 'validation');
    const status = mapped ? statusOf[mapped] : (fe.statusCode ?? 400);
    return {
      type: `urn:aftercare:problem:${code}`,
      title: titleOf[code],
      status,
      detail: fe.message ?? titleOf[code],
      code,
      ...(code === 'validation'
        ? { errors: [{ path: ['body'], message: fe.message ?? 'Invalid body', code: 'invalid_body' }] }
        : {}),
      ...base,
    };
  }
  return {
    type: 'urn:aftercare:problem:internal',
    title: 'Internal server error',
    status: 500,
    detail: 'An unexpected error occurred; it has been logged with this request id.',
    code: 'internal',
    ...base,
  };
}

/** Sends a problem document; one that says when to retry (429, 503) carries it as `Retry-After` too. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (typeof problem.retryAfterSeconds === 'number')
    reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
