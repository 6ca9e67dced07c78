import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/app.js';
import { auditLog } from '../db/schema/audit.js';
import { serviceRequests } from '../db/schema/requests.js';
import { newUser, teamByKey } from '../db/seed/factories.js';
import { newCustomer } from '../db/seed/factories-customers.js';
import { newServiceRequest } from '../db/seed/factories-requests.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const manager = await t.loginAs('service_manager');
const customer = await newCustomer(db);
const other = await newCustomer(db);
const team = await teamByKey(db, 'customer_service');
const agent = await newUser(db, { role: 'agent', teamIds: [team.id] });

const fresh = (over: Partial<Parameters<typeof newServiceRequest>[1]> = {}) =>
  newServiceRequest(db, { customerId: customer.id, receivedAt: t.clock.now(), ...over });
const item = (r: { id: string; version: number }) => ({ id: r.id, version: r.version });
const auditsOf = (ids: string[], action: string) =>
  db
    .select({ entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(inArray(auditLog.entityId, ids), eq(auditLog.action, action)));
const rowOf = async (id: string) =>
  (await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;

describe('POST /requests/bulk', () => {
  it('assigns each selected request with one audit entry each; a stale row says so, the others succeed', async () => {
    const [a, b, stale] = [await fresh(), await fresh(), await fresh()];
    const res = await manager.post('/api/requests/bulk', {
      action: 'assign',
      assigneeId: agent.id,
      items: [item(a), item(b), { id: stale.id, version: stale.version + 5 }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ succeeded: 2, failed: 1 });
    expect(res.body.results).toEqual([
      { id: a.id, ok: true, version: a.version + 1, code: null, message: null },
      { id: b.id, ok: true, version: b.version + 1, code: null, message: null },
      {
        id: stale.id,
        ok: false,
        version: stale.version,
        code: 'precondition_failed',
        message: expect.any(String),
      },
    ]);
    expect((await rowOf(a.id)).assigneeId).toBe(agent.id);
    expect((await rowOf(stale.id)).assigneeId).toBeNull();
    const audits = await auditsOf([a.id, b.id, stale.id], 'request.assigned');
    expect(audits.map((x) => x.entityId).sort()).toEqual([a.id, b.id].sort());
  });

  it('changes state where the transition table allows it and reports the illegal ones', async () => {
    const open = await fresh({ state: 'in_progress' });
    const closed = await fresh({ state: 'closed' });
    const res = await manager.post('/api/requests/bulk', {
      action: 'transition',
      to: 'waiting_customer',
      items: [item(open), item(closed)],
    });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: open.id, ok: true });
    expect(res.body.results[1]).toMatchObject({ id: closed.id, ok: false, code: 'invalid_state' });
    expect((await rowOf(open.id)).state).toBe('waiting_customer');
    expect((await rowOf(closed.id)).state).toBe('closed');
    expect(await auditsOf([open.id, closed.id], 'request.transition')).toHaveLength(1);
  });

  it('adds a tag keeping the existing ones, and a request outside scope is not found', async () => {
    const tagged = await fresh({ tags: ['VIP'] });
    const rep = await t.loginAs('sales_rep');
    const own = await newCustomer(db, { ownerId: rep.user.id });
    const mine = await newServiceRequest(db, { customerId: own.id });
    const notMine = await newServiceRequest(db, { customerId: other.id });
    const body = { action: 'tag', tag: '回访', items: [item(mine), item(notMine)] };
    // A sales rep may not change requests at all: the whole call is refused.
    expect((await rep.post('/api/requests/bulk', body)).status).toBe(403);
    const res = await manager.post('/api/requests/bulk', { ...body, items: [item(tagged), item(mine)] });
    expect(res.body).toMatchObject({ succeeded: 2, failed: 0 });
    expect((await rowOf(tagged.id)).tags).toEqual(['VIP', '回访']);
    // A request the caller cannot see (missing, or outside their scope: the same answer) fails alone.
    const missing = { id: '00000000-0000-4000-8000-000000000000', version: 1 };
    const partial = await manager.post('/api/requests/bulk', {
      ...body,
      items: [missing, item(await rowOf(notMine.id))],
    });
    expect(partial.body.results[0]).toMatchObject({ id: missing.id, ok: false, code: 'not_found' });
    expect(partial.body.results[1]).toMatchObject({ id: notMine.id, ok: true });
  });

  it('merges the selected duplicates into one request of the same customer', async () => {
    const into = await fresh();
    const [d1, d2] = [await fresh(), await fresh()];
    const foreign = await newServiceRequest(db, { customerId: other.id });
    const res = await manager.post('/api/requests/bulk', {
      action: 'merge',
      intoId: into.id,
      items: [item(d1), item(d2), item(foreign)],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
    expect(res.body.results[2]).toMatchObject({ code: 'validation' });
    expect((await rowOf(d1.id)).mergedIntoId).toBe(into.id);
    expect((await rowOf(d2.id)).stateCategory).toBe('closed');
    expect((await rowOf(foreign.id)).mergedIntoId).toBeNull();
  });

  it('refuses a request selected twice and an empty selection', async () => {
    const r = await fresh();
    const twice = await manager.post('/api/requests/bulk', {
      action: 'tag',
      tag: 'x',
      items: [item(r), item(r)],
    });
    expect(twice.status).toBe(400);
    expect((await manager.post('/api/requests/bulk', { action: 'tag', tag: 'x', items: [] })).status).toBe(
      400,
    );
    expect((await rowOf(r.id)).tags).toEqual([]);
  });
});
