import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/app.js';
import { teamByKey } from '../db/seed/factories.js';
import { newCustomer } from '../db/seed/factories-customers.js';
import { newServiceRequest } from '../db/seed/factories-requests.js';
import type { HomeBlock } from './home.js';

// 2026-03-02 10:00 in Shanghai: the quarter began on 1 January 00:00 UTC+8.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const customer = await newCustomer(db);
const team = await teamByKey(db, 'customer_service');

const blocksOf = (body: { blocks: HomeBlock[] }) => Object.fromEntries(body.blocks.map((b) => [b.key, b]));

describe('GET /home', () => {
  it("an agent's home: their queue, at risk, breached and today's replies, each with its console tab", async () => {
    const agent = await t.loginAs('agent', { teamIds: [team.id] });
    const mine = await newServiceRequest(db, {
      customerId: customer.id,
      assigneeId: agent.user.id,
      state: 'in_progress',
      receivedAt: t.clock.now(),
    });
    await newServiceRequest(db, {
      customerId: customer.id,
      assigneeId: agent.user.id,
      state: 'closed',
      receivedAt: t.clock.now(),
    });
    const reply = await agent.post(`/api/requests/${mine.id}/replies`, { body: '<p>已收到，正在排查</p>' });
    expect(reply.status).toBe(201);

    const res = await agent.get('/api/home');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'agent', since: '2026-03-01T16:00:00.000Z' });
    const b = blocksOf(res.body);
    const counts = (await agent.get('/api/requests/counts')).body;
    expect(b.myQueue).toMatchObject({ value: 1, link: '/requests?view=mine' });
    expect(b.atRisk).toMatchObject({ value: counts.at_risk, link: '/requests?view=at_risk' });
    expect(b.breached).toMatchObject({ value: counts.breached, link: '/requests?view=breached' });
    expect(b.todayReplies?.value).toBe(1);
  });

  it("a service manager's home: backlog, at risk, breached, unassigned and the load per team", async () => {
    await newServiceRequest(db, { customerId: customer.id, teamId: team.id, receivedAt: t.clock.now() });
    const manager = await t.loginAs('service_manager');
    const res = await manager.get('/api/home');
    expect(res.body.kind).toBe('manager');
    const b = blocksOf(res.body);
    const counts = (await manager.get('/api/requests/counts')).body;
    expect(b.unassigned?.value).toBe(counts.unassigned);
    expect(b.unassigned?.value).toBeGreaterThanOrEqual(1);
    expect(b.backlog?.value).toBeGreaterThanOrEqual(2);
    const load = b.teamLoad?.items?.find((x) => x.id === team.id);
    expect(load).toMatchObject({ link: `/requests?view=all&teamId=${team.id}` });
    expect(load!.open).toBeGreaterThanOrEqual(1);
  });

  it("a sales rep's home: their customers and open renewal evaluations, nothing that does not exist yet", async () => {
    const rep = await t.loginAs('sales_rep', { teamIds: [(await teamByKey(db, 'sales_north')).id] });
    await newCustomer(db, { ownerId: rep.user.id });
    await newCustomer(db, { ownerId: rep.user.id });
    const res = await rep.get('/api/home');
    expect(res.body.kind).toBe('sales');
    expect(res.body.blocks.map((x: HomeBlock) => x.key)).toEqual(['myCustomers', 'renewalsDue']);
    const b = blocksOf(res.body);
    expect(b.myCustomers).toMatchObject({ value: 2, link: `/customers?ownerId=${rep.user.id}` });
    expect(b.renewalsDue?.value).toBe(0);
  });

  it("finance's home: billable work resolved or closed, to confirm", async () => {
    const before = blocksOf((await (await t.loginAs('finance')).get('/api/home')).body).billableToConfirm!
      .value;
    await newServiceRequest(db, { customerId: customer.id, coverage: 'billable', state: 'closed' });
    await newServiceRequest(db, { customerId: customer.id, coverage: 'billable', state: 'in_progress' });
    const res = await (await t.loginAs('finance')).get('/api/home');
    expect(res.body.kind).toBe('finance');
    expect(blocksOf(res.body).billableToConfirm).toMatchObject({
      value: before + 1,
      link: '/requests?view=all&coverage=billable&stateCategory=resolved,closed&sort=updated&order=desc',
    });
  });

  it("an executive's home: the quarter's figures from the stored KPI columns", async () => {
    const exec = await t.loginAs('executive');
    const before = blocksOf((await exec.get('/api/home')).body);
    const inQuarter = new Date('2026-02-10T02:00:00Z');
    await newServiceRequest(db, { customerId: customer.id, receivedAt: inQuarter, responseMet: true });
    await newServiceRequest(db, {
      customerId: customer.id,
      receivedAt: inQuarter,
      responseMet: false,
      breachCount: 1,
    });
    // Last quarter: not counted.
    await newServiceRequest(db, {
      customerId: customer.id,
      receivedAt: new Date('2025-12-20T02:00:00Z'),
      responseMet: false,
      breachCount: 1,
    });
    const res = await exec.get('/api/home');
    expect(res.body).toMatchObject({ kind: 'executive', since: '2025-12-31T16:00:00.000Z' });
    const b = blocksOf(res.body);
    expect(b.quarterReceived!.value).toBe(before.quarterReceived!.value + 2);
    expect(b.quarterBreached!.value).toBe(before.quarterBreached!.value + 1);
    expect(b.responseInTarget!.of).toBe((before.responseInTarget!.of ?? 0) + 2);
  });

  it('a customer contact has a home without desk figures', async () => {
    const contact = await t.loginAs('customer_contact', { customerId: customer.id });
    expect((await contact.get('/api/home')).body).toEqual({ kind: 'none', since: null, blocks: [] });
  });
});
