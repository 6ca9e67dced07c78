/**
 * Large-data generator for the service-desk benchmark: service requests spread
 * over the existing (generated) customers and their timelines, written by
 * PostgreSQL itself (`INSERT ... SELECT generate_series`), one statement per
 * chunk that inserts the requests and, from its RETURNING, their timeline.
 *
 *   DATABASE_URL=postgres://... npx tsx apps/server/src/cli/bench-requests.ts --requests 1000000 --timeline 10000000
 *
 * Needs customers (bench-data.ts) and the seeded service desk (states, service
 * teams, SLA policies). What the rows look like:
 * - received over the last 730 days, the newest `window` rows over the last 30
 *   days; ~82% of that window (and everything younger than 3 days) is open, so
 *   `--open` (default 10%) of the rows are open; older rows are resolved, closed
 *   3 days after resolution (the auto-close rule) when that is in the past;
 * - severities L1 5% / L2 20% / L3 45% / L4 30%, policy standard (80%) or
 *   premium (20%), both 7×24, so due = received + target and working minutes =
 *   calendar minutes exactly as the clock module computes them on that calendar;
 * - warned/breached instants, KPIs and next_sla_check_at consistent with `now`
 *   (every instant at or before now has fired, the earliest later one is next);
 *   pending requests are paused (resolution due null);
 * - tier 1/2/3 = 60/30/10%, team = that tier's service team, an assignee from the
 *   team's agents (bench agents + demo ones) except for new (unassigned) requests;
 * - timeline: 1..(2·avg−1) entries per request (avg = timeline/requests):
 *   `received` event, the first reply at first_response_at, replies, internal
 *   notes, events, and the final state change for resolved/closed requests.
 * FK triggers are skipped (session_replication_role = replica; rows reference
 * existing ids by construction), secondary indexes are dropped for the load
 * and rebuilt from their own definitions, then VACUUM ANALYZE. No audit rows,
 * no sla_events for the pre-fired instants (synthetic history).
 */
import { pathToFileURL } from 'node:url';
import type pg from 'pg';
import { seedBase } from '../db/seed/base.js';
import { createDb, type Db } from '../platform/db.js';
import { runMigrations } from '../platform/migrate.js';
import { hashPassword } from '../platform/secrets.js';
import { CHUNK_SQL } from './bench-requests.sql.js';
import * as words from './bench-requests.words.js';

export interface BenchRequestsOptions {
  requests: number;
  timeline: number;
  /** Open requests wanted (about). Default: 10% of requests. */
  open?: number;
  /** Generated agents per service tier 1/2/3 (besides the demo/seeded ones). */
  agents: [number, number, number];
  /** Requests per statement. */
  chunk: number;
  /** The instant the data is consistent with (default: now). */
  now?: Date;
  log: (line: string) => void;
}

export const defaultBenchRequestsOptions: BenchRequestsOptions = {
  requests: 1_000_000,
  timeline: 10_000_000,
  agents: [30, 20, 10],
  chunk: 50_000,
  log: (line) => console.log(line),
};

export const BENCH_AGENT_PASSWORD = 'bench1234';
const AGENT_ROLES = ['agent', 'engineer', 'expert'] as const;

/** The tables the generator fills (their secondary indexes are rebuilt after the load). */
const TABLES = ['service_requests', 'request_timeline'] as const;

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

async function one<T>(c: pg.PoolClient, text: string, params: unknown[] = []): Promise<T> {
  return (await c.query(text, params)).rows[0] as T;
}

/** Service teams by tier, request states by category, the 7×24 policies; fails clearly when not seeded. */
async function lookups(c: pg.PoolClient) {
  const teams = (
    await c.query<{ id: string; tier: number }>(
      `select id, tier from teams where kind = 'service' and tier in (1, 2, 3) order by tier, key`,
    )
  ).rows;
  const teamByTier = [1, 2, 3].map((t) => teams.find((x) => x.tier === t)?.id);
  if (teamByTier.some((t) => !t)) throw new Error('service teams of tiers 1-3 are not seeded');
  const states = (
    await c.query<{ key: string; category: string }>(
      'select key, category from request_states order by position, key',
    )
  ).rows;
  const byCategory = (cat: string) => {
    const keys = states.filter((s) => s.category === cat).map((s) => s.key);
    if (keys.length === 0)
      throw new Error(`no request state of category ${cat} (service-desk seed missing?)`);
    return keys;
  };
  const policies = (
    await c.query<{ key: string; id: string; version: number; calendar_id: string }>(
      `select p.builtin_key as key, p.id, p.version, v.calendar_id from sla_policies p
       join sla_policy_versions v on v.policy_id = p.id and v.version = p.version
       join calendars k on k.id = v.calendar_id and k.kind = '24x7'
       where p.builtin_key in ('standard', 'premium')`,
    )
  ).rows;
  const standard = policies.find((p) => p.key === 'standard');
  const premium = policies.find((p) => p.key === 'premium');
  if (!standard || !premium) throw new Error('the 7×24 SLA policies standard/premium are not seeded');
  const products = (await c.query<{ id: string }>('select id from products order by code')).rows.map(
    (r) => r.id,
  );
  return {
    teamByTier: teamByTier as string[],
    states: {
      new: byCategory('new'),
      open: byCategory('open'),
      pending: byCategory('pending'),
      resolved: byCategory('resolved'),
      closed: byCategory('closed'),
    },
    standard,
    premium,
    products,
  };
}

/** Bench agents `bench-agent-t<tier>-NN` (roles agent/engineer/expert) in the service teams; temp table of all team members. */
async function prepareAgents(
  c: pg.PoolClient,
  teamByTier: string[],
  wanted: number[],
  log: (l: string) => void,
) {
  const hash = await hashPassword(BENCH_AGENT_PASSWORD);
  let created = 0;
  for (const [i, teamId] of teamByTier.entries()) {
    const res = await c.query(
      `with r as (select id from roles where key = $1),
       u as (
         insert into users (username, display_name, email, password_hash, role_id)
         select 'bench-agent-t' || $2::int || '-' || lpad(n::text, 3, '0'), '工程师' || $2::int || '-' || n,
                'bench-agent-t' || $2::int || '-' || n || '@vendor.example.com', $3, r.id
         from generate_series(1, $4::int) n, r
         on conflict do nothing returning id)
       insert into user_teams (user_id, team_id) select id, $5 from u`,
      [AGENT_ROLES[i], i + 1, hash, wanted[i], teamId],
    );
    created += res.rowCount ?? 0;
  }
  if (created) log(`created ${created} agents (bench-agent-t<tier>-NNN, password ${BENCH_AGENT_PASSWORD})`);
  await c.query('drop table if exists bench_agent');
  await c.query(
    `create temp table bench_agent as
     select t.tier, (row_number() over (partition by t.tier order by u.username) - 1)::int as n, u.id
     from user_teams ut join teams t on t.id = ut.team_id join users u on u.id = ut.user_id
     where t.id = any($1::uuid[]) and not u.disabled`,
    [teamByTier],
  );
  await c.query('alter table bench_agent add primary key (tier, n)');
  const counts = (
    await c.query<{ tier: number; n: string }>(
      'select tier, count(*) n from bench_agent group by tier order by tier',
    )
  ).rows;
  return [1, 2, 3].map((t) => Number(counts.find((x) => x.tier === t)?.n ?? 0));
}

/** Index definitions (other than primary keys) of the tables, to drop for the load and recreate after. */
async function secondaryIndexes(c: pg.PoolClient): Promise<{ name: string; def: string }[]> {
  return (
    await c.query<{ name: string; def: string }>(
      `select i.relname as name, pg_get_indexdef(x.indexrelid) as def
       from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
       where t.relname = any($1) and t.relnamespace = 'public'::regnamespace and not x.indisprimary
       order by t.relname, i.relname`,
      [TABLES],
    )
  ).rows;
}

/** Generates and inserts the data; the database must be migrated and seeded, with customers. */
export async function generateBenchRequests(db: Db, options: Partial<BenchRequestsOptions> = {}) {
  const o = { ...defaultBenchRequestsOptions, ...options };
  const now = o.now ?? new Date();
  const open = o.open ?? Math.round(o.requests / 10);
  // ~82% of the window is open (80% of it, plus every request younger than 3 days).
  const window = Math.min(o.requests, Math.round(open / 0.82));
  const span = Math.max(1, Math.round((2 * o.timeline) / o.requests) - 1);
  const started = performance.now();
  const c = await db.$client.connect();
  const indexes: { name: string; def: string }[] = [];
  try {
    const l = await lookups(c);
    const agentCounts = await prepareAgents(c, l.teamByTier, o.agents, o.log);
    if (agentCounts.some((n) => n === 0)) throw new Error(`a service tier has no agents: ${agentCounts}`);
    await c.query('drop table if exists bench_cust');
    await c.query(
      `create temp table bench_cust as
       select (row_number() over (order by random()) - 1)::int as n, c.id, k.contact_id
       from customers c
       left join (select distinct on (customer_id) customer_id, id as contact_id from contacts order by customer_id, id) k
         on k.customer_id = c.id`,
    );
    await c.query('alter table bench_cust add primary key (n)');
    const customerCount = Number((await one<{ n: string }>(c, 'select count(*) n from bench_cust')).n);
    if (customerCount === 0)
      throw new Error('no customers: run the customers generator (bench-data.ts) first');
    const seq = await one<{ last_value: string; is_called: boolean }>(
      c,
      'select last_value, is_called from service_request_number_seq',
    );
    const seqBase = Number(seq.last_value) - (seq.is_called ? 0 : 1);
    o.log(
      `generating ${o.requests} requests (~${open} open) and ~${o.timeline} timeline entries over ` +
        `${customerCount} customers, agents per tier ${agentCounts.join('/')}, ${l.products.length} products`,
    );

    // Bulk-load settings for this session: no FK triggers (ids are valid by construction), big sorts.
    await c.query(`set session_replication_role = replica`);
    await c.query(`set maintenance_work_mem = '1GB'`);
    await c.query(`set work_mem = '256MB'`);
    await c.query(`set synchronous_commit = off`);
    // Fewer checkpoints during the load (reset below so the measured server runs with its own settings).
    await c.query(`alter system set max_wal_size = '16GB'`);
    await c.query('select pg_reload_conf()');
    indexes.push(...(await secondaryIndexes(c)));
    for (const ix of indexes) await c.query(`drop index if exists "${ix.name}"`);
    o.log(`dropped ${indexes.length} secondary indexes for the load`);

    let done = 0;
    let entries = 0;
    for (let from = 1; from <= o.requests; from += o.chunk) {
      const to = Math.min(o.requests, from + o.chunk - 1);
      // $1..$26 of CHUNK_SQL, in order.
      const res = await c.query(CHUNK_SQL, [
        from,
        to,
        o.requests,
        window, // $4: the newest rows, received over the last 30 days
        now,
        seqBase, // $6: number = SR-<year>-<seqBase + g>
        l.premium.id,
        l.standard.id,
        l.teamByTier, // $9: service team id by tier
        l.products,
        l.states.new, // $11..$15: state keys by category
        l.states.open,
        l.states.pending,
        l.states.resolved,
        l.states.closed,
        [...words.subjectWhat],
        [...words.subjectSymptom],
        [...words.descriptionDetail],
        agentCounts, // $19: agents per tier in the bench_agent temp table
        [l.standard.version, l.premium.version],
        l.standard.calendar_id,
        [...words.rootCauses],
        customerCount,
        [...words.replyBodies],
        [...words.noteBodies],
        span, // $26: timeline entries per request are 1..span
      ]);
      done = to;
      entries += res.rowCount ?? 0;
      const s = (performance.now() - started) / 1000;
      o.log(
        `  ${done}/${o.requests} requests, ${entries} timeline entries, ${s.toFixed(0)} s, ` +
          `${Math.round((done + entries) / s)} rows/s`,
      );
    }
    await c.query(`select setval('service_request_number_seq', $1::bigint)`, [seqBase + o.requests]);
    const loaded = performance.now();

    await rebuildIndexes(c, indexes.splice(0), o.log);
    const t0 = performance.now();
    await c.query('vacuum analyze service_requests, request_timeline');
    o.log(`vacuum analyze: ${seconds(t0)} s`);
    return {
      requests: done,
      timeline: entries,
      loadSeconds: (loaded - started) / 1000,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    // Never leave the tables without their indexes, even after a failed chunk.
    if (indexes.length)
      await rebuildIndexes(c, indexes, o.log).catch((e) => o.log(`index rebuild failed: ${e}`));
    await c.query('alter system reset max_wal_size').catch(() => {});
    await c.query('select pg_reload_conf()').catch(() => {});
    await c.query('reset session_replication_role').catch(() => {});
    await c.query('drop table if exists bench_cust, bench_agent').catch(() => {});
    c.release();
  }
}

async function rebuildIndexes(
  c: pg.PoolClient,
  indexes: { name: string; def: string }[],
  log: (l: string) => void,
) {
  for (const ix of indexes) {
    const t0 = performance.now();
    await c.query(ix.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
    log(`  index ${ix.name}: ${seconds(t0)} s`);
  }
  await c.query('checkpoint');
}

function parseArgs(argv: string[]): Partial<BenchRequestsOptions> {
  const out: Partial<BenchRequestsOptions> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]!.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!['requests', 'timeline', 'open', 'chunk'].includes(key) || !Number.isInteger(value) || value < 1) {
      throw new Error(`usage: bench-requests.ts [--requests N] [--timeline N] [--open N] [--chunk N]
(bad argument near ${argv[i]} ${argv[i + 1] ?? ''})`);
    }
    (out as Record<string, number>)[key] = value;
  }
  return out;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the database to fill');
  const opts = parseArgs(process.argv.slice(2));
  await runMigrations(url);
  const db = createDb(url, { max: 2 });
  try {
    await seedBase(db);
    const res = await generateBenchRequests(db, opts);
    console.log(
      `inserted ${res.requests} requests and ${res.timeline} timeline entries: load ${res.loadSeconds.toFixed(1)} s, ` +
        `total with indexes and VACUUM ANALYZE ${res.seconds.toFixed(1)} s`,
    );
  } finally {
    await db.$client.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
