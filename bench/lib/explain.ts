/**
 * EXPLAIN (ANALYZE, BUFFERS) of the exact SQL a list use case sends (the
 * customers list/search, the service-request queue pages): the use case runs in-process against the bench database with a
 * drizzle logger that records each statement, then every recorded statement
 * is explained on a direct pg connection with the same parameters.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from '../../apps/server/src/db/schema/index.js';
import { login } from '../../apps/server/src/modules/auth/index.js';
import { customerListQuery } from '../../apps/server/src/modules/customers/customers.schema.js';
import { listCustomers } from '../../apps/server/src/modules/customers/customers.service.js';
import type { Actor } from '../../apps/server/src/platform/access.js';
import { systemClock } from '../../apps/server/src/platform/clock.js';
import { loadConfig } from '../../apps/server/src/platform/config.js';
import type { Db } from '../../apps/server/src/platform/db.js';
import type { Deps } from '../../apps/server/src/platform/deps.js';
import { createLogger } from '../../apps/server/src/platform/logger.js';

export interface Captured {
  sql: string;
  params: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Total Time'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface ExplainSummary {
  statement: string;
  planningMs: number;
  executionMs: number;
  nodes: string[];
  sharedHit: number;
  sharedRead: number;
  text: string;
}

function walk(node: PlanNode, out: string[]): void {
  const type = node['Scan Direction'] === 'Backward' ? `${node['Node Type']} Backward` : node['Node Type'];
  const name = node['Index Name']
    ? `${type} using ${node['Index Name']}`
    : node['Relation Name']
      ? `${type} on ${node['Relation Name']}`
      : type;
  if (node['Index Name'] || node['Relation Name'] || /Bitmap|Sort|Limit/.test(node['Node Type'])) {
    out.push(
      `${name} (rows ${node['Actual Rows'] ?? '?'}, ${node['Actual Total Time']?.toFixed(2) ?? '?'} ms)`,
    );
  }
  for (const child of node.Plans ?? []) walk(child, out);
}

/** Runs the list use case for `username` with query `q` and explains each statement it sent. */
export function explainList(
  pool: pg.Pool,
  user: { username: string; password: string },
  query: Record<string, string>,
): Promise<ExplainSummary[]> {
  return explainUseCase(pool, user, (deps, actor) =>
    listCustomers(deps, actor, customerListQuery.parse(query)),
  );
}

/**
 * Logs in as `user` in-process, runs `useCase` with a drizzle logger that
 * records every statement it sends, and explains each one (ANALYZE, BUFFERS)
 * on a direct pg connection with the same parameters. Statements that write
 * are explained too, so only pass read-only use cases.
 */
export async function explainUseCase(
  pool: pg.Pool,
  user: { username: string; password: string },
  useCase: (deps: Deps, actor: Actor) => Promise<unknown>,
): Promise<ExplainSummary[]> {
  let captured: Captured[] = [];
  const db = drizzle(pool, {
    schema,
    logger: { logQuery: (sql, params) => captured.push({ sql, params }) },
  }) as Db;
  const deps: Deps = { db, clock: systemClock, config: loadConfig({}), log: createLogger('warn') };
  const outcome = await login(deps, user, { ip: '127.0.0.1', userAgent: 'bench', requestId: 'bench' });
  if (outcome.kind !== 'session') throw new Error('bench users log in without a second factor');
  const { actor } = outcome;
  captured = [];
  await useCase(deps, actor);
  return explainStatements(pool, captured);
}

/** EXPLAIN (ANALYZE, BUFFERS) of recorded statements. */
export async function explainStatements(pool: pg.Pool, statements: Captured[]): Promise<ExplainSummary[]> {
  const out: ExplainSummary[] = [];
  for (const c of statements) {
    const json = await pool.query(`explain (analyze, buffers, format json) ${c.sql}`, c.params);
    const text = await pool.query(`explain (analyze, buffers) ${c.sql}`, c.params);
    const plan = (
      json.rows[0] as {
        'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }];
      }
    )['QUERY PLAN'][0];
    const nodes: string[] = [];
    walk(plan.Plan, nodes);
    out.push({
      statement: c.sql.replace(/\s+/g, ' ').slice(0, 160),
      planningMs: plan['Planning Time'],
      executionMs: plan['Execution Time'],
      nodes,
      sharedHit: plan.Plan['Shared Hit Blocks'] ?? 0,
      sharedRead: plan.Plan['Shared Read Blocks'] ?? 0,
      text: (text.rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n'),
    });
  }
  return out;
}
