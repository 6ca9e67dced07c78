/**
 * The real server under faults (issue 8): its embedded PostgreSQL killed under
 * it, the whole server kill -9'd and started again, and a server paused past
 * the lock's stale time while a second one starts on the same DATA_DIR.
 * Waits are bounded polls (guards against hanging), never timing assertions;
 * how fast recovery is goes in bench/faults.bench.ts.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmbeddedDb, freePort, startEmbeddedDb } from '../../apps/server/src/platform/embedded-db.js';
// Zombie-aware: an orphan that exited but was not reaped yet counts as dead.
import { pidAlive as alive } from '../../apps/server/src/platform/processes.js';
import {
  login,
  postmasterPid,
  type ServerProcess,
  type Session,
  spawnServer,
  stopServer,
  waitForHealth,
} from '../support/server-process.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const userId = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());

const started: ServerProcess[] = [];
const dirs: string[] = [];
const children: ChildProcess[] = [];

async function startServer(dataDir: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnServer({
    DATA_DIR: dataDir,
    PORT: String(port),
    DEMO_DATA: '1',
    LOG_LEVEL: 'warn',
    ...env,
  });
  started.push(server);
  await waitForHealth(server, baseUrl);
  return { server, baseUrl };
}

function tempDataDir(): string {
  // mkdtemp makes a 0700 directory; the server makes it usable for the postgres user itself.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-faults-'));
  dirs.push(dir);
  return dir;
}

async function createCustomer(baseUrl: string, s: Session, name: string): Promise<Response> {
  return fetch(`${baseUrl}/api/customers`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name, allowDuplicate: true }),
  });
}

const externals: EmbeddedDb[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const s of started.splice(0)) {
    s.child.kill('SIGCONT');
    await stopServer(s);
  }
  for (const e of externals.splice(0)) await e.stop();
  for (const d of dirs.splice(0)) {
    // A postmaster orphaned by a test's kill -9 must not outlive the test.
    if (fs.existsSync(path.join(d, 'pg', 'postmaster.pid'))) {
      const pid = postmasterPid(d);
      if (alive(pid)) process.kill(pid, 'SIGQUIT');
    }
    fs.rmSync(d, { recursive: true, force: true });
  }
}, 60_000);

describe('faults on a server with embedded PostgreSQL', () => {
  it('answers 503 with Retry-After (never 500) while its PostgreSQL is dead, restarts it and serves writes again', async () => {
    const dataDir = tempDataDir();
    const { server, baseUrl } = await startServer(dataDir);
    const session = await login(baseUrl);
    const killed = postmasterPid(dataDir);
    process.kill(killed, 'SIGKILL');

    const seen: { status: number; retryAfter: string | null }[] = [];
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const res = await fetch(`${baseUrl}/api/customers?limit=5`, { headers: { cookie: session.cookie } });
      seen.push({ status: res.status, retryAfter: res.headers.get('retry-after') });
      await res.arrayBuffer();
      if (res.status === 200 && seen.some((s) => s.status === 503)) break;
      await sleep(50);
    }

    expect(seen.filter((s) => s.status !== 200 && s.status !== 503)).toEqual([]);
    const unavailable = seen.filter((s) => s.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const s of unavailable) expect(s.retryAfter).toMatch(/^\d+$/);
    expect(seen.at(-1)?.status).toBe(200);
    // A new postmaster, started by the same node process, which kept running.
    expect(postmasterPid(dataDir)).not.toBe(killed);
    expect(server.child.exitCode).toBeNull();
    const created = await createCustomer(baseUrl, session, '故障恢复测试有限公司');
    expect(created.status).toBe(201);
  }, 180_000);

  it('takes over at once after the server was kill -9ed, stopping the PostgreSQL it orphaned', async () => {
    const dataDir = tempDataDir();
    const first = await startServer(dataDir);
    const orphan = postmasterPid(dataDir);
    first.server.child.kill('SIGKILL');
    await first.server.exited;
    expect(alive(orphan)).toBe(true);

    // With an hour of stale time, only the dead owner's pid can justify taking the lock now.
    const second = await startServer(dataDir, { DATA_DIR_LOCK_STALE_MS: String(3_600_000) });
    expect(alive(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    const session = await login(second.baseUrl);
    expect((await createCustomer(second.baseUrl, session, '崩溃接管测试有限公司')).status).toBe(201);
  }, 180_000);

  it('starts when postmaster.pid names a dead postmaster that is still an unreaped zombie', async () => {
    const dataDir = tempDataDir();
    const first = await startServer(dataDir);
    expect(await stopServer(first.server)).toBe(0);
    // A zombie: `sleep 0.1` exits, and its parent (exec'd into `sleep 60`) never reaps it. After a kill -9 of the
    // whole server the dead postmaster is such a zombie until init reaps it, and PostgreSQL takes it for alive.
    // Owned by the user PostgreSQL runs as (as root: postgres), or PostgreSQL's kill(pid, 0) gets EPERM and ignores it.
    const ids = process.getuid?.() === 0 ? { uid: userId('-u'), gid: userId('-g') } : {};
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 60'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      ...ids,
    });
    children.push(parent);
    const zombie = Number(
      await new Promise<string>((r) => parent.stdout?.once('data', (d: Buffer) => r(d.toString()))),
    );
    await sleep(500);
    expect(fs.readFileSync(`/proc/${zombie}/stat`, 'utf8')).toMatch(/\) Z /);
    const pgDir = path.join(dataDir, 'pg');
    fs.writeFileSync(path.join(pgDir, 'postmaster.pid'), `${zombie}\n${pgDir}\n0\n5432\n/tmp\n127.0.0.1\n`);

    const second = await startServer(dataDir);
    expect(postmasterPid(dataDir)).not.toBe(zombie);
    const session = await login(second.baseUrl);
    expect((await createCustomer(second.baseUrl, session, '僵尸进程测试有限公司')).status).toBe(201);
  }, 180_000);

  it('never gives the lock of a paused live server to a second start, and the first serves on after SIGCONT', async () => {
    const dataDir = tempDataDir();
    const env = { DATA_DIR_LOCK_STALE_MS: '2000' };
    const first = await startServer(dataDir, env);
    first.server.child.kill('SIGSTOP');
    await sleep(4_000); // twice the stale time: by age alone the lock is abandoned

    const port = await freePort();
    const second = spawnServer({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...env });
    started.push(second);
    expect(await second.exited).toBe(1);
    const lines = second.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Another Aftercare server (pid ${first.server.child.pid})`);
    expect(lines[0]).toContain(dataDir);

    first.server.child.kill('SIGCONT');
    await sleep(3_000); // let the first server's lock refresh run after the pause
    expect(first.server.child.exitCode).toBeNull();
    expect(first.server.output()).not.toContain('ECOMPROMISED');
    const session = await login(first.baseUrl);
    expect((await createCustomer(first.baseUrl, session, '暂停恢复测试有限公司')).status).toBe(201);
  }, 180_000);
  it('with DATABASE_URL, answers 503 with Retry-After while that PostgreSQL is down and recovers when it is back', async () => {
    // "External" here is a cluster this test starts and stops itself; the server only has its URL.
    const external = await startEmbeddedDb(tempDataDir());
    externals.push(external);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const server = spawnServer({
      DATABASE_URL: external.url,
      DATA_DIR: tempDataDir(),
      PORT: String(port),
      DEMO_DATA: '1',
      LOG_LEVEL: 'warn',
    });
    started.push(server);
    await waitForHealth(server, baseUrl);
    const session = await login(baseUrl);

    await external.stop();
    const down = await fetch(`${baseUrl}/api/customers?limit=5`, { headers: { cookie: session.cookie } });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await down.json()) as { code: string }).code).toBe('unavailable');
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);

    await external.restart();
    let status = 0;
    for (let i = 0; i < 300 && status !== 200; i++) {
      const res = await fetch(`${baseUrl}/api/customers?limit=5`, { headers: { cookie: session.cookie } });
      status = res.status;
      await res.arrayBuffer();
      if (status !== 200) await sleep(200);
    }
    expect(status).toBe(200);
    expect((await createCustomer(baseUrl, session, '外部数据库恢复测试有限公司')).status).toBe(201);
    expect(server.child.exitCode).toBeNull();
  }, 180_000);
});
