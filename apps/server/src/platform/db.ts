/**
 * The database client: one pg Pool wrapped by drizzle. `Db` is what repos
 * receive; inside `db.transaction(tx => ...)` they receive a `Tx`, which has
 * the same query API, so a repo function accepts either (`DbOrTx`).
 */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../db/schema/index.js';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema> & { $client: pg.Pool };
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

// Return int8/numeric as strings (exact), timestamps as Date (pg default).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);

export interface PoolOptions {
  /** Connections at most (DB_POOL_SIZE for the server). */
  max?: number;
  /**
   * The longest a query waits for a free connection (or for a new one to open) before it fails
   * with pg-pool's timeout error, which isDatabaseUnavailable counts, so 503 + Retry-After: under overload a
   * request gives up after a bound instead of queueing in memory without end.
   */
  waitMs?: number;
  /** PostgreSQL statement_timeout per connection; 0 or absent = none (CLI tools, migrations, tests). */
  statementTimeoutMs?: number;
}

export function createDb(connectionString: string, opts: PoolOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: opts.waitMs ?? 10_000,
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    application_name: 'aftercare',
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return drizzle(pool, { schema }) as Db;
}

/** True when the database answers a trivial query within the timeout. */
export async function pingDb(db: Db, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$client.query('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown: another backend crashed
  '57P03', // cannot_connect_now: starting up or in recovery
]);
const unreachableMessages =
  /Connection terminated|timeout exceeded when trying to connect|connection error|is not queryable|Connection closed/i;

/**
 * True when `err` (or what it wraps) says the database cannot be reached right
 * now rather than that the request was wrong: refused or dropped connections,
 * SQLSTATE class 08 and 57P01-03, pool connect timeouts. Such a failure is a
 * 503 worth retrying, not a 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (unreachableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (typeof e.message === 'string' && unreachableMessages.test(e.message)) return true;
    // AggregateError (a connect to several addresses) carries its reasons in `errors`.
    const inner = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}

/** The PostgreSQL error behind `err` (pg's own, or the cause drizzle wraps it in). */
function pgErrorOf(err: unknown): { code?: string; constraint?: string } | undefined {
  const e = err as
    | { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } }
    | undefined;
  return e?.code ? e : e?.cause;
}

/** True for PostgreSQL's foreign_key_violation (23503). */
export function isForeignKeyViolation(err: unknown): boolean {
  return pgErrorOf(err)?.code === '23503';
}

/** True when the unique index `constraint` refused a row (a concurrent insert won the race a pre-check lost). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const pg = pgErrorOf(err);
  return pg?.code === '23505' && pg.constraint === constraint;
}
