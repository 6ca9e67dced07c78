/**
 * The one mapping from errors to HTTP: RFC 9457 `application/problem+json`
 * with the failing field paths. Domain errors carry a code; framework errors
 * (bad JSON, body too large, schema validation) are translated here too.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type FieldIssue } from './errors.js';

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
      return { path, message: v.message ?? 'Invalid value', code: v.keyword };
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
  const mapped = fe.code ? fastifyMap[fe.code] : undefined;
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
        ? { errors: [{ path: ['body'], message: fe.message ?? 'Invalid body' }] }
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

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
