import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { teams } from '../../db/schema/identity.js';
import { notifications } from '../../db/schema/notifications.js';
import { requestTimeline } from '../../db/schema/request-timeline.js';
import {
  type AssignmentMode,
  agentAvailability,
  serviceRequests,
  teamQueues,
} from '../../db/schema/requests.js';
import { newTeam, newUser, teamByKey } from '../../db/seed/factories.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newProduct } from '../../db/seed/factories-products.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';
import { routeNewRequest } from './index.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.deps.db;
const customer = await newCustomer(db);
const product = await newProduct(db);

/** A fresh service team of its own per test (the seeded tier teams are shared by the file). */
async function queue(mode: AssignmentMode, tier = 1) {
  const team = await newTeam(db, { kind: 'service', tier });
  await db.insert(teamQueues).values({ teamId: team.id, mode, updatedAt: t.clock.now() });
  return team;
}

async function member(
  teamId: string,
  o: { skills?: string[]; absentUntil?: Date | null; absent?: boolean } = {},
) {
  const user = await newUser(db, { role: 'agent', teamIds: [teamId], skills: o.skills ?? [product.id] });
  if (o.absent) {
    await db.insert(agentAvailability).values({
      userId: user.id,
      available: false,
      absentUntil: o.absentUntil ?? null,
      updatedAt: t.clock.now(),
    });
  }
  return user;
}

const newRequest = (over: Partial<Parameters<typeof newServiceRequest>[1]> = {}) =>
  newServiceRequest(db, {
    customerId: customer.id,
    productId: product.id,
    receivedAt: t.clock.now(),
    ...over,
  });

/** Receives a request into a team as the intake does. */
async function route(teamId?: string, over: Partial<Parameters<typeof newServiceRequest>[1]> = {}) {
  const row = await newRequest(over);
  return db.transaction((tx) => routeNewRequest(tx, t.deps, row, teamId ? { teamId } : {}));
}

const sortedIds = (...users: { id: string }[]) => users.map((u) => u.id).sort();

const eventsOf = async (requestId: string) =>
  db
    .select({ event: requestTimeline.event, data: requestTimeline.data, authorId: requestTimeline.authorId })
    .from(requestTimeline)
    .where(eq(requestTimeline.requestId, requestId))
    .orderBy(asc(requestTimeline.id));

describe('routing new requests', () => {
  it('puts a request without a team in the tier-1 service team', async () => {
    const r = await route(undefined, { tier: 1 });
    expect(r.teamId).toBe((await teamByKey(db, 'customer_service')).id);
    expect(r.tier).toBe(1);
  });

  it('round-robin skips absent agents and agents without the product skill', async () => {
    const team = await queue('round_robin');
    const a = await member(team.id);
    const b = await member(team.id);
    await member(team.id, { absent: true });
    await member(team.id, { skills: [] });
    // Absent until yesterday: available again.
    const back = await member(team.id, { absent: true, absentUntil: new Date('2026-03-01T00:00:00Z') });
    const order = sortedIds(a, b, back);

    const got = [];
    for (let i = 0; i < 6; i++) got.push((await route(team.id)).assigneeId);
    expect(got).toEqual([...order, ...order]);

    const r = await route(team.id);
    expect(r).toMatchObject({ state: 'assigned', stateCategory: 'open', teamId: team.id, tier: 1 });
    expect((await eventsOf(r.id)).map((e) => e.event)).toEqual(['assigned', 'state_changed']);
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, r.assigneeId!), eq(notifications.kind, 'request.assigned')));
    expect(told.length).toBeGreaterThan(0);
  });

  it('does not wait for a round-robin pointer another intake holds: it picks an available member', async () => {
    const team = await queue('round_robin');
    const a = await member(team.id);
    const b = await member(team.id);
    await member(team.id, { absent: true });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const other = db.transaction(async (tx) => {
      await tx.select().from(teamQueues).where(eq(teamQueues.teamId, team.id)).for('update');
      locked();
      await gate;
    });
    await holding;
    const picked = await route(team.id);
    release();
    await other;
    expect(sortedIds(a, b)).toContain(picked.assigneeId);
    // The pointer did not move: the next pick without contention is the first in order.
    expect((await route(team.id)).assigneeId).toBe(sortedIds(a, b)[0]);
  });

  it('gives any member a request that names no product', async () => {
    const team = await queue('round_robin');
    const generalist = await member(team.id, { skills: [] });
    expect((await route(team.id, { productId: null })).assigneeId).toBe(generalist.id);
  });

  it('least-loaded picks the member with the fewest open requests', async () => {
    const team = await queue('least_loaded', 2);
    const busy = await member(team.id);
    const idle = await member(team.id);
    const some = await member(team.id);
    for (let i = 0; i < 2; i++) await newRequest({ assigneeId: busy.id, state: 'in_progress' });
    await newRequest({ assigneeId: some.id, state: 'waiting_customer' });
    // Finished work is no load.
    for (let i = 0; i < 3; i++) await newRequest({ assigneeId: idle.id, state: 'closed' });

    const first = await route(team.id);
    expect(first).toMatchObject({ assigneeId: idle.id, tier: 2 });
    // Now idle and some carry one each; the next goes to one of them, never to busy.
    const second = await route(team.id);
    expect([idle.id, some.id]).toContain(second.assigneeId);
  });

  it('leaves the request in the queue in manual mode or when nobody may take it', async () => {
    const manual = await queue('manual');
    await member(manual.id);
    expect(await route(manual.id)).toMatchObject({ teamId: manual.id, assigneeId: null, state: 'received' });
    const empty = await queue('round_robin');
    await member(empty.id, { absent: true });
    expect(await route(empty.id)).toMatchObject({ teamId: empty.id, assigneeId: null });
  });
});

describe('why a new request stays unassigned', () => {
  const notAssigned = async (id: string) =>
    (await eventsOf(id)).filter((e) => e.event === 'not_assigned').map((e) => e.data);

  it('says so on the timeline: manual mode, nobody in the team, everyone absent, nobody with the skill', async () => {
    const manual = await queue('manual');
    await member(manual.id);
    const a = await route(manual.id);
    expect(await notAssigned(a.id)).toEqual([expect.objectContaining({ reason: 'manual_mode' })]);

    const empty = await queue('round_robin');
    const b = await route(empty.id);
    expect(await notAssigned(b.id)).toEqual([
      expect.objectContaining({ reason: 'no_members', members: 0, teamId: empty.id }),
    ]);

    const away = await queue('round_robin');
    await member(away.id, { absent: true });
    const c = await route(away.id);
    expect(await notAssigned(c.id)).toEqual([
      expect.objectContaining({ reason: 'all_absent', members: 1, available: 0 }),
    ]);

    // The reported case: an agent on duty, but not skilled for the request's product.
    const unskilled = await queue('least_loaded');
    await member(unskilled.id, { skills: [] });
    const d = await route(unskilled.id);
    expect(d.assigneeId).toBeNull();
    expect(await notAssigned(d.id)).toEqual([
      expect.objectContaining({ reason: 'no_skill', available: 1, skilled: 0, productId: product.id }),
    ]);
  });

  it('an assigned request has no such event', async () => {
    const team = await queue('round_robin');
    await member(team.id);
    const r = await route(team.id);
    expect(r.assigneeId).not.toBeNull();
    expect(await notAssigned(r.id)).toEqual([]);
    expect((await eventsOf(r.id))[0]).toMatchObject({ event: 'assigned', data: { via: 'rotation' } });
  });

  it('a queue held by another intake still assigns, never to the agent the holder is taking', async () => {
    const team = await queue('round_robin');
    const [first] = sortedIds(await member(team.id), await member(team.id), await member(team.id));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const other = db.transaction(async (tx) => {
      await tx.select().from(teamQueues).where(eq(teamQueues.teamId, team.id)).for('update');
      locked();
      await gate;
    });
    await holding;
    const picks = [];
    for (let i = 0; i < 6; i++) picks.push(await route(team.id));
    release();
    await other;
    for (const p of picks) {
      expect(p.assigneeId).not.toBeNull();
      expect(p.assigneeId).not.toBe(first);
      expect((await eventsOf(p.id))[0]).toMatchObject({ event: 'assigned', data: { via: 'queue_busy' } });
    }
  });
});

describe('POST /requests/:id/assign', () => {
  it('assigns with If-Match: 428 without it, 412 when stale, then 200 with the new version', async () => {
    const team = await queue('manual');
    const agent = await member(team.id);
    const lead = await t.loginAs('service_manager');
    const r = await route(team.id);

    const url = `/api/requests/${r.id}/assign`;
    expect((await lead.post(url, { assigneeId: agent.id })).status).toBe(428);
    expect(
      (await lead.post(url, { assigneeId: agent.id }, { 'if-match': `"${r.version - 1}"` })).status,
    ).toBe(412);
    const ok = await lead.post(url, { assigneeId: agent.id }, { 'if-match': `"${r.version}"` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      assigneeId: agent.id,
      teamId: team.id,
      state: 'assigned',
      version: r.version + 1,
    });
    expect(ok.headers.etag).toBe(`"${r.version + 1}"`);
    const events = await eventsOf(r.id);
    expect(events.at(-2)).toMatchObject({ event: 'assigned', authorId: lead.user.id });
    expect(events.at(-1)).toMatchObject({
      event: 'state_changed',
      data: { from: 'received', to: 'assigned' },
    });
  });

  it('moves a request to another team, whose queue mode picks the agent', async () => {
    const team = await queue('round_robin', 2);
    const engineer = await member(team.id);
    const lead = await t.loginAs('service_manager');
    const r = await route((await queue('manual')).id);
    const res = await lead.post(
      `/api/requests/${r.id}/assign`,
      { teamId: team.id },
      { 'if-match': `"${r.version}"` },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ teamId: team.id, tier: 2, assigneeId: engineer.id });
  });

  it('refuses an assignee who is not a member of the given team, or not active staff, and writes nothing', async () => {
    const team = await queue('manual');
    const outsider = await newUser(db, { role: 'agent' });
    const disabled = await newUser(db, { role: 'agent', teamIds: [team.id], disabled: true });
    const lead = await t.loginAs('service_manager');
    const r = await route(team.id);
    const url = `/api/requests/${r.id}/assign`;
    const h = { 'if-match': `"${r.version}"` };
    const notMember = await lead.post(url, { teamId: team.id, assigneeId: outsider.id }, h);
    expect(notMember.status).toBe(400);
    expect(notMember.body.errors[0].path).toEqual(['body', 'assigneeId']);
    expect((await lead.post(url, { assigneeId: disabled.id }, h)).status).toBe(400);
    expect((await lead.post(url, { teamId: (await teamByKey(db, 'sales_north')).id }, h)).status).toBe(400);
    expect((await lead.post(url, {}, h)).status).toBe(400);
    const after = (await db.select().from(serviceRequests).where(eq(serviceRequests.id, r.id)))[0]!;
    expect(after.version).toBe(r.version);
  });

  it('answers 404 for a request outside the caller scope, and 403 without requests:assign', async () => {
    const r = await route((await queue('manual')).id);
    // A consultant sees the requests of their teams' customers and their own queue only.
    const consultant = await t.loginAs('consultant');
    const res = await consultant.post(
      `/api/requests/${r.id}/assign`,
      { assigneeId: consultant.user.id },
      { 'if-match': `"${r.version}"` },
    );
    expect(res.status).toBe(404);
    const escalate = await consultant.post(
      `/api/requests/${r.id}/escalate`,
      { reason: 'x' },
      { 'if-match': `"${r.version}"` },
    );
    expect(escalate.status).toBe(404);
    const tester = await t.loginAs('tester');
    expect(
      (
        await tester.post(
          `/api/requests/${r.id}/assign`,
          { assigneeId: tester.user.id },
          { 'if-match': `"${r.version}"` },
        )
      ).status,
    ).toBe(403);
  });
});

describe('POST /requests/:id/escalate', () => {
  it('moves tier 1 → 2 → 3 with the reason on the timeline, tells the new team lead, and stops at 3', async () => {
    const tier2 = await teamByKey(db, 'technical_support');
    const lead2 = await newUser(db, { role: 'engineer' });
    const manager = await t.loginAs('service_manager');
    await db.update(teams).set({ leadId: lead2.id }).where(eq(teams.id, tier2.id));
    const r = await route(undefined, { tier: 1 });
    const url = `/api/requests/${r.id}/escalate`;

    expect((await manager.post(url, { reason: '' }, { 'if-match': `"${r.version}"` })).status).toBe(400);
    expect(
      (await manager.post(url, { reason: '需要二线' }, { 'if-match': `"${r.version - 1}"` })).status,
    ).toBe(412);
    const toTwo = await manager.post(url, { reason: '需要二线' }, { 'if-match': `"${r.version}"` });
    expect(toTwo.status).toBe(200);
    expect(toTwo.body).toMatchObject({ tier: 2, teamId: tier2.id });
    const escalated = (await eventsOf(r.id)).filter((e) => e.event === 'escalated');
    expect(escalated).toEqual([
      expect.objectContaining({
        authorId: manager.user.id,
        data: expect.objectContaining({ fromTier: 1, toTier: 2, reason: '需要二线', automatic: false }),
      }),
    ]);
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, lead2.id), eq(notifications.kind, 'request.escalated')));
    expect(told).toHaveLength(1);
    expect(told[0]!.data).toMatchObject({ requestId: r.id, toTier: 2 });

    const toThree = await manager.post(
      url,
      { reason: '需要专家' },
      { 'if-match': toTwo.headers.etag as string },
    );
    expect(toThree.body).toMatchObject({ tier: 3, teamId: (await teamByKey(db, 'product_support')).id });
    const top = await manager.post(url, { reason: '再升级' }, { 'if-match': toThree.headers.etag as string });
    expect(top.status).toBe(409);
    expect((await db.select().from(serviceRequests).where(eq(serviceRequests.id, r.id)))[0]!.tier).toBe(3);
  });
});

describe('queues and availability', () => {
  it('lists the service queues with counts and members; a manager changes the mode with If-Match', async () => {
    const team = await queue('manual');
    const agent = await member(team.id);
    await route(team.id);
    await newRequest({
      teamId: team.id,
      assigneeId: agent.id,
      state: 'in_progress',
      responseWarnedAt: new Date(),
    });
    await newRequest({ teamId: team.id, state: 'in_progress', responseBreachedAt: new Date() });
    await newRequest({ teamId: team.id, state: 'closed' });

    const viewer = await t.loginAs('agent');
    const list = await viewer.get('/api/queues');
    expect(list.status).toBe(200);
    const mine = list.body.find((q: { teamId: string }) => q.teamId === team.id);
    expect(mine).toMatchObject({
      mode: 'manual',
      tier: 1,
      open: 3,
      unassigned: 2,
      atRisk: 1,
      breached: 1,
      version: 1,
    });
    expect(mine.members).toEqual([
      expect.objectContaining({ userId: agent.id, load: 1, availableNow: true }),
    ]);
    expect(list.body.some((q: { key: string }) => q.key === 'sales_north')).toBe(false);

    const url = `/api/queues/${team.id}`;
    expect((await viewer.put(url, { mode: 'round_robin' }, { 'if-match': '"1"' })).status).toBe(403);
    const manager = await t.loginAs('service_manager');
    expect((await manager.put(url, { mode: 'round_robin' })).status).toBe(428);
    const set = await manager.put(url, { mode: 'round_robin' }, { 'if-match': '"1"' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ mode: 'round_robin', version: 2 });
    expect((await manager.put(url, { mode: 'least_loaded' }, { 'if-match': '"1"' })).status).toBe(412);
    expect(
      (
        await manager.put(
          `/api/queues/${(await teamByKey(db, 'sales_north')).id}`,
          { mode: 'manual' },
          { 'if-match': '"1"' },
        )
      ).status,
    ).toBe(404);
    const customerContact = await t.loginAs('customer_contact', { customerId: customer.id });
    expect((await customerContact.get('/api/queues')).status).toBe(403);
  });

  it('agents set their own availability; only a service-desk manager sets anyone else’s', async () => {
    const team = await queue('round_robin');
    const agent = await t.loginAs('agent', { teamIds: [team.id], skills: [product.id] });
    expect((await agent.get('/api/agents/me/availability')).body).toMatchObject({
      available: true,
      availableNow: true,
    });

    const until = '2026-03-03T02:00:00.000Z';
    const away = await agent.put(`/api/agents/${agent.user.id}/availability`, {
      available: false,
      absentUntil: until,
    });
    expect(away.status).toBe(200);
    expect(away.body).toMatchObject({ available: false, absentUntil: until, availableNow: false });
    const colleague = await newUser(db, { role: 'agent' });
    expect((await agent.put(`/api/agents/${colleague.id}/availability`, { available: false })).status).toBe(
      403,
    );
    const manager = await t.loginAs('service_manager');
    const set = await manager.put(`/api/agents/${colleague.id}/availability`, { available: false });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ userId: colleague.id, available: false, absentUntil: null });
    expect(
      (
        await manager.put('/api/agents/00000000-0000-4000-8000-000000000000/availability', {
          available: true,
        })
      ).status,
    ).toBe(404);

    // Absent: the round-robin queue finds nobody.
    expect((await route(team.id)).assigneeId).toBeNull();
    // The absence ends by itself.
    t.clock.set('2026-03-03T03:00:00Z');
    expect((await route(team.id)).assigneeId).toBe(agent.user.id);
  });
});
