import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { requestTimeline } from '../../db/schema/request-timeline.js';
import { serviceRequests } from '../../db/schema/requests.js';
import { newUser } from '../../db/seed/factories.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';
import { autoCloseResolved } from './index.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const iso = (s: string) => new Date(s).toISOString();
const agentNow = () => t.loginAs('agent');

async function intake(client: Awaited<ReturnType<typeof agentNow>>, over: Record<string, unknown> = {}) {
  const c = await newCustomer(db);
  const res = await client.post('/api/requests', {
    customerId: c.id,
    channel: 'phone',
    category: 'incident',
    severity: 'L2',
    subject: '报表导出超时',
    ...over,
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; version: number; customerId: string };
}

async function move(client: Awaited<ReturnType<typeof agentNow>>, id: string, to: string, note?: string) {
  const current = await client.get(`/api/requests/${id}`);
  const res = await client.post(
    `/api/requests/${id}/transition`,
    { to, ...(note ? { note } : {}) },
    { 'if-match': String(current.headers.etag) },
  );
  return res;
}

describe('flow', () => {
  it('waiting for the customer pauses the resolution clock and resuming pushes the due time', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const r = await intake(agent); // L2 on 7×24: resolution due 14:00Z
    expect((await move(agent, r.id, 'in_progress')).status).toBe(200);
    t.clock.advanceMinutes(60);
    const paused = await move(agent, r.id, 'waiting_customer', '请提供日志');
    expect(paused.status, paused.text).toBe(200);
    expect(paused.body).toMatchObject({
      stateCategory: 'pending',
      pausedAt: iso('2026-03-02T03:00:00Z'),
      resolutionDueAt: null,
      resolutionWarnAt: null,
    });
    t.clock.advanceMinutes(120);
    const resumed = await move(agent, r.id, 'in_progress');
    expect(resumed.body).toMatchObject({
      pausedAt: null,
      pausedWorkingSeconds: 7200,
      resolutionDueAt: iso('2026-03-02T16:00:00Z'),
    });
    t.clock.advanceMinutes(30);
    const resolved = await move(agent, r.id, 'resolved');
    expect(resolved.body).toMatchObject({
      resolvedAt: iso('2026-03-02T05:30:00Z'),
      resolutionCalendarMinutes: 210,
      resolutionWorkingMinutes: 90,
      resolutionMet: true,
      // Resolving answered the customer: the response clock stopped then.
      firstResponseAt: iso('2026-03-02T05:30:00Z'),
      responseMet: true,
      nextSlaCheckAt: null,
    });
    const events = await db.select().from(requestTimeline).where(eq(requestTimeline.requestId, r.id));
    const changes = events.filter((e) => e.event === 'state_changed');
    expect(changes.map((e) => e.data.to)).toEqual([
      'in_progress',
      'waiting_customer',
      'in_progress',
      'resolved',
    ]);
    expect(changes[1]).toMatchObject({ visibility: 'public', data: { note: '请提供日志' } });
  });

  it('a severity change midway needs a reason and recomputes the due times from receipt', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const r = await intake(agent, { severity: 'L3' });
    t.clock.advanceMinutes(60);
    const noReason = await agent.patch(
      `/api/requests/${r.id}`,
      { severity: 'L1' },
      { 'if-match': `"${r.version}"` },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toEqual(['body', 'reason']);
    const current = await agent.get(`/api/requests/${r.id}`);
    const res = await agent.patch(
      `/api/requests/${r.id}`,
      { severity: 'L1', reason: '客户全部门店停业' },
      { 'if-match': String(current.headers.etag) },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      severity: 'L1',
      responseTargetMinutes: 120,
      resolutionTargetMinutes: 240,
      responseDueAt: iso('2026-03-02T04:00:00Z'),
      resolutionDueAt: iso('2026-03-02T06:00:00Z'),
      nextSlaCheckAt: iso('2026-03-02T03:30:00Z'),
    });
    const [event] = await db
      .select()
      .from(requestTimeline)
      .where(eq(requestTimeline.event, 'due_recomputed'))
      .then((rows) => rows.filter((e) => e.requestId === r.id));
    expect(event!.data).toMatchObject({
      cause: 'severity',
      reason: '客户全部门店停业',
      from: 'L3',
      to: 'L1',
      old: { responseDueAt: iso('2026-03-02T14:00:00Z'), resolutionDueAt: iso('2026-03-03T02:00:00Z') },
      new: { responseDueAt: iso('2026-03-02T04:00:00Z'), resolutionDueAt: iso('2026-03-02T06:00:00Z') },
    });
  });

  it('illegal transitions are rejected with problem+json and change nothing', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const r = await intake(agent);
    const before = await db.select().from(requestTimeline).where(eq(requestTimeline.requestId, r.id));
    const v = { 'if-match': `"${r.version}"` };
    const res = await agent.post(`/api/requests/${r.id}/transition`, { to: 'closed' }, v);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'invalid_state' });
    const unknown = await agent.post(`/api/requests/${r.id}/transition`, { to: 'nowhere' }, v);
    expect(unknown.status).toBe(400);
    const noIfMatch = await agent.post(`/api/requests/${r.id}/transition`, { to: 'classified' });
    expect(noIfMatch.status).toBe(428);
    const stale = await agent.post(
      `/api/requests/${r.id}/transition`,
      { to: 'classified' },
      { 'if-match': '"9"' },
    );
    expect(stale.status).toBe(412);
    const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, r.id));
    expect(row).toMatchObject({ state: 'received', version: r.version });
    const after = await db.select().from(requestTimeline).where(eq(requestTimeline.requestId, r.id));
    expect(after).toHaveLength(before.length);
  });

  it('reopens within the window (counting reopenCount) and not after it', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    let agent = await agentNow();
    const inside = await intake(agent);
    const outside = await intake(agent);
    for (const id of [inside.id, outside.id]) expect((await move(agent, id, 'resolved')).status).toBe(200);
    t.clock.advance(3 * 86_400_000);
    agent = await agentNow();
    const reopened = await move(agent, inside.id, 'in_progress', '问题复现');
    expect(reopened.status, reopened.text).toBe(200);
    expect(reopened.body).toMatchObject({
      reopenCount: 1,
      resolvedAt: null,
      resolutionMet: null,
      stateCategory: 'open',
    });
    // The three days between resolution and reopening are not the vendor's: the due time moves by them.
    expect(reopened.body.resolutionDueAt).toBe(iso('2026-03-05T14:00:00Z'));
    t.clock.advance(5 * 86_400_000);
    agent = await agentNow();
    const detail = await agent.get(`/api/requests/${outside.id}`);
    expect(detail.body.allowedTransitions).toEqual(['closed']);
    const late = await move(agent, outside.id, 'in_progress');
    expect(late.status).toBe(409);
    expect(late.body.detail).toContain('reopen window');
  });

  it('a customer confirms a resolution but cannot work the request', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const r = await intake(agent);
    const contact = await t.loginAs('customer_contact', { customerId: r.customerId });
    const early = await move(contact, r.id, 'in_progress');
    expect(early.status).toBe(409);
    expect((await move(agent, r.id, 'resolved')).status).toBe(200);
    const detail = await contact.get(`/api/requests/${r.id}`);
    expect([...detail.body.allowedTransitions].sort()).toEqual(['closed', 'in_progress']);
    const confirmed = await move(contact, r.id, 'closed');
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body.closedAt).toBe(iso('2026-03-02T02:00:00Z'));
  });

  it('auto-closes requests resolved for autoCloseDays without a customer reply', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const silent = await intake(agent);
    const answered = await intake(agent);
    for (const id of [silent.id, answered.id]) expect((await move(agent, id, 'resolved')).status).toBe(200);
    const customerUser = await newUser(db, { role: 'customer_contact', customerId: answered.customerId });
    await db.insert(requestTimeline).values({
      requestId: answered.id,
      kind: 'reply',
      visibility: 'public',
      authorId: customerUser.id,
      body: '<p>还是不行</p>',
      createdAt: new Date('2026-03-03T02:00:00Z'),
    });
    const stateOf = async (id: string) =>
      (await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!.state;
    await autoCloseResolved(t.deps, new Date('2026-03-05T01:59:00Z'));
    expect(await stateOf(silent.id)).toBe('resolved');
    t.clock.set('2026-03-05T03:00:00Z');
    expect(await autoCloseResolved(t.deps, t.clock.now())).toBeGreaterThanOrEqual(1);
    const rows = await db.select().from(serviceRequests).where(eq(serviceRequests.id, silent.id));
    expect(rows[0]).toMatchObject({ state: 'closed', closedAt: new Date('2026-03-05T03:00:00Z') });
    const [other] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, answered.id));
    expect(other!.state).toBe('resolved');
    const events = await db.select().from(requestTimeline).where(eq(requestTimeline.requestId, silent.id));
    expect(events.at(-1)).toMatchObject({
      event: 'state_changed',
      authorId: null,
      data: { auto: 'auto_close' },
    });
    expect(await autoCloseResolved(t.deps, t.clock.now())).toBe(0);
  });

  it('20 parallel PATCHes with the same If-Match: exactly one wins, the rest get 412', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const c = await newCustomer(db);
    const r = await newServiceRequest(db, { customerId: c.id, receivedAt: t.clock.now() });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        agent.patch(`/api/requests/${r.id}`, { subject: `并发修改 ${i}` }, { 'if-match': `"${r.version}"` }),
      ),
    );
    const ok = results.filter((x) => x.status === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((x) => x.status === 412)).toHaveLength(19);
    const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, r.id));
    expect(row!.version).toBe(r.version + 1);
    expect(row!.subject).toBe(ok[0]!.body.subject);
  });
});
