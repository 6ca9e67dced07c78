/**
 * Customers list / Chinese search / create latency at 100k customers.
 * Run: npx tsx bench/customers.bench.ts [--customers 100000] [--contacts 300000]
 *        [--concurrency 1,4] [--requests 400] [--max-seconds 60] [--data-dir DIR] [--keep] [--explain-full]
 *        [--sql 'create index ...' (repeatable: applied before VACUUM ANALYZE, to try a fix)]
 *
 * Starts the real server (separate process, embedded PostgreSQL, DEMO_DATA=1)
 * in a temp DATA_DIR under /tmp, fills it with the bench-data generator (skipped
 * when a reused --data-dir already has the customers), VACUUM ANALYZE, then
 * drives HTTP on 127.0.0.1 with keep-alive and a fixed concurrency.
 * Targets: list and search p95 ≤ 20 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { generateBenchData } from '../apps/server/src/cli/bench-data.js';
import * as schema from '../apps/server/src/db/schema/index.js';
import { DEMO_PASSWORD } from '../apps/server/src/db/seed/demo.js';
import type { Db } from '../apps/server/src/platform/db.js';
import { customerCases } from './lib/customer-cases.js';
import { explainList } from './lib/explain.js';
import { percentile, runLoad, type Stats } from './lib/http-load.js';
import { firstFreePort, startServer } from './lib/server.js';

const TARGET_P95_MS = 20;

type Options = ReturnType<typeof parseArgs>;

function parseArgs(argv: string[]) {
  const o = {
    customers: 100_000,
    contacts: undefined as number | undefined,
    concurrency: [1, 4],
    requests: 400,
    maxSeconds: 60,
    dataDir: undefined as string | undefined,
    keep: false,
    explainFull: false,
    /** Extra SQL run before VACUUM ANALYZE, e.g. a proposed index, to measure a fix before it lands. */
    sql: [] as string[],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1] ?? '';
    if (a === '--keep') o.keep = true;
    else if (a === '--explain-full') o.explainFull = true;
    else if (a === '--customers') o.customers = Number(argv[++i]);
    else if (a === '--contacts') o.contacts = Number(argv[++i]);
    else if (a === '--requests') o.requests = Number(argv[++i]);
    else if (a === '--max-seconds') o.maxSeconds = Number(argv[++i]);
    else if (a === '--concurrency') o.concurrency = argv[++i]!.split(',').map(Number);
    else if (a === '--sql') o.sql.push(argv[++i]!);
    else if (a === '--data-dir') o.dataDir = path.resolve(argv[++i]!);
    else throw new Error(`unknown argument ${a} ${v}`);
  }
  const bad = [o.customers, o.requests, o.maxSeconds, ...o.concurrency].some(
    (n) => !Number.isInteger(n) || n < 1,
  );
  if (bad) throw new Error('numeric options must be positive integers');
  return { ...o, contacts: o.contacts ?? o.customers * 3 };
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

function row(name: string, conc: number, s: Stats, target: boolean) {
  const verdict = target ? (s.p95 <= TARGET_P95_MS ? 'met' : 'NOT met') : '';
  // The machine's load matters on a shared 2-core box: printed per case so readers can discount noisy rows.
  const load = os.loadavg()[0]!.toFixed(1);
  return `| ${name} | ${conc} | ${s.n} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.reqPerSec.toFixed(0)} | ${verdict} | ${load} |`;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dataDir = o.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-customers-'));
  fs.mkdirSync(dataDir, { recursive: true });
  // As root, embedded PostgreSQL runs as the `postgres` user, which must be able to enter DATA_DIR.
  fs.chmodSync(dataDir, 0o755);
  const keep = o.keep || o.dataDir !== undefined;
  const port = await firstFreePort(3140, 3149);
  console.log(
    `data dir ${dataDir}, server port ${port}, ${os.cpus().length} cpus, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let pool: pg.Pool | undefined;
  try {
    server = await startServer({ dataDir, port });
    pool = new pg.Pool({ connectionString: server.databaseUrl(), max: 3 });
    pool.on('error', () => {});
    await measure(o, server.baseUrl, pool, dataDir);
  } finally {
    await pool?.end();
    await server?.stop();
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    else console.log(`kept ${dataDir}`);
  }
}

async function measure(o: Options, baseUrl: string, pool: pg.Pool, dataDir: string) {
  // ---- data ----
  const db = drizzle(pool, { schema }) as Db;
  const existing = Number((await pool.query('select count(*) from customers')).rows[0].count);
  if (existing < o.customers) {
    const missing = o.customers - existing;
    console.log(
      `generating ${missing} customers and ${Math.round((o.contacts * missing) / o.customers)} contacts ...`,
    );
    const res = await generateBenchData(db, {
      customers: missing,
      contacts: Math.round((o.contacts * missing) / o.customers),
      log: (l) => console.log(l),
    });
    console.log(
      `generated in ${res.seconds.toFixed(1)} s (${Math.round((res.customers + res.contacts) / res.seconds)} rows/s)`,
    );
  } else console.log(`reusing ${existing} customers in ${dataDir}`);
  for (const statement of o.sql) {
    console.log(`extra SQL: ${statement}`);
    await pool.query(statement);
  }
  const t0 = performance.now();
  await pool.query('vacuum analyze customers, contacts, users, user_teams, teams');
  console.log(`vacuum analyze: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const counts = (
    await pool.query(
      `select (select count(*) from customers) c, (select count(*) from contacts) k,
                pg_size_pretty(pg_total_relation_size('customers')) cs, pg_size_pretty(pg_total_relation_size('contacts')) ks`,
    )
  ).rows[0];
  console.log(`customers ${counts.c} (${counts.cs} with indexes), contacts ${counts.k} (${counts.ks})`);

  // ---- request mixes ----
  const { who, cases } = await customerCases(baseUrl, pool, Number(counts.c));

  const lines = [
    '| case | conc. | n | errors | p50 ms | p95 ms | p99 ms | max ms | req/s | p95 ≤ 20 ms | load 1m |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const breakdown: string[] = [];
  for (const conc of o.concurrency) {
    for (const c of cases) {
      const stats = await runLoad(c.session, c.call, {
        requests: o.requests,
        concurrency: conc,
        warmup: Math.min(20, o.requests),
        maxSeconds: o.maxSeconds,
      });
      const line = row(c.name, conc, stats, c.target);
      console.log(line);
      if (stats.firstError) console.log(`    first error: ${stats.firstError}`);
      lines.push(line);
      for (const [label, list] of stats.byLabel) {
        breakdown.push(
          `| ${c.name} | ${conc} | ${label} | ${list.length} | ${ms(percentile(list, 50))} | ${ms(percentile(list, 95))} |`,
        );
      }
    }
  }
  console.log(
    `\nload average after the run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(lines.join('\n'));
  console.log(
    '\nsearch by query word\n| case | conc. | q | n | p50 ms | p95 ms |\n|---|---|---|---|---|---|',
  );
  console.log(breakdown.join('\n'));

  // ---- plans ----
  const explains: [string, { username: string; password: string }, Record<string, string>][] = [
    ['list page 1 (director)', { username: 'sales-director', password: DEMO_PASSWORD }, { limit: '20' }],
    ['list page 1 (sales-rep)', { username: 'sales-rep', password: DEMO_PASSWORD }, { limit: '20' }],
    [
      'search 北京 (director)',
      { username: 'sales-director', password: DEMO_PASSWORD },
      { limit: '20', q: '北京' },
    ],
    [
      'search 测试合同 (sales-rep)',
      { username: 'sales-rep', password: DEMO_PASSWORD },
      { limit: '20', q: '测试合同' },
    ],
    [
      `search phone ${who.phone.slice(3, 10)} (director)`,
      { username: 'sales-director', password: DEMO_PASSWORD },
      { limit: '20', q: who.phone.slice(3, 10) },
    ],
  ];
  console.log('\nEXPLAIN (ANALYZE, BUFFERS) of the SQL the list use case sends');
  for (const [label, user, query] of explains) {
    for (const e of await explainList(pool, user, query)) {
      console.log(
        `\n${label}: planning ${e.planningMs.toFixed(2)} ms, execution ${e.executionMs.toFixed(2)} ms, buffers hit ${e.sharedHit} read ${e.sharedRead}`,
      );
      console.log(`  ${e.statement} ...`);
      for (const n of e.nodes) console.log(`    ${n}`);
      if (o.explainFull) console.log(e.text);
    }
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
