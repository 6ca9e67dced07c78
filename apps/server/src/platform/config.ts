/**
 * Process configuration from the environment, validated once at start.
 * A bad value is reported as one clear line and the process exits 1.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  DEMO_DATA: z.enum(['0', '1']).default('1'),
  /** 0 turns off this process's background job runner (SLA timers, scheduled scans); another process may run them. */
  JOBS: z.enum(['0', '1']).default('1'),
  /**
   * Which proxies may set X-Forwarded-For (client address for throttling and the audit log). Off by default:
   * anyone could forge the header. A hop count, 'all', or addresses / CIDRs (Fastify's trustProxy).
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('0')
    .transform((raw, ctx) => {
      const parsed = parseTrustProxy(raw);
      if (parsed === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: "must be 0, a hop count, 'all', or a comma list of addresses/CIDRs (or loopback)",
        });
        return z.NEVER;
      }
      return parsed;
    }),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(8 * 60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(7 * 24),
  COOKIE_SECURE: z.enum(['0', '1', 'auto']).default('auto'),
  // Load limits (admission control, rate limits, database pool): README's configuration table says why each.
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(32),
  MAX_QUEUE: z.coerce.number().int().min(0).max(100_000).default(128),
  QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(1_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(700),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(200),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(20),
  DB_POOL_WAIT_MS: z.coerce.number().int().min(1).max(120_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** Age after which a DATA_DIR lock whose owner cannot be checked counts as abandoned (a dead owner's lock is taken at once). */
  DATA_DIR_LOCK_STALE_MS: z.coerce.number().int().min(2_000).max(3_600_000).default(20_000),
  WEB_DIST: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: (typeof logLevels)[number];
  demoData: boolean;
  /** Whether this process runs background jobs (JOBS=1, the default). */
  jobs: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Fastify trustProxy: false (ignore X-Forwarded-For), a hop count, true (every hop) or trusted addresses. */
  trustProxy: TrustProxy;
  cookieSecure: '0' | '1' | 'auto';
  /** Admission control per process: requests running at once, waiting beyond that, and how long one may wait. */
  maxInFlight: number;
  maxQueue: number;
  queueTimeoutMs: number;
  /** Token-bucket limits per user session or API token; 0 turns a limit off. */
  rateLimitPerMinute: number;
  rateLimitWritesPerMinute: number;
  /** Connections in this process's pool, the longest wait for one, and the per-statement bound (0 = none). */
  dbPoolSize: number;
  dbPoolWaitMs: number;
  dbStatementTimeoutMs: number;
  dataDirLockStaleMs: number;
  webDist: string | undefined;
}

export class ConfigError extends Error {}

export type TrustProxy = boolean | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(item: string): boolean {
  if (PROXY_NAMES.has(item)) return true;
  const [address = '', prefix, extra] = item.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The value for Fastify's trustProxy; a hop count becomes "trust the n nearest hops", as proxy-addr does. */
export function trustProxyOption(
  t: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof t === 'number' ? (_address, hop) => hop < t : t;
}

/** TRUST_PROXY: '0'/'false' off, a hop count (1 = one reverse proxy in front), 'all'/'true', or a list. */
export function parseTrustProxy(raw: string): TrustProxy | undefined {
  const v = raw.toLowerCase();
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === 'all' || v === 'true') return true;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const items = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 && items.every(isAddressOrCidr) ? items : undefined;
}

/** Parses the environment; throws ConfigError with one readable line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    logLevel: c.LOG_LEVEL,
    demoData: c.DEMO_DATA === '1',
    jobs: c.JOBS === '1',
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    sessionMaxHours: c.SESSION_MAX_HOURS,
    cookieSecure: c.COOKIE_SECURE,
    trustProxy: c.TRUST_PROXY,
    maxInFlight: c.MAX_IN_FLIGHT,
    maxQueue: c.MAX_QUEUE,
    queueTimeoutMs: c.QUEUE_TIMEOUT_MS,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    rateLimitWritesPerMinute: c.RATE_LIMIT_WRITES_PER_MINUTE,
    dbPoolSize: c.DB_POOL_SIZE,
    dbPoolWaitMs: c.DB_POOL_WAIT_MS,
    dbStatementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
    dataDirLockStaleMs: c.DATA_DIR_LOCK_STALE_MS,
    webDist: c.WEB_DIST,
  };
}
