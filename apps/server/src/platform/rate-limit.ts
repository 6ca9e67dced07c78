/**
 * Rate limits per caller: a token bucket per user (cookie sessions, all of a
 * user's sessions share it) and per API token (each token its own bucket, so
 * an integration cannot starve its owner's browser). Every request takes one
 * token from the caller's bucket of RATE_LIMIT_PER_MINUTE; writes also take
 * one from a smaller bucket of RATE_LIMIT_WRITES_PER_MINUTE. A bucket holds a
 * minute's worth and refills continuously, so a short burst up to the limit
 * passes and a sustained rate above it is refused with 429 + Retry-After.
 *
 * Buckets live in this process's memory: N processes allow N× the limit
 * (docs/ARCHITECTURE.md). Anonymous requests (login) are throttled by the auth
 * module instead. Time comes from the injected clock.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './access.js';
import type { Clock } from './clock.js';
import { DomainError } from './errors.js';

export interface RateLimitOptions {
  /** Requests per minute per caller; 0 = no limit. */
  perMinute: number;
  /** Writes (POST, PUT, PATCH, DELETE) per minute per caller; 0 = no separate write limit. */
  writesPerMinute: number;
  clock: Clock;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix time (seconds) when the bucket is full again. */
  resetAt: number;
  /** Seconds until one request would pass; 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MINUTE_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RateLimiter {
  /** Takes one request for `key` (and one write when `write`); nothing is taken when refused. */
  take(key: string, write: boolean): RateDecision;
}

export function createRateLimiter(o: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, Bucket>();
  let lastSweep = o.clock.now().getTime();

  const refill = (key: string, limit: number, now: number): Bucket => {
    const b = buckets.get(key) ?? { tokens: limit, at: now };
    b.tokens = Math.min(limit, b.tokens + (Math.max(0, now - b.at) * limit) / MINUTE_MS);
    b.at = now;
    buckets.set(key, b);
    return b;
  };
  const describe = (b: Bucket, limit: number, now: number, allowed: boolean): RateDecision => {
    const msPerToken = MINUTE_MS / limit;
    return {
      allowed,
      limit,
      remaining: Math.floor(b.tokens),
      resetAt: Math.ceil((now + (limit - b.tokens) * msPerToken) / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(((1 - b.tokens) * msPerToken) / 1000)),
    };
  };
  // Callers that stopped calling leave full buckets behind: drop them once a minute so memory follows the
  // number of recent callers, not of all callers ever seen.
  const sweep = (now: number) => {
    if (now - lastSweep < MINUTE_MS) return;
    lastSweep = now;
    for (const [key, b] of buckets) {
      const limit = key.startsWith('w:') ? o.writesPerMinute : o.perMinute;
      if (b.tokens + ((now - b.at) * limit) / MINUTE_MS >= limit) buckets.delete(key);
    }
  };

  return {
    take(key, write) {
      const now = o.clock.now().getTime();
      sweep(now);
      const checks: { bucket: Bucket; limit: number }[] = [];
      if (o.perMinute > 0) checks.push({ bucket: refill(`a:${key}`, o.perMinute, now), limit: o.perMinute });
      if (write && o.writesPerMinute > 0)
        checks.push({ bucket: refill(`w:${key}`, o.writesPerMinute, now), limit: o.writesPerMinute });
      const refused = checks.find((c) => c.bucket.tokens < 1);
      if (refused) return describe(refused.bucket, refused.limit, now, false);
      for (const c of checks) c.bucket.tokens -= 1;
      // Report the bucket closest to refusing: for a write near its write limit that is the write bucket.
      const tightest = checks.reduce<(typeof checks)[number] | undefined>(
        (min, c) => (!min || c.bucket.tokens / c.limit < min.bucket.tokens / min.limit ? c : min),
        undefined,
      );
      return tightest
        ? describe(tightest.bucket, tightest.limit, now, true)
        : { allowed: true, limit: 0, remaining: 0, resetAt: 0, retryAfterSeconds: 0 };
    },
  };
}

/** The bucket a caller draws from: its API token, or its user for cookie sessions. */
export function rateLimitKey(actor: Actor): string | undefined {
  if (actor.via === 'token') return actor.tokenId ? `token:${actor.tokenId}` : `user:${actor.userId}`;
  if (actor.via === 'session') return `user:${actor.userId}`;
  return undefined;
}

/**
 * The onRequest hook enforcing the limits; add it after the authentication hook (it needs
 * `req.actor`). Every authenticated response carries X-RateLimit-Limit / -Remaining / -Reset; a
 * refused one is 429 `rate_limited` with Retry-After, before validation and the handler.
 */
export function rateLimitHook(
  o: RateLimitOptions,
): (req: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const limiter = createRateLimiter(o);
  return async (req, reply) => {
    const key = req.actor ? rateLimitKey(req.actor) : undefined;
    if (!key) return;
    const d = limiter.take(key, !SAFE_METHODS.has(req.method));
    if (d.limit === 0) return;
    reply.header('x-ratelimit-limit', String(d.limit));
    reply.header('x-ratelimit-remaining', String(d.remaining));
    reply.header('x-ratelimit-reset', String(d.resetAt));
    if (!d.allowed) {
      throw new DomainError(
        'rate_limited',
        `Rate limit of ${d.limit} requests per minute reached; retry after ${d.retryAfterSeconds} s`,
        {
          details: { retryAfterSeconds: d.retryAfterSeconds, limit: d.limit },
          detailCode: 'rate_limit_reached',
          params: { retryAfterSeconds: d.retryAfterSeconds, limit: d.limit },
        },
      );
    }
  };
}
