/**
 * The home page of the caller's role (issue 9): the blocks of figures that
 * role starts its day with, each with the list behind it. Only figures the
 * data holds today: a role whose work is not built yet (return visits,
 * invoicing) gets no block for it rather than a placeholder.
 */
import { z } from 'zod';
import { countRequestViews } from '../modules/requests/index.js';
import { listQueues } from '../modules/routing/index.js';
import { type Actor, can, requirePermission } from '../platform/access.js';
import type { Deps } from '../platform/deps.js';
import * as q from './home.queries.js';

export const homeKinds = ['agent', 'manager', 'sales', 'finance', 'executive', 'none'] as const;
export type HomeKind = (typeof homeKinds)[number];

const block = z.object({
  /** What the figure is (the web app's i18n key under home.blocks). */
  key: z.string(),
  value: z.number(),
  /** For a share: the number of requests it is a share of (value is 0–100). */
  of: z.number().int().nullable(),
  /** The list behind the figure (a web app path with its filters). */
  link: z.string().nullable(),
  /** Per-team figures (team load): name and its own list. */
  items: z
    .array(
      z.object({
        id: z.string(),
        name: z.object({ zh: z.string(), en: z.string() }),
        open: z.number().int(),
        unassigned: z.number().int(),
        link: z.string(),
      }),
    )
    .nullable(),
});
export type HomeBlock = z.infer<typeof block>;

export const homeResponse = z.object({
  kind: z.enum(homeKinds),
  /** The start of the period the "today"/"quarter" figures count from (Asia/Shanghai). */
  since: z.string().nullable(),
  blocks: z.array(block),
});
export type HomeResponse = z.infer<typeof homeResponse>;

const byRole: Record<string, HomeKind> = {
  agent: 'agent',
  engineer: 'agent',
  expert: 'agent',
  tester: 'agent',
  consultant: 'agent',
  service_manager: 'manager',
  admin: 'manager',
  sales_rep: 'sales',
  sales_director: 'sales',
  finance: 'finance',
  executive: 'executive',
  technical_director: 'executive',
  consulting_director: 'executive',
  customer_contact: 'none',
};

/** A role made by an admin gets the home of what it may do. */
export function homeKindOf(actor: Actor): HomeKind {
  const known = byRole[actor.roleKey];
  if (known) return known;
  if (actor.customerId) return 'none';
  if (can(actor, 'requests:assign')) return 'manager';
  if (can(actor, 'requests:reply')) return 'agent';
  if (can(actor, 'customers:write')) return 'sales';
  if (can(actor, 'requests:read')) return 'executive';
  return 'none';
}

// China has no daylight saving time: the desk's day and quarter start at 00:00 UTC+8.
const SHANGHAI_MS = 8 * 3_600_000;
function shanghaiStart(now: Date, unit: 'day' | 'quarter'): Date {
  const local = new Date(now.getTime() + SHANGHAI_MS);
  const y = local.getUTCFullYear();
  const start =
    unit === 'day'
      ? Date.UTC(y, local.getUTCMonth(), local.getUTCDate())
      : Date.UTC(y, Math.floor(local.getUTCMonth() / 3) * 3, 1);
  return new Date(start - SHANGHAI_MS);
}

const figure = (key: string, value: number, link: string | null, of: number | null = null): HomeBlock => ({
  key,
  value,
  of,
  link,
  items: null,
});

const tab = (view: string) => `/requests?view=${view}`;

async function agentHome(deps: Deps, actor: Actor, now: Date) {
  const since = shanghaiStart(now, 'day');
  const [counts, replies] = await Promise.all([
    countRequestViews(deps, actor, null),
    q.repliesSince(deps.db, actor, since),
  ]);
  return {
    since,
    blocks: [
      figure('myQueue', counts.mine, tab('mine')),
      figure('atRisk', counts.at_risk, tab('at_risk')),
      figure('breached', counts.breached, tab('breached')),
      figure('todayReplies', replies, `${tab('mine')}&sort=updated&order=desc`),
    ],
  };
}

async function managerHome(deps: Deps, actor: Actor) {
  const [counts, backlog, queues] = await Promise.all([
    countRequestViews(deps, actor, null),
    q.backlog(deps.db, actor),
    listQueues(deps, actor),
  ]);
  const load: HomeBlock = {
    ...figure(
      'teamLoad',
      queues.reduce((n, x) => n + x.open, 0),
      null,
    ),
    items: queues.map((x) => ({
      id: x.teamId,
      name: { zh: x.nameZh, en: x.nameEn },
      open: x.open,
      unassigned: x.unassigned,
      link: `${tab('all')}&teamId=${x.teamId}`,
    })),
  };
  return {
    since: null,
    blocks: [
      figure('backlog', backlog, tab('all')),
      figure('atRisk', counts.at_risk, tab('at_risk')),
      figure('breached', counts.breached, tab('breached')),
      figure('unassigned', counts.unassigned, tab('unassigned')),
      load,
    ],
  };
}

async function salesHome(deps: Deps, actor: Actor) {
  const blocks: HomeBlock[] = [];
  if (can(actor, 'customers:read')) {
    blocks.push(
      figure('myCustomers', await q.ownedCustomers(deps.db, actor), `/customers?ownerId=${actor.userId}`),
    );
  }
  if (can(actor, 'contracts:read')) {
    blocks.push(
      figure(
        'renewalsDue',
        await q.openRenewals(deps.db, actor),
        `/renewal-tasks?status=open&ownerId=${actor.userId}`,
      ),
    );
  }
  return { since: null, blocks };
}

async function financeHome(deps: Deps, actor: Actor) {
  const n = await q.billableFinished(deps.db, actor);
  return {
    since: null,
    blocks: [
      figure(
        'billableToConfirm',
        n,
        `${tab('all')}&coverage=billable&stateCategory=resolved,closed&sort=updated&order=desc`,
      ),
    ],
  };
}

async function executiveHome(deps: Deps, actor: Actor, now: Date) {
  const since = shanghaiStart(now, 'quarter');
  const f = await q.quarterFigures(deps.db, actor, since);
  const from = `receivedFrom=${encodeURIComponent(since.toISOString())}`;
  const share = f.responseMeasured ? Math.round((f.responseMet / f.responseMeasured) * 1000) / 10 : 0;
  return {
    since,
    blocks: [
      figure('quarterReceived', f.received, `${tab('all')}&sort=received&order=desc&${from}`),
      figure(
        'quarterResolved',
        f.resolved,
        `${tab('all')}&stateCategory=resolved,closed&sort=updated&order=desc`,
      ),
      figure('responseInTarget', share, null, f.responseMeasured),
      figure('quarterBreached', f.breached, `${tab('all')}&sort=received&order=desc&${from}`),
    ],
  };
}

/** GET /home: the blocks of the caller's home, in their data scope. */
export async function getHome(deps: Deps, actor: Actor): Promise<HomeResponse> {
  const kind = homeKindOf(actor);
  const now = deps.clock.now();
  if (kind !== 'none' && kind !== 'sales') requirePermission(actor, 'requests:read');
  const out =
    kind === 'agent'
      ? await agentHome(deps, actor, now)
      : kind === 'manager'
        ? await managerHome(deps, actor)
        : kind === 'sales'
          ? await salesHome(deps, actor)
          : kind === 'finance'
            ? await financeHome(deps, actor)
            : kind === 'executive'
              ? await executiveHome(deps, actor, now)
              : { since: null, blocks: [] };
  return { kind, since: out.since?.toISOString() ?? null, blocks: out.blocks };
}
