/**
 * Process configuration from the environment, validated once at start.
 * A bad value is reported as one clear line and the process exits 1.
 */
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
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(64),
  MAX_QUEUE: z.coerce.number().int().min(0).max(100_000).default(256),
  QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(2_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(700),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(200),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(20),
  DB_POOL_WAIT_MS: z.coerce.number().int().min(1).max(120_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
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
  webDist: string | undefined;
}

export class ConfigError extends Error {}

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
    maxInFlight: c.MAX_IN_FLIGHT,
    maxQueue: c.MAX_QUEUE,
    queueTimeoutMs: c.QUEUE_TIMEOUT_MS,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    rateLimitWritesPerMinute: c.RATE_LIMIT_WRITES_PER_MINUTE,
    dbPoolSize: c.DB_POOL_SIZE,
    dbPoolWaitMs: c.DB_POOL_WAIT_MS,
    dbStatementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
    webDist: c.WEB_DIST,
  };
}
