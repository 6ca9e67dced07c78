/**
 * Overload (issue 8, "Load"): what one server process does at 1×, 3× and 10×
 * the request rate it sustains — share of 2xx, 429, 503 and 5xx (5xx must be
 * 0), p95 of the 2xx, RSS of node and of PostgreSQL before, at peak and after
 * — and one API token far past its rate limit while others send half that rate.
 * Run: npx tsx bench/load.bench.ts [--seconds 20] [--levels 1,3,10] [--concurrency 8]
 *        [--calibrate-seconds 15] [--greedy-rate 40] [--unlimited] [--keep]
 *
 * Starts the real server (separate process, embedded PostgreSQL, demo data,
 * default limits unless --unlimited, which restores the limits before issue 8:
 * no admission bound, no rate limits, pool of 10 with 10 s waits). The mix is
 * an agent console's: 50% queue tab (50 rows), 30% request detail, 12% public
 * reply, 8% new request, each over an API token (Bearer) of service-manager;
 * every level gets fresh tokens sized so that no token exceeds its limit, so
 * the rate limits do not decide the result (the greedy run shows them). Only
 * 127.0.0.1, bounded in time; every request times out after 30 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../apps/server/src/db/seed/demo.js';
import { login, type Session } from './lib/http-load.js';
import {
  closedLoop,
  createClient,
  listenOverflows,
  type Memory,
  memory,
  memoryPeaks,
  openLoop,
  summary,
  type Target,
} from './lib/open-loop.js';
import { createCall } from './lib/request-cases.js';
import { firstFreePort, startServer } from './lib/server.js';

const SCOPES = ['requests:read', 'requests:create', 'requests:reply'];
/** Requests per token per level: under the default 700/minute burst, writes (20%) under 200. */
const PER_TOKEN = 500;
const SETTLE_MS = 5_000;

function parseArgs(argv: string[]) {
  const o = {
    seconds: 20,
    levels: [1, 3, 10],
    concurrency: 8,
    calibrateSeconds: 15,
    greedyRate: 40,
    unlimited: false,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number`);
      return v;
    };
    if (a === '--seconds') o.seconds = num();
    else if (a === '--levels') o.levels = argv[++i]!.split(',').map(Number);
    else if (a === '--concurrency') o.concurrency = num();
    else if (a === '--calibrate-seconds') o.calibrateSeconds = num();
    else if (a === '--greedy-rate') o.greedyRate = num();
    else if (a === '--unlimited') o.unlimited = true;
    else if (a === '--keep') o.keep = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const mb = (n: number) => `${Math.round(n)} MB`;
const load = () => os.loadavg()[0]!.toFixed(1);

/** Creates API tokens for the session's user, waiting out the owner's own write limit when it answers 429. */
async function createTokens(s: Session, n: number): Promise<string[]> {
  const tokens: string[] = [];
  while (tokens.length < n) {
    const res = await fetch(`${s.baseUrl}/api/tokens`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `load bench ${tokens.length}`, scopes: SCOPES }),
    });
    if (res.status === 429) {
      await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
      continue;
    }
    if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
    tokens.push(((await res.json()) as { token: string }).token);
  }
  return tokens;
}

function mix(customerIds: string[], requestIds: string[]) {
  const create = createCall(customerIds);
  return (i: number, token: string): Target => {
    const slot = i % 100;
    const id = requestIds[(i * 7919) % requestIds.length]!;
    if (slot < 50)
      return { method: 'GET', path: '/api/requests?view=all&sort=due&order=asc&limit=50', token };
    if (slot < 80) return { method: 'GET', path: `/api/requests/${id}`, token };
    if (slot < 92)
      return {
        method: 'POST',
        path: `/api/requests/${id}/replies`,
        body: { body: '<p>已收到，工程师正在排查，稍后回复。</p>' },
        token,
      };
    const c = create(i);
    return { method: 'POST', path: c.path, body: c.body, token };
  };
}

function row(
  label: string,
  s: ReturnType<typeof summary>,
  m: { before: Memory; peak: Memory; after: Memory; overflows: number },
) {
  const { before, peak, after } = m;
  return {
    level: label,
    ...s,
    'listen overflows': m.overflows,
    'node RSS before/peak/after': `${mb(before.nodeRss)} / ${mb(peak.nodeRss)} / ${mb(after.nodeRss)}`,
    'PG RSS before/peak/after': `${mb(before.pgRss)} / ${mb(peak.pgRss)} / ${mb(after.pgRss)}`,
    'PG PSS before/peak/after': `${mb(before.pgPss)} / ${mb(peak.pgPss)} / ${mb(after.pgPss)}`,
    'PG procs': `${before.pgProcesses} / ${peak.pgProcesses} / ${after.pgProcesses}`,
    load: load(),
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await firstFreePort(3260, 3269);
  console.log(
    `data dir ${dataDir}, port ${port}, ${os.cpus().length} cpus, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )}, ${new Date().toISOString()}, ${o.unlimited ? 'UNLIMITED (limits before issue 8)' : 'default limits'}`,
  );
  const env: Record<string, string> = o.unlimited
    ? {
        MAX_IN_FLIGHT: '10000',
        MAX_QUEUE: '0',
        RATE_LIMIT_PER_MINUTE: '0',
        RATE_LIMIT_WRITES_PER_MINUTE: '0',
        DB_POOL_SIZE: '10',
        DB_POOL_WAIT_MS: '10000',
        DB_STATEMENT_TIMEOUT_MS: '0',
      }
    : // Empty = unset: the configuration defaults (bench/lib/server.ts turns rate limits off for other benches).
      { RATE_LIMIT_PER_MINUTE: '', RATE_LIMIT_WRITES_PER_MINUTE: '' };
  const server = await startServer({ dataDir, port, env });
  const nodePid = server.child.pid!;
  const client = createClient(server.baseUrl);
  const pool = new pg.Pool({ connectionString: server.databaseUrl(), max: 2 });
  pool.on('error', () => {});
  try {
    const manager = await login(server.baseUrl, 'service-manager', DEMO_PASSWORD);
    const customerIds = (
      await pool.query<{ id: string }>('select id from customers order by id limit 200')
    ).rows.map((r) => r.id);
    const requestIds = (
      await pool.query<{ id: string }>('select id from service_requests order by received_at desc limit 500')
    ).rows.map((r) => r.id);
    if (!customerIds.length || !requestIds.length) throw new Error('no demo customers or requests');
    const next = mix(customerIds, requestIds);
    const rows: Record<string, unknown>[] = [];

    /** Runs `fn` between memory samples: before, peak during, and after the answers plus a settling pause. */
    const observed = async <T>(fn: () => Promise<T>) => {
      const before = memory(nodePid, dataDir);
      const overflows = listenOverflows();
      const peaks = memoryPeaks(nodePid, dataDir);
      const result = await fn();
      const peak = peaks.stop();
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      return {
        result,
        before,
        peak,
        after: memory(nodePid, dataDir),
        overflows: listenOverflows() - overflows,
      };
    };

    // 1. What the server sustains: a closed loop of N clients, all answered.
    const calTokens = await createTokens(manager, 20);
    const cal = await observed(() =>
      closedLoop(
        client.send,
        (i) => next(i, calTokens[i % calTokens.length]!),
        o.concurrency,
        o.calibrateSeconds,
      ),
    );
    const sustainable = cal.result.tally.s2xx / cal.result.seconds;
    console.log(
      `sustainable: ${sustainable.toFixed(0)} req/s (2xx) with ${o.concurrency} concurrent clients over ${cal.result.seconds.toFixed(0)} s`,
    );
    rows.push(row(`closed loop ×${o.concurrency}`, summary(cal.result.tally), cal));

    // 2. Open loop at each multiple of it, fresh tokens per level.
    for (const level of o.levels) {
      const rate = sustainable * level;
      const tokens = await createTokens(manager, Math.ceil((rate * o.seconds) / PER_TOKEN));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const run = await observed(() =>
        openLoop(client.send, (i) => next(i, tokens[i % tokens.length]!), rate, o.seconds),
      );
      const s = summary(run.result.all);
      rows.push(row(`${level}× (${rate.toFixed(0)}/s, ${tokens.length} tokens)`, s, run));
      console.log(`${level}×`, JSON.stringify(s), run.result.all.firstOther ?? '');
    }

    // 3. One token far past its limit (a runaway integration) while others send half the sustainable rate:
    //    its excess is refused with 429 and the others are served as before. Twice as long, to get past the burst.
    const othersRate = sustainable / 2;
    const seconds = o.seconds * 2;
    const others = await createTokens(manager, Math.ceil((othersRate * seconds) / PER_TOKEN));
    const [greedy] = await createTokens(manager, 1);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const total = othersRate + o.greedyRate;
    const run = await observed(() =>
      openLoop(
        client.send,
        (i) => {
          // The greedy token's share spread evenly through the schedule.
          const greedyTurn =
            Math.floor(((i + 1) * o.greedyRate) / total) > Math.floor((i * o.greedyRate) / total);
          return greedyTurn
            ? { ...next(i, greedy!), group: 'greedy token' }
            : { ...next(i, others[i % others.length]!), group: 'other tokens' };
        },
        total,
        seconds,
      ),
    );
    for (const [group, tally] of run.result.groups) {
      const rate = group === 'greedy token' ? o.greedyRate : othersRate;
      rows.push(row(`${group} (${rate.toFixed(0)}/s, ${seconds} s)`, summary(tally), run));
    }
    console.table(rows);
  } finally {
    client.close();
    await pool.end();
    await server.stop();
    if (!o.keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
