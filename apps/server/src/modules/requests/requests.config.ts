/**
 * The service desk's near-static configuration — request states, the
 * transition table, the desk settings and the id of the seeded 'standard'
 * SLA policy — read once per process instead of on every intake and detail
 * read (they cost 4–5 statements per create otherwise).
 *
 * Freshness: the admin writes (requests.admin.ts) call
 * `invalidateDeskConfig` after their transaction, so an admin change takes
 * effect immediately in this process. Another process (a second server, the
 * CLI) sees it after at most TTL_MS: for that long a request there may still
 * be received in the old initial state, or a detail may offer a transition
 * that was just removed — the write paths (applyTransition, routing, the
 * auto-close) read the table in their own transaction, so nothing is ever
 * written against a stale table. The standard policy's id never changes
 * (seeded once, policies are not deleted), and the policy's terms and
 * calendar are still read fresh at every intake, so no SLA decision depends
 * on this cache's staleness.
 */
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import * as repo from './requests.repo.js';
import { standardPolicyIdOrNull } from './requests.terms.js';

const TTL_MS = 10_000;

export interface DeskConfig {
  states: repo.StateRow[];
  /** from-state → the reachable states with their categories, in state position order. */
  targets: Map<string, { key: string; category: repo.StateRow['category'] }[]>;
  settings: Awaited<ReturnType<typeof repo.getSettings>>;
  standardPolicyId: string | null;
}

interface Entry {
  generation: number;
  loadedAt: number;
  config?: DeskConfig;
}

// Keyed by the database handle (deps.db): a test process may hold several databases.
const entries = new WeakMap<object, Entry>();

function entryOf(db: Deps['db']): Entry {
  let e = entries.get(db);
  if (!e) {
    e = { generation: 0, loadedAt: 0 };
    entries.set(db, e);
  }
  return e;
}

/** Forget the cached configuration (call after a write to states, transitions or settings commits). */
export function invalidateDeskConfig(db: Deps['db']): void {
  const e = entryOf(db);
  e.generation++;
  delete e.config;
}

/**
 * The configuration, cached per process. `reader` runs the queries on a
 * miss (the caller's transaction, so a miss takes no second connection).
 */
export async function deskConfig(deps: Pick<Deps, 'db'>, reader: DbOrTx = deps.db): Promise<DeskConfig> {
  const e = entryOf(deps.db);
  const now = Date.now();
  if (e.config && now - e.loadedAt < TTL_MS) return e.config;
  const generation = e.generation;
  const states = await repo.listStates(reader);
  const transitions = await repo.listTransitions(reader);
  const settings = await repo.getSettings(reader);
  const standardPolicyId = await standardPolicyIdOrNull(reader);
  const categoryOf = new Map(states.map((s) => [s.key, s.category]));
  const targets = new Map<string, { key: string; category: repo.StateRow['category'] }[]>();
  // states are in position order, so the targets are too (like repo.targetsFrom).
  for (const s of states) {
    for (const t of transitions) {
      if (t.toState !== s.key || !categoryOf.has(t.toState)) continue;
      const list = targets.get(t.fromState) ?? [];
      list.push({ key: s.key, category: s.category });
      targets.set(t.fromState, list);
    }
  }
  const config: DeskConfig = { states, targets, settings, standardPolicyId };
  // An invalidation while we read means what we read may predate the admin's commit: don't keep it.
  // Nor a configuration without the standard policy (not seeded yet): the next intake looks again.
  if (e.generation === generation && standardPolicyId) {
    e.config = config;
    e.loadedAt = now;
  }
  return config;
}
