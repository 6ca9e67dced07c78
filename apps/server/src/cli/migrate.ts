/**
 * `npm run migrate`: applies the committed migrations to DATABASE_URL, or to
 * the embedded cluster in DATA_DIR (taking the same lock the server takes, so
 * it refuses while a server runs there — the server migrates at start anyway).
 */
import { ConfigError, loadConfig } from '../platform/config.js';
import { DataDirLockedError, lockDataDir } from '../platform/data-dir-lock.js';
import { DataDirUnreachableError, EmbeddedDbStartError, startEmbeddedDb } from '../platform/embedded-db.js';
import { createLogger } from '../platform/logger.js';
import { runMigrations } from '../platform/migrate.js';

async function main() {
  const config = loadConfig();
  if (config.databaseUrl) {
    await runMigrations(config.databaseUrl);
    console.log('migrations applied to DATABASE_URL');
    return;
  }
  const unlock = await lockDataDir(config.dataDir, {
    staleMs: config.dataDirLockStaleMs,
    log: createLogger(config.logLevel),
  });
  const embedded = await startEmbeddedDb(config.dataDir);
  try {
    await runMigrations(embedded.url);
    console.log(`migrations applied to the embedded database in ${config.dataDir}`);
  } finally {
    await embedded.stop();
    await unlock();
  }
}

main().catch((err) => {
  const expected =
    err instanceof ConfigError ||
    err instanceof DataDirLockedError ||
    err instanceof DataDirUnreachableError ||
    err instanceof EmbeddedDbStartError;
  console.error(expected ? err.message : err);
  process.exit(1);
});
