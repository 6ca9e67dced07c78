/**
 * The request mixes of the service-desk bench: queue pages (50 rows with
 * customer, team, assignee and due times) for a service manager (scope all)
 * and a tier-1 agent, and the create body for POST /api/requests.
 */
import type pg from 'pg';
import { DEMO_PASSWORD } from '../../apps/server/src/db/seed/demo.js';
import { type Call, login, type Session, send } from './http-load.js';

export interface QueueCase {
  name: string;
  user: { username: string; password: string };
  session: Session;
  /** The list query (also used for EXPLAIN). */
  query: Record<string, string>;
  /** Cursor pages instead of page 1 (walked once up front). */
  cursors?: string[];
  /** Whether the p95 target applies (queue pages = open work). */
  target: boolean;
  /** The p95 target when it is not the queue pages' 10 ms (the tab counts: 20 ms). */
  targetMs?: number;
  call: (i: number) => Call;
}

const OPEN = 'new,open,pending';
export const SERVICE_MANAGER = { username: 'service-manager', password: DEMO_PASSWORD };
export const AGENT = { username: 'agent', password: DEMO_PASSWORD };

const qs = (q: Record<string, string>) => new URLSearchParams(q).toString();

export async function queueCases(baseUrl: string, pool: pg.Pool): Promise<QueueCase[]> {
  const manager = await login(baseUrl, SERVICE_MANAGER.username, SERVICE_MANAGER.password);
  const agent = await login(baseUrl, AGENT.username, AGENT.password);
  const tier2 = (
    await pool.query<{ id: string }>(
      `select id from teams where kind = 'service' and tier = 2 order by key limit 1`,
    )
  ).rows[0]?.id;
  // What the agent console sends for its tabs: view + sort=due&order=asc&limit=50 (requests.api.ts filterQuery).
  const tab = (view: string) => ({ view, sort: 'due', order: 'asc', limit: '50' });
  const open = { stateCategory: OPEN, sort: 'due', order: 'asc', limit: '50' };
  const defs: Omit<QueueCase, 'call' | 'session'>[] = [
    { name: 'tab all (manager)', user: SERVICE_MANAGER, query: tab('all'), target: true },
    { name: 'tab unassigned (manager)', user: SERVICE_MANAGER, query: tab('unassigned'), target: true },
    { name: 'tab at risk (manager)', user: SERVICE_MANAGER, query: tab('at_risk'), target: true },
    { name: 'tab breached (manager)', user: SERVICE_MANAGER, query: tab('breached'), target: true },
    { name: 'tab waiting (manager)', user: SERVICE_MANAGER, query: tab('waiting'), target: true },
    { name: 'tab mine (agent)', user: AGENT, query: tab('mine'), target: true },
    { name: 'tab team (agent, tier 1)', user: AGENT, query: tab('team'), target: true },
    { name: 'tab unassigned (agent)', user: AGENT, query: tab('unassigned'), target: true },
    ...(tier2
      ? [
          {
            name: 'tab all + teamId tier 2 (manager)',
            user: SERVICE_MANAGER,
            query: { ...tab('all'), teamId: tier2 },
            target: true,
          },
        ]
      : []),
    // Open work only (stateCategory filter): what the tabs would cost if they were queues of open requests.
    { name: 'all open by due (manager)', user: SERVICE_MANAGER, query: open, target: true },
    { name: 'mine open by due (agent)', user: AGENT, query: { ...open, view: 'mine' }, target: true },
    { name: 'team open by due (agent)', user: AGENT, query: { ...open, view: 'team' }, target: true },
    {
      name: 'all by received, newest first (customer card order)',
      user: SERVICE_MANAGER,
      query: { view: 'all', sort: 'received', order: 'desc', limit: '50' },
      target: false,
    },
  ];
  const sessionOf = (u: { username: string }) => (u === AGENT ? agent : manager);
  const cases: QueueCase[] = defs.map((d) => ({
    ...d,
    session: sessionOf(d.user),
    call: () => ({ path: `/api/requests?${qs(d.query)}`, expect: 200 }),
  }));
  // Every tab's count in one call (issue 9: the console sent six list calls for its badges).
  for (const [name, user, session] of [
    ['tab counts, one call (manager)', SERVICE_MANAGER, manager],
    ['tab counts, one call (agent)', AGENT, agent],
  ] as const) {
    cases.push({
      name,
      user,
      session,
      query: {},
      target: true,
      targetMs: 20,
      call: () => ({ path: '/api/requests/counts', expect: 200 }),
    });
  }
  // The per-request floor of this server on this machine (session lookup, no request SQL): not explained.
  cases.unshift({
    name: 'baseline `GET /api/auth/me` (no request SQL)',
    user: SERVICE_MANAGER,
    session: manager,
    query: {},
    target: false,
    call: () => ({ path: '/api/auth/me', expect: 200 }),
  });

  // Pages 2..11 of a tab as a user pressing "load more" would get them.
  const walk = tab('unassigned');
  const cursors: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 10; i++) {
    const res = await send(manager, {
      path: `/api/requests?${qs({ ...walk, ...(cursor ? { cursor } : {}) })}`,
      expect: 200,
    });
    if (res.status !== 200) throw new Error(`queue walk: ${res.status} ${res.body.slice(0, 300)}`);
    cursor = (JSON.parse(res.body) as { nextCursor: string | null }).nextCursor;
    if (!cursor) break;
    cursors.push(cursor);
  }
  if (cursors.length) {
    cases.splice(2, 0, {
      name: 'tab unassigned, pages 2–11 (manager)',
      user: SERVICE_MANAGER,
      session: manager,
      query: { ...walk, cursor: cursors[Math.floor(cursors.length / 2)]! },
      cursors,
      target: true,
      call: (i) => ({
        path: `/api/requests?${qs({ ...walk, cursor: cursors[i % cursors.length]! })}`,
        expect: 200,
      }),
    });
  }
  return cases;
}

const subjects = [
  '登录页面无法打开',
  '报表导出超时',
  '数据同步数据不一致',
  '接口调用报错',
  '升级后打印模板显示乱码',
];
const severities = ['L1', 'L2', 'L2', 'L3', 'L3', 'L3', 'L4', 'L4'] as const;
const categories = ['incident', 'consultation', 'defect', 'upgrade'] as const;

/** Create calls spread over `customerIds` (phone intake by an agent, as a desk does all day). */
export function createCall(customerIds: string[]): (i: number) => Call {
  return (i) => ({
    method: 'POST',
    path: '/api/requests',
    expect: 201,
    body: {
      customerId: customerIds[i % customerIds.length],
      channel: 'phone',
      category: categories[i % categories.length],
      severity: severities[i % severities.length],
      subject: `${subjects[i % subjects.length]} #${i}`,
      description: '客户来电：从今天上午开始出现，影响部分用户。',
    },
  });
}

/**
 * The API calls the console (/requests) makes on a first load, as the browser
 * sends them (in parallel, after the session check): the signed-in user, the
 * default tab's first page, the tab counts, and the lookups of the filter bar,
 * saved views and the bell.
 */
export const firstLoadCalls: Call[] = [
  { path: '/api/requests?view=mine&sort=due&order=asc&limit=50', expect: 200 },
  { path: '/api/requests/counts', expect: 200 },
  { path: '/api/request-states', expect: 200 },
  { path: '/api/saved-views', expect: 200 },
  { path: '/api/users/options', expect: 200 },
  { path: '/api/teams', expect: 200 },
  { path: '/api/products?active=true&limit=100', expect: 200 },
  { path: '/api/notifications/unread-count', expect: 200 },
  { path: '/api/notifications?limit=10', expect: 200 },
];
