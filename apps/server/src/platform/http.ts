/** Request-level helpers shared by every module's routes. */
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './access.js';
import type { Config } from './config.js';
import { DomainError } from './errors.js';

export const SESSION_COOKIE = 'aftercare_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Route reachable without authentication. */
    public?: boolean;
  }
}

/** The authenticated actor; routes are authenticated by the global hook, so this only guards mistakes. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('unauthenticated', 'Authentication required');
  return req.actor;
}

export function requestInfo(req: FastifyRequest) {
  return {
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    requestId: String(req.id),
  };
}

export function sessionCookieOptions(
  req: FastifyRequest,
  config: Config,
  expires: Date,
): CookieSerializeOptions {
  const secure = config.cookieSecure === 'auto' ? req.protocol === 'https' : config.cookieSecure === '1';
  return { path: '/', httpOnly: true, sameSite: 'lax', secure, expires };
}

/**
 * Reads `If-Match` as a record version. Accepts `"3"`, `W/"3"` and `3`.
 * Returns undefined when absent so callers decide whether it is required.
 */
export function ifMatchVersion(req: FastifyRequest): number | undefined {
  const raw = req.headers['if-match'];
  if (raw === undefined) return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(String(raw).trim());
  if (!m) {
    throw new DomainError('validation', 'If-Match must be the record version, e.g. "3"', {
      issues: [{ path: ['headers', 'if-match'], message: 'Expected a version number' }],
    });
  }
  return Number(m[1]);
}

export const etagOf = (version: number) => `"${version}"`;
