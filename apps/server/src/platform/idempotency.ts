/**
 * Idempotent creates: a client that retries a POST with the same
 * `Idempotency-Key` gets the stored response instead of a second record.
 * The key row is written in the same transaction as the create, so a key
 * exists exactly when the record was committed.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { idempotencyKeys } from '../db/schema/identity.js';
import type { Db, Tx } from './db.js';
import { DomainError } from './errors.js';

/** JSON with object keys sorted, so the same body hashes the same whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Reads the `Idempotency-Key` header (1..200 visible characters), or undefined. */
export function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = String(raw).trim();
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new DomainError('validation', 'Idempotency-Key must be 1 to 200 visible ASCII characters', {
      issues: [{ path: ['headers', 'idempotency-key'], message: 'Invalid idempotency key' }],
    });
  }
  return key;
}

export interface IdempotentResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

class KeyTaken extends Error {}

/**
 * Runs `create` in a transaction, or replays the response stored for the
 * same key, user and route. The same key with a different body is a 409.
 */
export async function withIdempotency<T>(
  db: Db,
  opts: { key: string | undefined; userId: string; route: string; request: unknown; status: number },
  create: (tx: Tx) => Promise<T>,
): Promise<IdempotentResult<T>> {
  if (!opts.key) {
    const body = await db.transaction(create);
    return { status: opts.status, body, replayed: false };
  }
  const key = opts.key;
  const requestHash = createHash('sha256').update(canonical(opts.request)).digest('hex');
  const stored = async () => {
    const rows = await db
      .select()
      .from(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.userId, opts.userId),
          eq(idempotencyKeys.route, opts.route),
          eq(idempotencyKeys.key, key),
        ),
      )
      .limit(1);
    const row = rows[0];
    if (!row) return undefined;
    if (row.requestHash !== requestHash) {
      throw new DomainError('conflict', 'This Idempotency-Key was already used with a different request', {
        details: { reason: 'idempotency_key_reused' },
      });
    }
    return { status: row.statusCode, body: row.body as T, replayed: true };
  };
  const before = await stored();
  if (before) return before;
  try {
    const body = await db.transaction(async (tx) => {
      const result = await create(tx);
      // A concurrent request with the same key waits here and then finds the key taken.
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({
          key,
          userId: opts.userId,
          route: opts.route,
          requestHash,
          statusCode: opts.status,
          body: result,
        })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length === 0) throw new KeyTaken();
      return result;
    });
    return { status: opts.status, body, replayed: false };
  } catch (err) {
    if (!(err instanceof KeyTaken)) throw err;
    const after = await stored();
    if (!after) throw new DomainError('conflict', 'A request with this Idempotency-Key is in progress');
    return after;
  }
}
