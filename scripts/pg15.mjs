#!/usr/bin/env node
/**
 * Runs the service tests against Debian's PostgreSQL 15 (the oldest version we
 * support for DATABASE_URL) instead of the embedded one:
 *
 *   node scripts/pg15.mjs [extra vitest args]
 *
 * Installs postgresql-15 with apt-get when missing, creates a throw-away
 * cluster in a temp dir owned by the `postgres` OS user (PostgreSQL refuses to
 * run as root), starts it on a free loopback port, runs vitest with
 * TEST_DATABASE_URL pointing at it, and always stops and removes the cluster.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './lib/apt.mjs';
import { bin, freePort, run, runSync } from './lib/proc.mjs';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** uid/gid to run PostgreSQL as: the `postgres` user when we are root, else ourselves. */
function pgOwner() {
  if (!isRoot) return {};
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) {
    runSync('useradd', [
      '--system',
      '--user-group',
      '--home-dir',
      '/var/lib/postgresql',
      '--shell',
      '/bin/sh',
      'postgres',
    ]);
  }
  const uid = Number(runSync('id', ['-u', 'postgres']).trim());
  const gid = Number(runSync('id', ['-g', 'postgres']).trim());
  return { uid, gid };
}

/**
 * Starts a temporary PostgreSQL 15 cluster. Resolves with its admin URL and a
 * stop() that shuts it down and deletes its files.
 */
export async function startPg15() {
  if (!fs.existsSync(path.join(PG_BIN, 'postgres'))) {
    console.log('PostgreSQL 15 not found; installing postgresql-15 with apt-get ...');
    if (!(await aptInstall(['postgresql-15']))) throw new Error('could not install postgresql-15');
  }
  const owner = pgOwner();
  // The parent is created by us; only the cluster dir inside belongs to postgres,
  // and /tmp is world-traversable so postgres can reach it.
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-pg15-'));
  fs.chmodSync(base, 0o755);
  const dataDir = path.join(base, 'data');
  const sockDir = path.join(base, 'sock');
  const pwFile = path.join(base, 'pw');
  const password = randomBytes(12).toString('hex');
  fs.mkdirSync(dataDir, { mode: 0o700 });
  fs.mkdirSync(sockDir, { mode: 0o700 });
  fs.writeFileSync(pwFile, password, { mode: 0o600 });
  if (owner.uid !== undefined) {
    fs.chownSync(dataDir, owner.uid, owner.gid);
    fs.chownSync(sockDir, owner.uid, owner.gid);
    fs.chownSync(pwFile, owner.uid, owner.gid);
  }
  const asOwner = { ...owner, cwd: base, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } };
  const removeDir = () => fs.rmSync(base, { recursive: true, force: true });

  try {
    runSync(
      path.join(PG_BIN, 'initdb'),
      [
        '-D',
        dataDir,
        '--username=postgres',
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        // Password auth over TCP like a real deployment; trust only on the socket.
        '--auth-local=trust',
        '--auth-host=scram-sha-256',
      ],
      asOwner,
    );
  } catch (err) {
    removeDir();
    throw err;
  }
  fs.rmSync(pwFile, { force: true });

  const pgCtl = path.join(PG_BIN, 'pg_ctl');
  let port = 0;
  let started = false;
  // A free port can be taken between probing and binding; try a few.
  for (let attempt = 0; attempt < 3 && !started; attempt++) {
    port = await freePort();
    const opts = [
      `-k ${sockDir} -p ${port} -c listen_addresses=127.0.0.1`,
      // Disposable test data: trade durability for speed.
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300',
    ].join(' ');
    const res = spawnSync(
      pgCtl,
      ['-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-w', '-t', '60', '-o', opts, 'start'],
      {
        ...asOwner,
        encoding: 'utf8',
      },
    );
    started = res.status === 0;
    if (!started) {
      const log = fs.existsSync(path.join(dataDir, 'server.log'))
        ? fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8').slice(-2000)
        : '';
      console.error(`pg_ctl start failed on port ${port}:\n${res.stdout}${res.stderr}${log}`);
    }
  }
  if (!started) {
    removeDir();
    throw new Error('could not start PostgreSQL 15');
  }

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const res = spawnSync(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop'], {
      ...asOwner,
      encoding: 'utf8',
    });
    if (res.status !== 0) console.error(`pg_ctl stop failed:\n${res.stdout}${res.stderr}`);
    removeDir();
  };
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, port, stop };
}

/**
 * Runs `vitest run --project server` against a fresh PostgreSQL 15 and resolves
 * with vitest's exit code. The cluster is removed whatever happens. `runner`
 * lets the caller control how vitest is spawned (time limits, process groups).
 */
export async function runServerTestsOnPg15(vitestArgs = [], runner = defaultRunner) {
  const pg = await startPg15();
  try {
    const version = spawnSync(path.join(PG_BIN, 'postgres'), ['--version'], {
      encoding: 'utf8',
    }).stdout.trim();
    console.log(`Running service tests on ${version} at 127.0.0.1:${pg.port}`);
    return await runner(bin('vitest'), ['run', '--project', 'server', ...vitestArgs], {
      TEST_DATABASE_URL: pg.url,
    });
  } finally {
    await pg.stop();
  }
}

function defaultRunner(cmd, args, env) {
  return run(cmd, args, { env: { ...process.env, ...env } });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // vitest gets Ctrl-C too (same process group); wait for it so the finally block removes the cluster.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {});
  process.exit(await runServerTestsOnPg15(process.argv.slice(2)));
}
