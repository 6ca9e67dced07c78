/**
 * Seeds the service desk (SPEC §6): the shipped request states with their
 * categories, the default transitions of the flow, the settings row and one
 * queue per service team. Runs on every start and only inserts what is
 * missing: a transition an admin removed is not given back, because default
 * transitions are inserted only together with the states they join.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.js';
import { teams } from '../schema/identity.js';
import {
  type AssignmentMode,
  requestStates,
  requestTransitions,
  type StateCategory,
  serviceDeskSettings,
  teamQueues,
} from '../schema/requests.js';

export const builtinStates: {
  key: string;
  category: StateCategory;
  nameZh: string;
  nameEn: string;
}[] = [
  { key: 'received', category: 'new', nameZh: '已受理', nameEn: 'Received' },
  { key: 'classified', category: 'open', nameZh: '已分类', nameEn: 'Classified' },
  { key: 'assigned', category: 'open', nameZh: '已分派', nameEn: 'Assigned' },
  { key: 'in_progress', category: 'open', nameZh: '处理中', nameEn: 'In progress' },
  { key: 'waiting_customer', category: 'pending', nameZh: '等待客户', nameEn: 'Waiting for customer' },
  { key: 'resolved', category: 'resolved', nameZh: '已解决', nameEn: 'Resolved' },
  { key: 'closed', category: 'closed', nameZh: '已关闭', nameEn: 'Closed' },
];

/**
 * The flow received → classified → assigned → in progress ⇄ waiting for
 * customer → resolved → closed, with the shortcuts a desk takes every day:
 * a simple question is answered (resolved) straight from any open state, a
 * request can be taken up at once, and resolved/closed requests reopen to
 * in progress (the reopen window is checked by the flow, not here).
 */
export const defaultTransitions: [string, string][] = [
  ['received', 'classified'],
  ['received', 'assigned'],
  ['received', 'in_progress'],
  ['received', 'resolved'],
  ['classified', 'assigned'],
  ['classified', 'in_progress'],
  ['classified', 'resolved'],
  ['assigned', 'in_progress'],
  ['assigned', 'waiting_customer'],
  ['assigned', 'resolved'],
  ['in_progress', 'waiting_customer'],
  ['in_progress', 'resolved'],
  ['waiting_customer', 'in_progress'],
  ['waiting_customer', 'resolved'],
  ['resolved', 'closed'],
  ['resolved', 'in_progress'],
  ['closed', 'in_progress'],
];

/**
 * Queue mode of a service team when its queue row is first created. Tier 1
 * takes the phone and portal traffic, so work is spread evenly; tiers 2 and 3
 * take escalations, where the least-loaded engineer should get the next one.
 */
const initialMode = (tier: number | null): AssignmentMode =>
  tier === 1 ? 'round_robin' : tier === 2 || tier === 3 ? 'least_loaded' : 'manual';

export async function seedServiceDesk(db: DbOrTx): Promise<void> {
  const now = new Date();
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(requestStates)
      .values(builtinStates.map((s, i) => ({ ...s, position: (i + 1) * 10, builtin: true })))
      .onConflictDoNothing({ target: requestStates.key })
      .returning({ key: requestStates.key });
    const fresh = new Set(inserted.map((r) => r.key));
    const transitions = defaultTransitions.filter(([a, b]) => fresh.has(a) && fresh.has(b));
    if (transitions.length) {
      await tx
        .insert(requestTransitions)
        .values(transitions.map(([fromState, toState]) => ({ fromState, toState })))
        .onConflictDoNothing();
    }
    await tx.insert(serviceDeskSettings).values({ id: 1, updatedAt: now }).onConflictDoNothing();
    const serviceTeams = await tx
      .select({ id: teams.id, tier: teams.tier })
      .from(teams)
      .where(eq(teams.kind, 'service'));
    if (serviceTeams.length) {
      await tx
        .insert(teamQueues)
        .values(serviceTeams.map((t) => ({ teamId: t.id, mode: initialMode(t.tier), updatedAt: now })))
        .onConflictDoNothing();
    }
  });
}
