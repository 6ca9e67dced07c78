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
    webDist: c.WEB_DIST,
  };
}
