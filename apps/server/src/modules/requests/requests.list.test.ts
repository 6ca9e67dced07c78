import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';
import { systemActor } from '../../platform/access.js';
import { permissions } from '../../platform/permissions.js';
import { listQuery, viewCounts } from './requests.repo.js';
import { requestFilterQuery } from './requests.schema.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const agent = await t.loginAs('agent');
const manager = await t.loginAs('service_manager');
const c = await newCustomer(db);
const base = Date.parse('2026-03-01T00:00:00Z');
const hour = 3_600_000;

const made = [
  await newServiceRequest(db, {
    customerId: c.id,
    severity: 'L1',
    subject: '支付网关超时',
    receivedAt: new Date(base),
  }),
  await newServiceRequest(db, {
    customerId: c.id,
    severity: 'L2',
    subject: '报表导出乱码',
    receivedAt: new Date(base + hour),
    assigneeId: agent.user.id,
    state: 'in_progress',
  }),
  await newServiceRequest(db, {
    customerId: c.id,
    severity: 'L3',
    subject: '等待客户提供日志',
    receivedAt: new Date(base + 2 * hour),
    state: 'waiting_customer',
    pausedAt: new Date(base + 3 * hour),
    resolutionDueAt: null,
    resolutionWarnAt: null,
  }),
  await newServiceRequest(db, {
    customerId: c.id,
    severity: 'L2',
    subject: '接口响应慢',
    receivedAt: new Date(base + 3 * hour),
    responseWarnedAt: new Date(base + 6 * hour),
  }),
  await newServiceRequest(db, {
    customerId: c.id,
    severity: 'L1',
    subject: '数据库连接池耗尽',
    receivedAt: new Date(base + 4 * hour),
    responseBreachedAt: new Date(base + 6 * hour),
  }),
  await newServiceRequest(db, {
    customerId: c.id,
    severity: 'L4',
    subject: '咨询培训安排',
    receivedAt: new Date(base + 5 * hour),
    state: 'closed',
    assigneeId: agent.user.id,
  }),
];
const numbers = (body: { items: { number: string }[] }) => body.items.map((i) => i.number);
const n = (i: number) => made[i]!.number;
const list = (q: string) => agent.get(`/api/requests?customerId=${c.id}&${q}`);

describe('request list', () => {
  it('filters by views, severity, state and search', async () => {
    expect(numbers((await list('')).body)).toEqual([5, 4, 3, 2, 1, 0].map(n));
    expect(numbers((await list('severity=L1,L2')).body)).toEqual([4, 3, 1, 0].map(n));
    expect(numbers((await list('state=in_progress')).body)).toEqual([n(1)]);
    expect(numbers((await list('view=waiting')).body)).toEqual([n(2)]);
    expect(numbers((await list('view=at_risk')).body)).toEqual([n(3)]);
    expect(numbers((await list('view=breached')).body)).toEqual([n(4)]);
    expect(numbers((await list('view=mine')).body)).toEqual([5, 1].map(n));
    expect(numbers((await list('view=unassigned')).body)).toEqual([4, 3, 2, 0].map(n));
    expect(numbers((await list('q=报表')).body)).toEqual([n(1)]);
    expect(numbers((await list(`q=${n(4)}`)).body)).toEqual([n(4)]);
    expect(
      numbers((await list('receivedFrom=2026-03-01T02:00:00Z&receivedTo=2026-03-01T04:00:00Z')).body),
    ).toEqual([3, 2].map(n));
    const item = (await list('state=in_progress')).body.items[0];
    expect(item).toMatchObject({
      customerName: c.name,
      assigneeName: agent.user.displayName,
      stateCategory: 'open',
    });
    expect((await list('view=nope')).status).toBe(400);
  });

  it('pages with keyset cursors in every sort without gaps or repeats', async () => {
    for (const q of [
      'sort=received',
      'sort=due',
      'sort=due&order=desc',
      'sort=severity',
      'sort=number&order=asc',
      'sort=updated',
    ]) {
      const all = numbers((await list(`${q}&limit=100`)).body);
      // Ordered by due, the list is the open work: the closed request is left out.
      expect(all).toHaveLength(q.startsWith('sort=due') ? 5 : 6);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await list(`${q}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status, res.text).toBe(200);
        paged.push(...numbers(res.body));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(paged, q).toEqual(all);
    }
    // Due soonest first; a request without a resolution due (paused) counts as infinitely far.
    const due = numbers((await list('sort=due&limit=100')).body);
    expect(due.at(-1)).toBe(n(2));
    expect(due[0]).toBe(n(0));
    const farthest = numbers((await list('sort=due&order=desc&limit=100')).body);
    expect(farthest[0]).toBe(n(2));
    expect(farthest.at(-1)).toBe(n(0));
    // Asked for explicitly, finished requests sort by their (historic) due too.
    const everything = numbers((await list('sort=due&stateCategory=new,open,pending,closed&limit=100')).body);
    expect(everything.slice(-2).sort()).toEqual([n(2), n(5)].sort());
  });

  it('the queue orders walk their indexes (no sort of the whole table)', async () => {
    const actor = systemActor(permissions);
    const plan = async (q: Record<string, string>, cursor?: { v: string | null; id: string }) => {
      const query = listQuery(db, actor, requestFilterQuery.parse(q), { cursor, limit: 50 }).toSQL();
      const client = await db.$client.connect();
      try {
        await client.query('begin');
        // The table is tiny here; make the planner show the plan it would use on a big one.
        await client.query('set local enable_seqscan = off');
        await client.query('set local enable_sort = off');
        const res = await client.query(`explain ${query.sql}`, query.params);
        await client.query('rollback');
        return res.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
      } finally {
        client.release();
      }
    };
    const id = '00000000-0000-4000-8000-000000000000';
    for (const cursor of [undefined, { v: '2026-03-01T00:00:00.000Z', id }]) {
      const received = await plan({}, cursor);
      expect(received).toContain('service_requests_received_idx');
      expect(received).not.toMatch(/^\s*(->\s*)?Sort\b/m);
      const due = await plan({ view: 'unassigned', sort: 'due' }, cursor);
      // The unassigned slice has its own partial index (0013), in due order like the open queue's.
      expect(due).toContain('service_requests_unassigned_idx');
      expect(due).not.toMatch(/^\s*(->\s*)?Sort\b/m);
    }
  });

  it('exports the filtered list as CSV with a BOM', async () => {
    const res = await agent.get(`/api/requests/export?customerId=${c.id}&severity=L1&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.text.startsWith('\uFEFF编号')).toBe(true);
    expect(res.text).toContain(n(0));
    expect(res.text).toContain(n(4));
    expect(res.text).not.toContain(n(1));
    const xlsx = await agent.get(`/api/requests/export?customerId=${c.id}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('saved views are per user', async () => {
    const created = await agent.post('/api/saved-views', {
      name: '我的L1',
      filters: { view: 'mine', severity: ['L1'] },
    });
    expect(created.status, created.text).toBe(201);
    expect((await agent.post('/api/saved-views', { name: '我的L1', filters: {} })).status).toBe(409);
    expect((await agent.post('/api/saved-views', { name: 'bad', filters: { view: 'nope' } })).status).toBe(
      400,
    );
    expect((await agent.get('/api/saved-views')).body.map((v: { name: string }) => v.name)).toEqual([
      '我的L1',
    ]);
    expect((await manager.get('/api/saved-views')).body).toEqual([]);
    expect((await manager.delete(`/api/saved-views/${created.body.id}`)).status).toBe(404);
    expect((await agent.delete(`/api/saved-views/${created.body.id}`)).status).toBe(204);
  });
});

describe('tab counts', () => {
  it('one call counts every tab exactly as the console lists it (open work, in scope)', async () => {
    const views = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'waiting'] as const;
    for (const who of [agent, manager]) {
      const counts = await who.get('/api/requests/counts');
      expect(counts.status).toBe(200);
      for (const view of views) {
        const page = await who.get(`/api/requests?view=${view}&sort=due&order=asc&limit=100`);
        expect(page.body.nextCursor).toBeNull();
        expect([view, counts.body[view]]).toEqual([view, page.body.items.length]);
      }
    }
    // Not vacuous: the fixtures above put work in these tabs; the closed request is not "mine" any more.
    const mine = (await agent.get('/api/requests/counts')).body;
    expect(mine.mine).toBeGreaterThanOrEqual(1);
    expect(mine).toMatchObject({ waiting: expect.any(Number) });
    const all = (await manager.get('/api/requests/counts')).body;
    expect(all.cap).toBe(1000);
    expect(all.breached).toBeGreaterThanOrEqual(1);
    expect(all.at_risk).toBeGreaterThanOrEqual(1);
    expect(all.waiting).toBeGreaterThanOrEqual(1);
    expect(all.unassigned).toBeGreaterThanOrEqual(3);
  });

  it('a capped count stops at the cap; uncapped counts are exact', async () => {
    const actor = systemActor(permissions);
    const exact = await viewCounts(db, actor, null);
    expect(exact.unassigned).toBeGreaterThanOrEqual(3);
    const capped = await viewCounts(db, actor, 2);
    expect(capped.unassigned).toBe(2);
    expect(capped.breached).toBe(Math.min(2, exact.breached));
  });

  it('a customer contact counts only their organisation', async () => {
    const other = await newCustomer(db);
    await newServiceRequest(db, { customerId: other.id, severity: 'L3', subject: '别家的请求' });
    const contact = await t.loginAs('customer_contact', { customerId: c.id });
    const counts = (await contact.get('/api/requests/counts')).body;
    const page = await contact.get('/api/requests?view=unassigned&sort=due&order=asc&limit=100');
    expect(page.body.items.every((i: { customerId: string }) => i.customerId === c.id)).toBe(true);
    expect(counts.unassigned).toBe(page.body.items.length);
    expect(counts.unassigned).toBeGreaterThanOrEqual(1);
  });
});

describe('desk configuration', () => {
  it('lists states and transitions; managers edit them, agents cannot', async () => {
    const res = await agent.get('/api/request-states');
    expect(res.body.states.map((s: { key: string }) => s.key)).toEqual([
      'received',
      'classified',
      'assigned',
      'in_progress',
      'waiting_customer',
      'resolved',
      'closed',
    ]);
    expect(res.body.transitions).toContainEqual({ from: 'waiting_customer', to: 'in_progress' });
    expect(
      (
        await agent.post('/api/request-states', {
          key: 'on_hold',
          category: 'pending',
          nameZh: '挂起',
          nameEn: 'On hold',
        })
      ).status,
    ).toBe(403);
    // The desk configuration is cached per process (requests.config.ts): warm it, then change it.
    const r = await newServiceRequest(db, {
      customerId: c.id,
      state: 'in_progress',
      receivedAt: t.clock.now(),
    });
    expect((await agent.get(`/api/requests/${r.id}`)).body.allowedTransitions).not.toContain('on_hold');
    const created = await manager.post('/api/request-states', {
      key: 'on_hold',
      category: 'pending',
      nameZh: '挂起',
      nameEn: 'On hold',
    });
    expect(created.status, created.text).toBe(201);
    const transitions = [...res.body.transitions, { from: 'in_progress', to: 'on_hold' }];
    expect((await manager.put('/api/request-transitions', { transitions })).status).toBe(200);
    expect((await agent.get(`/api/requests/${r.id}`)).body.allowedTransitions).toContain('on_hold');
    expect((await manager.delete('/api/request-states/closed')).status).toBe(409);
    await manager.put('/api/request-transitions', { transitions: res.body.transitions });
    expect((await agent.get(`/api/requests/${r.id}`)).body.allowedTransitions).not.toContain('on_hold');
    expect((await manager.delete('/api/request-states/on_hold')).status).toBe(204);
    const bad = await manager.put('/api/request-transitions', {
      transitions: [{ from: 'received', to: 'ghost' }],
    });
    expect(bad.body.errors[0].path).toEqual(['body', 'transitions', 0, 'to']);
  });

  it('settings need If-Match', async () => {
    const current = await agent.get('/api/service-desk/settings');
    expect(current.body).toMatchObject({ reopenWindowDays: 7, autoCloseDays: 3 });
    // Resolved 10 days ago: outside the 7-day reopen window, inside a 14-day one.
    const resolved = await newServiceRequest(db, {
      customerId: c.id,
      state: 'resolved',
      receivedAt: new Date(t.clock.now().getTime() - 12 * 24 * hour),
      resolvedAt: new Date(t.clock.now().getTime() - 10 * 24 * hour),
    });
    const allowed = async () => (await agent.get(`/api/requests/${resolved.id}`)).body.allowedTransitions;
    expect(await allowed()).not.toContain('in_progress');
    const body = { reopenWindowDays: 14, autoCloseDays: 5 };
    expect((await manager.put('/api/service-desk/settings', body)).status).toBe(428);
    const ok = await manager.put('/api/service-desk/settings', body, {
      'if-match': String(current.headers.etag),
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ ...body, version: current.body.version + 1 });
    // The detail follows the new window at once (the desk configuration cache is dropped on write).
    expect(await allowed()).toContain('in_progress');
    expect(
      (await manager.put('/api/service-desk/settings', body, { 'if-match': String(current.headers.etag) }))
        .status,
    ).toBe(412);
  });
});
