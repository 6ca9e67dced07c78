/**
 * Fault bench: kill -9 the whole server (node and its embedded PostgreSQL, one
 * process group) again and again under a mixed write load, and check that no
 * acknowledged write was lost or applied twice.
 *
 *   npx tsx bench/faults.bench.ts [--kills 10] [--workers 4] [--min-ms 1500] [--max-ms 5000] [--keep]
 *
 * Each cycle: start the server (DATA_DIR reused), wait for health 200 (the
 * restart time), drive creates of customers and service requests (with
 * Idempotency-Key) and replies for a random 1.5–5 s, then SIGKILL the process
 * group. A create whose answer was lost in the crash is sent again with the same
 * key after the restart, as a client should; a reply (no Idempotency-Key) is
 * never resent. At the end every acknowledged write is looked up in the
 * database by its unique marker: 0 rows = lost, 2+ = duplicated.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../apps/server/src/db/seed/demo.js';
import { login, type Session } from './lib/http-load.js';
import { embeddedDatabaseUrl, firstFreePort, repoRoot } from './lib/server.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const kills = option('kills', 10);
const workers = option('workers', 4);
const minMs = option('min-ms', 1500);
const maxMs = option('max-ms', 5000);
const keep = process.argv.includes('--keep');

type Kind = 'customer' | 'request' | 'reply';
interface Write {
  kind: Kind;
  marker: string;
  /** Idempotency-Key of a create; replies have none and are never resent. */
  key?: string;
  body: unknown;
  path: string;
}

const acked: Write[] = [];
/** Creates whose answer never came (connection dropped by the kill): resent with the same key. */
let pending: Write[] = [];
/** Replies whose answer never came: may or may not have committed; only counted, never resent. */
let unknownReplies = 0;
const requestIds: string[] = [];
let customerIds: string[] = [];
const statusCounts: Record<string, number> = {};

function startServer(dataDir: string, port: number): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: '1',
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
  };
  delete env.DATABASE_URL;
  // Its own process group, so one kill reaches node and every PostgreSQL process it started.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (c: Buffer) =>
    process.stderr.write(`  [server] ${c.toString().trim().slice(0, 300)}\n`),
  );
  return child;
}

async function waitHealthy(baseUrl: string, child: ChildProcess, timeoutMs = 120_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} during start`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not become healthy');
}

async function post(
  baseUrl: string,
  s: Session,
  w: Write,
): Promise<{ status: number; id?: string } | 'no-answer'> {
  try {
    const res = await fetch(baseUrl + w.path, {
      method: 'POST',
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrfToken,
        'content-type': 'application/json',
        ...(w.key ? { 'idempotency-key': w.key } : {}),
      },
      body: JSON.stringify(w.body),
    });
    const text = await res.text();
    statusCounts[res.status] = (statusCounts[res.status] ?? 0) + 1;
    const id = res.status === 201 ? (JSON.parse(text) as { id?: string | number }).id : undefined;
    return { status: res.status, id: id === undefined ? undefined : String(id) };
  } catch {
    statusCounts['no answer'] = (statusCounts['no answer'] ?? 0) + 1;
    return 'no-answer';
  }
}

let seq = 0;
function nextWrite(): Write {
  const n = ++seq;
  // The trailing z keeps one marker from being a prefix of another (n=1 vs n=12) in the reply LIKE check.
  const marker = `FB${process.pid}n${n}z`;
  const roll = Math.random();
  if (roll < 0.3 || customerIds.length === 0) {
    return {
      kind: 'customer',
      marker,
      key: randomUUID(),
      path: '/api/customers',
      body: { name: `故障压测${marker}有限公司`, allowDuplicate: true },
    };
  }
  if (roll < 0.65 || requestIds.length === 0) {
    return {
      kind: 'request',
      marker,
      key: randomUUID(),
      path: '/api/requests',
      body: {
        customerId: customerIds[n % customerIds.length],
        channel: 'phone',
        category: 'incident',
        severity: 'L3',
        subject: `故障压测 ${marker}`,
        description: '客户来电：系统无法登录。',
      },
    };
  }
  const requestId = requestIds[Math.floor(Math.random() * requestIds.length)];
  return {
    kind: 'reply',
    marker,
    path: `/api/requests/${requestId}/replies`,
    body: { body: `<p>${marker}</p>` },
  };
}

/** Sends writes until `until` says stop; a write that got no answer is kept for later (creates) or counted. */
async function worker(baseUrl: string, s: Session, stop: () => boolean): Promise<void> {
  while (!stop()) {
    const w = pending.shift() ?? nextWrite();
    const out = await post(baseUrl, s, w);
    if (out === 'no-answer' || out.status >= 500) {
      if (w.key) pending.push(w);
      else if (out === 'no-answer') unknownReplies++;
      if (stop()) return;
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    if (out.status !== 201) continue; // refused (counted in the answers seen), so not acknowledged
    acked.push(w);
    if (w.kind === 'request' && out.id) requestIds.push(out.id);
  }
}

async function countByMarker(db: pg.Client, w: Write): Promise<number> {
  const sql = {
    customer: 'select count(*)::int as n from customers where name = $1',
    request: 'select count(*)::int as n from service_requests where subject = $1',
    reply: "select count(*)::int as n from request_timeline where body like '%' || $1 || '%'",
  }[w.kind];
  const arg = { customer: `故障压测${w.marker}有限公司`, request: `故障压测 ${w.marker}`, reply: w.marker }[
    w.kind
  ];
  return (await db.query<{ n: number }>(sql, [arg])).rows[0]?.n ?? 0;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-faults-'));
  const port = await firstFreePort(3150, 3159);
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`fault bench: ${kills} kill -9 of the whole server, ${workers} writers, DATA_DIR ${dataDir}`);

  let child = startServer(dataDir, port);
  const firstStartMs = await waitHealthy(baseUrl, child, 240_000);
  console.log(`first start (initdb, migrations, demo data): ${(firstStartMs / 1000).toFixed(1)} s`);
  const session = await login(baseUrl, 'admin', DEMO_PASSWORD);
  const list = await fetch(`${baseUrl}/api/customers?limit=20`, { headers: { cookie: session.cookie } });
  customerIds = ((await list.json()) as { items: { id: string }[] }).items.map((c) => c.id);

  const restartMs: number[] = [];
  const writesPerCycle: number[] = [];
  for (let k = 1; k <= kills; k++) {
    const before = acked.length;
    let stopping = false;
    const runFor = minMs + Math.random() * (maxMs - minMs);
    const load = Promise.all(Array.from({ length: workers }, () => worker(baseUrl, session, () => stopping)));
    await new Promise((r) => setTimeout(r, runFor));
    // The kill lands while requests are in flight; the workers stop once their request fails.
    process.kill(-(child.pid as number), 'SIGKILL');
    stopping = true;
    await load;
    await new Promise<void>((r) =>
      child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r()),
    );
    writesPerCycle.push(acked.length - before);

    child = startServer(dataDir, port);
    const ms = await waitHealthy(baseUrl, child);
    restartMs.push(ms);
    console.log(
      `kill ${String(k).padStart(2)}: after ${(runFor / 1000).toFixed(1)} s of load, ${acked.length - before} writes acknowledged; ` +
        `healthy again after ${(ms / 1000).toFixed(2)} s (${pending.length} creates to resend)`,
    );
  }
  // Resend what the last crash left unanswered, then check everything.
  for (let round = 0; round < 20 && pending.length > 0; round++) {
    const resend = pending;
    pending = [];
    for (const w of resend) {
      const out = await post(baseUrl, session, w);
      if (out !== 'no-answer' && out.status === 201) acked.push(w);
      else if (out === 'no-answer' || out.status >= 500) pending.push(w);
    }
  }

  const db = new pg.Client({ connectionString: embeddedDatabaseUrl(dataDir) });
  await db.connect();
  const lost: Write[] = [];
  const duplicated: Write[] = [];
  for (const w of acked) {
    const n = await countByMarker(db, w);
    if (n === 0) lost.push(w);
    if (n > 1) duplicated.push(w);
  }
  await db.end();
  process.kill(-(child.pid as number), 'SIGTERM');
  await new Promise<void>((r) => child.once('exit', () => r()));

  // For scale: loading the server's modules through tsx in a fresh node, the floor of a restart on this machine.
  const t0 = performance.now();
  spawnSync(process.execPath, ['--import', 'tsx', '-e', "await import('./apps/server/src/app.ts')"], {
    cwd: repoRoot,
  });
  const importMs = performance.now() - t0;

  const byKind = (k: Kind) => acked.filter((w) => w.kind === k).length;
  console.log('\nresults');
  console.log(`  kills                      ${kills}`);
  console.log(
    `  acknowledged writes        ${acked.length} (customers ${byKind('customer')}, requests ${byKind('request')}, replies ${byKind('reply')})`,
  );
  console.log(
    `  lost                       ${lost.length}${lost.length ? ` e.g. ${lost[0]?.kind} ${lost[0]?.marker}` : ''}`,
  );
  console.log(
    `  duplicated                 ${duplicated.length}${duplicated.length ? ` e.g. ${duplicated[0]?.kind} ${duplicated[0]?.marker}` : ''}`,
  );
  console.log(`  replies without an answer ${unknownReplies} (not resent; may or may not have committed)`);
  console.log(
    `  restart to health 200      p50 ${(pct(restartMs, 50) / 1000).toFixed(2)} s, max ${(Math.max(...restartMs) / 1000).toFixed(2)} s`,
  );
  console.log(
    `  for scale: module loading ${(importMs / 1000).toFixed(2)} s (a fresh node importing app.ts, one sample; overlaps PostgreSQL's start)`,
  );
  console.log(`  answers seen               ${JSON.stringify(statusCounts)}`);
  console.log(`  1-min load average         ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
  if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
  else console.log(`  kept ${dataDir}`);
  process.exit(lost.length || duplicated.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
