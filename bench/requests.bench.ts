/**
 * Service desk at 1M requests / 10M timeline entries: create throughput next
 * to pgbench, queue page latency, SLA sweep time.
 * Run: npx tsx bench/requests.bench.ts [--requests 1000000] [--timeline 10000000] [--customers 100000]
 *        [--create-seconds 20] [--create-concurrency 8] [--concurrency 1,4] [--queue-requests 400]
 *        [--sweep-due 1000] [--data-dir DIR] [--keep] [--explain-full] [--sql '...'] [--skip create,queue,sweep]
 *
 * Starts the real server (separate process, embedded PostgreSQL, DEMO_DATA=1)
 * in a DATA_DIR under /tmp, fills it with the customers generator and the
 * service-request generator (each skipped when a reused --data-dir already has
 * the rows), then measures over loopback HTTP (keep-alive) and in-process.
 * Targets (issue 4): create ≥ 1,500/s with p99 ≤ 50 ms at concurrency 8 (shown
 * with a pgbench 1-row insert on the same database); queue page p95 ≤ 10 ms;
 * SLA sweep over 100k open requests ≤ 1 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { generateBenchData } from '../apps/server/src/cli/bench-data.js';
import { generateBenchRequests } from '../apps/server/src/cli/bench-requests.js';
import * as schema from '../apps/server/src/db/schema/index.js';
import { countRequestViews, listRequests } from '../apps/server/src/modules/requests/requests.read.js';
import { requestListQuery } from '../apps/server/src/modules/requests/requests.schema.js';
import { loadConfig } from '../apps/server/src/platform/config.js';
import type { Db } from '../apps/server/src/platform/db.js';
import type { Deps } from '../apps/server/src/platform/deps.js';
import { createLogger } from '../apps/server/src/platform/logger.js';
import { runSlaSweep } from '../apps/server/src/workflows/sla-sweep.js';
import { explainStatements, explainUseCase } from './lib/explain.js';
import { login, runLoad, type Session, type Stats, send } from './lib/http-load.js';
import { runPgbench } from './lib/pgbench.js';
import { AGENT, createCall, firstLoadCalls, queueCases, SERVICE_MANAGER } from './lib/request-cases.js';
import { firstFreePort, startServer } from './lib/server.js';

const QUEUE_P95_MS = 10;
const CREATE_RATE = 1500;
const CREATE_P99_MS = 50;
const SWEEP_MS = 1000;

type Options = ReturnType<typeof parseArgs>;

function parseArgs(argv: string[]) {
  const o = {
    customers: 100_000,
    contacts: undefined as number | undefined,
    requests: 1_000_000,
    timeline: 10_000_000,
    createSeconds: 20,
    createConcurrency: 8,
    concurrency: [1, 4],
    queueRequests: 400,
    maxSeconds: 60,
    sweepDue: 1000,
    dataDir: undefined as string | undefined,
    keep: false,
    explainFull: false,
    sql: [] as string[],
    skip: [] as string[],
  };
  const num: Record<string, keyof typeof o> = {
    '--customers': 'customers',
    '--contacts': 'contacts',
    '--requests': 'requests',
    '--timeline': 'timeline',
    '--create-seconds': 'createSeconds',
    '--create-concurrency': 'createConcurrency',
    '--queue-requests': 'queueRequests',
    '--max-seconds': 'maxSeconds',
    '--sweep-due': 'sweepDue',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--keep') o.keep = true;
    else if (a === '--explain-full') o.explainFull = true;
    else if (num[a]) {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive integer`);
      (o as Record<string, unknown>)[num[a]] = v;
    } else if (a === '--concurrency') o.concurrency = argv[++i]!.split(',').map(Number);
    else if (a === '--sql') o.sql.push(argv[++i]!);
    else if (a === '--skip') o.skip.push(...argv[++i]!.split(','));
    else if (a === '--data-dir') o.dataDir = path.resolve(argv[++i]!);
    else throw new Error(`unknown argument ${a}`);
  }
  return { ...o, contacts: o.contacts ?? o.customers * 3 };
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const load = () => os.loadavg()[0]!.toFixed(1);
const count = async (pool: pg.Pool, sql: string, params: unknown[] = []) =>
  Number((await pool.query(sql, params)).rows[0].n);

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dataDir = o.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-requests-'));
  fs.mkdirSync(dataDir, { recursive: true });
  // As root, embedded PostgreSQL runs as the `postgres` user, which must be able to enter DATA_DIR.
  fs.chmodSync(dataDir, 0o755);
  const keep = o.keep || o.dataDir !== undefined;
  const port = await firstFreePort(3250, 3259);
  console.log(
    `data dir ${dataDir}, server port ${port}, ${os.cpus().length} cpus, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, ${new Date().toISOString()}`,
  );
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let pool: pg.Pool | undefined;
  try {
    server = await startServer({ dataDir, port });
    pool = new pg.Pool({ connectionString: server.databaseUrl(), max: 4 });
    pool.on('error', () => {});
    await measure(o, server.baseUrl, server.databaseUrl(), pool);
  } finally {
    await pool?.end();
    await server?.stop();
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    else console.log(`kept ${dataDir}`);
  }
}

async function fill(o: Options, pool: pg.Pool) {
  const db = drizzle(pool, { schema }) as Db;
  const customers = await count(pool, 'select count(*) n from customers');
  if (customers < o.customers) {
    const missing = o.customers - customers;
    console.log(`generating ${missing} customers ...`);
    const res = await generateBenchData(db, {
      customers: missing,
      contacts: Math.round((o.contacts * missing) / o.customers),
      log: (l) => console.log(l),
    });
    console.log(`customers generated in ${res.seconds.toFixed(1)} s`);
  }
  const requests = await count(pool, 'select count(*) n from service_requests');
  // A reused data dir also holds the requests earlier runs created through the API: count them in.
  if (requests < o.requests * 0.95) {
    const missing = o.requests - requests;
    const res = await generateBenchRequests(db, {
      requests: missing,
      timeline: Math.round((o.timeline * missing) / o.requests),
      log: (l) => console.log(l),
    });
    console.log(
      `requests generated: ${res.requests} + ${res.timeline} timeline entries, load ${res.loadSeconds.toFixed(0)} s, ` +
        `total with indexes and VACUUM ANALYZE ${res.seconds.toFixed(0)} s`,
    );
  } else console.log(`reusing ${requests} requests`);
  for (const statement of o.sql) {
    console.log(`extra SQL: ${statement}`);
    await pool.query(statement);
  }
  const c = (
    await pool.query(
      `select (select count(*) from service_requests) r,
              (select count(*) from service_requests where state_category in ('new', 'open', 'pending')) open,
              (select reltuples::bigint from pg_class where relname = 'request_timeline') t,
              (select count(*) from customers) c,
              pg_size_pretty(pg_total_relation_size('service_requests')) rs,
              pg_size_pretty(pg_total_relation_size('request_timeline')) ts`,
    )
  ).rows[0];
  console.log(
    `service_requests ${c.r} (${c.open} open, ${c.rs} with indexes), request_timeline ~${c.t} (${c.ts}), customers ${c.c}`,
  );
}

function statsLine(name: string, conc: number, s: Stats, verdict: string) {
  return `| ${name} | ${conc} | ${s.n} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.reqPerSec.toFixed(0)} | ${verdict} | ${load()} |`;
}

async function measure(o: Options, baseUrl: string, databaseUrl: string, pool: pg.Pool) {
  await fill(o, pool);
  const summary: string[] = [];
  if (!o.skip.includes('create')) summary.push(...(await measureCreate(o, baseUrl, databaseUrl, pool)));
  if (!o.skip.includes('queue')) summary.push(...(await measureQueue(o, baseUrl, pool)));
  if (!o.skip.includes('sweep')) summary.push(...(await measureSweep(o, pool)));
  console.log(
    `\n## summary (load now ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})\n`,
  );
  console.log(summary.join('\n'));
}

async function measureCreate(o: Options, baseUrl: string, databaseUrl: string, pool: pg.Pool) {
  console.log(
    `\n## create: POST /api/requests as ${AGENT.username}, concurrency ${o.createConcurrency}, ${o.createSeconds} s`,
  );
  const agent = await login(baseUrl, AGENT.username, AGENT.password);
  const customerIds = (
    await pool.query<{ id: string }>('select id from customers order by random() limit 500')
  ).rows.map((r) => r.id);
  const s = await runLoad(agent, createCall(customerIds), {
    requests: Number.MAX_SAFE_INTEGER,
    concurrency: o.createConcurrency,
    warmup: 20,
    maxSeconds: o.createSeconds,
  });
  if (s.firstError) console.log(`    first error: ${s.firstError}`);
  const apiLoad = load();

  await pool.query(`create table if not exists bench_pgbench_insert (
    id bigint generated always as identity primary key, customer_id uuid not null,
    subject text not null, created_at timestamptz not null default now())`);
  const pgb = await runPgbench(
    databaseUrl,
    `\\set n random(1, 1000000)\ninsert into bench_pgbench_insert (customer_id, subject) values (gen_random_uuid(), 'bench ' || :n);\n`,
    { clients: o.createConcurrency, threads: 2, seconds: o.createSeconds },
  );
  await pool.query('drop table bench_pgbench_insert');
  const met = s.reqPerSec >= CREATE_RATE && s.p99 <= CREATE_P99_MS;
  const lines = [
    '| case | conc. | n | errors | p50 ms | p95 ms | p99 ms | max ms | per s | target | load 1m |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    statsLine('create `POST /api/requests` (agent)', o.createConcurrency, s, met ? 'met' : 'NOT met').replace(
      / [\d.]+ \|$/,
      ` ${apiLoad} |`,
    ),
    `| pgbench 1-row INSERT (same database) | ${o.createConcurrency} | ${pgb.transactions} | ${pgb.failed} | ${ms(pgb.p50)} | ${ms(pgb.p95)} | ${ms(pgb.p99)} | ${ms(pgb.max)} | ${pgb.tps.toFixed(0)} | | ${load()} |`,
  ];
  const ratio = `API creates / pgbench inserts = ${(s.reqPerSec / pgb.tps).toFixed(3)} (1 : ${(pgb.tps / s.reqPerSec).toFixed(0)})`;
  console.log(`${lines.join('\n')}\n${ratio}`);
  return [...lines, '', ratio, ''];
}

async function measureQueue(o: Options, baseUrl: string, pool: pg.Pool) {
  console.log('\n## queue pages: GET /api/requests (limit 50)');
  const cases = await queueCases(baseUrl, pool);
  const lines = [
    `| case | conc. | n | errors | p50 ms | p95 ms | p99 ms | max ms | req/s | p95 ≤ ${QUEUE_P95_MS} ms | load 1m |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const conc of o.concurrency) {
    for (const c of cases) {
      const s = await runLoad(c.session, c.call, {
        requests: o.queueRequests,
        concurrency: conc,
        warmup: Math.min(20, o.queueRequests),
        maxSeconds: o.maxSeconds,
      });
      const limit = c.targetMs ?? QUEUE_P95_MS;
      const verdict = c.target ? (s.p95 <= limit ? `met (≤ ${limit})` : `NOT met (≤ ${limit})`) : '(info)';
      const line = statsLine(c.name, conc, s, verdict);
      console.log(line);
      if (s.firstError) console.log(`    first error: ${s.firstError}`);
      lines.push(line);
    }
  }
  console.log('\nEXPLAIN (ANALYZE, BUFFERS) of the SQL the list use case sends');
  for (const user of [SERVICE_MANAGER, AGENT]) {
    for (const e of await explainUseCase(pool, user, (deps, actor) => countRequestViews(deps, actor))) {
      console.log(
        `\ntab counts (${user.username}): planning ${e.planningMs.toFixed(2)} ms, execution ${e.executionMs.toFixed(2)} ms, buffers hit ${e.sharedHit} read ${e.sharedRead}`,
      );
      for (const n of e.nodes) console.log(`    ${n}`);
      if (o.explainFull) console.log(e.text);
    }
  }
  lines.push('', ...(await measureFirstLoad(o, baseUrl)));
  for (const c of cases.filter((x) => x.call(0).path.startsWith('/api/requests?'))) {
    const query = requestListQuery.parse(c.query);
    for (const e of await explainUseCase(pool, c.user, (deps, actor) => listRequests(deps, actor, query))) {
      console.log(
        `\n${c.name}: planning ${e.planningMs.toFixed(2)} ms, execution ${e.executionMs.toFixed(2)} ms, buffers hit ${e.sharedHit} read ${e.sharedRead}`,
      );
      console.log(`  ${e.statement} ...`);
      for (const n of e.nodes) console.log(`    ${n}`);
      if (o.explainFull) console.log(e.text);
    }
  }
  return [...lines, ''];
}

/**
 * The console's first load over the API: the calls /requests makes, in
 * parallel as the browser sends them (after the session check), timed from the
 * first byte out to the last answer in, for the agent; `--queue-requests / 10` loads.
 */
async function measureFirstLoad(o: Options, baseUrl: string): Promise<string[]> {
  const session: Session = await login(baseUrl, AGENT.username, AGENT.password);
  const once = async () => {
    const start = performance.now();
    await send(session, { path: '/api/auth/me', expect: 200 });
    const res = await Promise.all(firstLoadCalls.map((c) => send(session, c)));
    const bad = res.find((r) => r.status !== 200);
    if (bad) throw new Error(`first load: ${bad.status} ${bad.body.slice(0, 200)}`);
    return performance.now() - start;
  };
  for (let i = 0; i < 3; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < Math.max(10, Math.round(o.queueRequests / 10)); i++) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  const line = `| console first load, API (agent: me, then ${firstLoadCalls.length} calls in parallel) | ${times.length} | ${at(50).toFixed(1)} | ${at(95).toFixed(1)} | ${times.at(-1)!.toFixed(1)} | ${at(95) <= 1000 ? 'met' : 'NOT met'} (≤ 1000) | ${os.loadavg()[0]!.toFixed(1)} |`;
  console.log('\n## console first load (API calls of /requests)');
  const header = [
    '| case | n | p50 ms | p95 ms | max ms | target | load 1m |',
    '|---|---|---|---|---|---|---|',
  ];
  console.log([...header, line].join('\n'));
  return [...header, line];
}

/** Columns the sweep changes, saved before the "many due" run and put back after, so a reused data dir stays comparable. */
const SWEPT = `tier, team_id, assignee_id, response_warned_at, response_breached_at, resolution_warned_at,
  resolution_breached_at, breach_count, next_sla_check_at, version, updated_at`;

async function measureSweep(o: Options, pool: pg.Pool) {
  console.log('\n## SLA sweep: runSlaSweep(deps, now) in-process on the bench database');
  const db = drizzle(pool, { schema }) as Db;
  const depsAt = (now: Date): Deps => ({
    db,
    clock: { now: () => now },
    config: loadConfig({}),
    log: createLogger('warn'),
  });
  const open = await count(
    pool,
    `select count(*) n from service_requests where state_category in ('new', 'open', 'pending')`,
  );
  const pending = await count(
    pool,
    'select count(*) n from service_requests where next_sla_check_at is not null',
  );
  const lines = [
    `open requests ${open}, with a pending SLA check ${pending}`,
    '',
    '| sweep | due | checked | warnings | breaches | ms | ms per request | ≤ 1 s | load 1m |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const run = async (label: string, now: Date) => {
    const due = await count(pool, 'select count(*) n from service_requests where next_sla_check_at <= $1', [
      now,
    ]);
    const t0 = performance.now();
    const r = await runSlaSweep(depsAt(now), now);
    const t = performance.now() - t0;
    const line = `| ${label} | ${due} | ${r.checked} | ${r.warnings} | ${r.breaches} | ${t.toFixed(0)} | ${r.checked ? (t / r.checked).toFixed(2) : '-'} | ${t <= SWEEP_MS ? 'met' : 'NOT met'} | ${load()} |`;
    console.log(line);
    lines.push(line);
  };
  await run('now (few due)', new Date());
  await run('again, nothing due', new Date());
  const nth = (
    await pool.query<{ at: Date }>(
      'select next_sla_check_at as at from service_requests where next_sla_check_at is not null order by next_sla_check_at offset $1 limit 1',
      [Math.max(0, Math.min(o.sweepDue, pending) - 1)],
    )
  ).rows[0]?.at;
  if (nth) {
    const at = new Date(nth.getTime() + 1);
    await pool.query('drop table if exists bench_sweep_saved');
    await pool.query(
      `create table bench_sweep_saved as select id, ${SWEPT} from service_requests where next_sla_check_at <= $1`,
      [at],
    );
    const plan = await explainStatements(pool, [
      {
        sql: 'select id, next_sla_check_at from service_requests where next_sla_check_at <= $1 order by next_sla_check_at, id limit 500',
        params: [at],
      },
    ]);
    await run(
      `clock at the ${Math.min(o.sweepDue, pending)}th next check (+${((at.getTime() - Date.now()) / 60_000).toFixed(0)} min)`,
      at,
    );
    const set = SWEPT.split(',')
      .map((c) => `${c.trim()} = s.${c.trim()}`)
      .join(', ');
    await pool.query(`update service_requests r set ${set} from bench_sweep_saved s where s.id = r.id`);
    await pool.query('delete from sla_events where fired_at = $1', [at]);
    await pool.query('drop table bench_sweep_saved');
    console.log('(the swept requests were put back as they were; their timeline/notification rows stay)');
    for (const e of plan) {
      lines.push(
        '',
        `due-requests query: planning ${e.planningMs.toFixed(2)} ms, execution ${e.executionMs.toFixed(2)} ms; ${e.nodes.join('; ')}`,
      );
    }
    console.log(lines.at(-1));
  } else lines.push('(no request has a pending SLA check: skipped the many-due sweep)');
  return [...lines, ''];
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
