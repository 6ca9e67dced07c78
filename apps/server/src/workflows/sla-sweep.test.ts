import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/app.js';
import { jobs } from '../db/schema/jobs.js';
import { notifications } from '../db/schema/notifications.js';
import { requestTimeline } from '../db/schema/request-timeline.js';
import { serviceRequests, slaEvents } from '../db/schema/requests.js';
import { newTeam, newUser, teamByKey } from '../db/seed/factories.js';
import { newCustomer } from '../db/seed/factories-customers.js';
import { newServiceRequest } from '../db/seed/factories-requests.js';
import { createDb } from '../platform/db.js';
import type { Deps } from '../platform/deps.js';
import { createJobRunner } from '../platform/jobs/index.js';
import { backgroundJobs, SLA_SWEEP } from './background-jobs.js';
import { dueRequests, runSlaSweep } from './sla-sweep.js';

const START = '2026-03-02T02:00:00Z';
const t = await useTestApp({ clockStart: START });
const db = t.deps.db;
// A second pool on the same database: the "other server process".
const otherDb = createDb(t.database.url, { max: 5 });
afterAll(() => otherDb.$client.end());

const log = pino({ level: 'silent' });
const deps: Deps = { ...t.deps, log };
const otherDeps: Deps = { ...t.deps, db: otherDb, log };
const customer = await newCustomer(db);
const manager = await newUser(db, { role: 'service_manager' });
const tier = async (key: string) => (await teamByKey(db, key)).id;

const runner = (workerId: string, d: Deps = deps) =>
  createJobRunner({ db: d.db, clock: t.clock, log, workerId, ...backgroundJobs(d) });

beforeEach(async () => {
  t.clock.set(START);
  // Requests of earlier tests would come due as the clock moves; each test starts empty.
  await db.delete(serviceRequests);
  await db.delete(jobs);
});

/** An L1 request on the standard 7×24 policy: response warn +90 min, due +120; resolution warn +180, due +240. */
const l1 = (over: Partial<Parameters<typeof newServiceRequest>[1]> = {}) =>
  newServiceRequest(db, { customerId: customer.id, severity: 'L1', receivedAt: t.clock.now(), ...over });

const at = (minutes: number) => new Date(new Date(START).getTime() + minutes * 60_000);

async function firedEvents(requestId: string) {
  return db
    .select({ target: slaEvents.target, kind: slaEvents.kind, dueAt: slaEvents.dueAt })
    .from(slaEvents)
    .where(eq(slaEvents.requestId, requestId))
    .orderBy(asc(slaEvents.id));
}

async function timelineEvents(requestId: string) {
  return db
    .select({ event: requestTimeline.event, data: requestTimeline.data })
    .from(requestTimeline)
    .where(eq(requestTimeline.requestId, requestId))
    .orderBy(asc(requestTimeline.id));
}

async function notificationsOf(userId: string, kind: string) {
  return db
    .select({ data: notifications.data, title: notifications.title })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

/** The sweep jobs run so far (the daily renewal scan runs in these runners too). */
const sweepJobs = async () =>
  db
    .select({ key: jobs.key, status: jobs.status })
    .from(jobs)
    .where(eq(jobs.kind, SLA_SWEEP))
    .orderBy(asc(jobs.runAt));

const reload = async (id: string) =>
  (await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;

describe('SLA sweep', () => {
  it('warns once at 75% of the response target, telling the assignee and the team lead', async () => {
    const agent = await newUser(db, { role: 'agent' });
    const lead = await newUser(db, { role: 'agent' });
    const team = await newTeam(db, { kind: 'service', tier: 1, leadId: lead.id });
    const r = await l1({ teamId: team.id, assigneeId: agent.id });
    expect(r.nextSlaCheckAt).toEqual(at(90));

    t.clock.set(at(89));
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 0, warnings: 0, breaches: 0 });

    t.clock.set(at(91));
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 1, warnings: 1, breaches: 0 });
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 0, warnings: 0, breaches: 0 });

    expect(await firedEvents(r.id)).toEqual([{ target: 'response', kind: 'warning', dueAt: at(90) }]);
    const after = await reload(r.id);
    expect(after).toMatchObject({ responseWarnedAt: at(90), responseBreachedAt: null, breachCount: 0 });
    expect(after.nextSlaCheckAt).toEqual(at(120));
    expect(after.version).toBe(r.version + 1);
    const timeline = await timelineEvents(r.id);
    expect(timeline).toEqual([
      {
        event: 'sla_warning',
        data: expect.objectContaining({ target: 'response', dueAt: at(120).toISOString() }),
      },
    ]);
    for (const user of [agent, lead]) {
      const told = await notificationsOf(user.id, 'request.sla_warning');
      expect(told).toHaveLength(1);
      expect(told[0]!.title).toContain(r.number);
      expect(told[0]!.data).toMatchObject({ requestId: r.id, target: 'response' });
    }
    // Warnings do not concern the service manager; breaches do.
    expect(await notificationsOf(manager.id, 'request.sla_warning')).toHaveLength(0);
  });

  it('fires each warning and breach exactly once with two job runners racing and a restart in between', async () => {
    const agent = await newUser(db, { role: 'agent' });
    const requests = [];
    for (let i = 0; i < 20; i++) requests.push(await l1({ assigneeId: agent.id }));
    const ids = requests.map((r) => r.id);

    // Two sweeps racing over the same due requests (SKIP LOCKED + sla_events): each warns once.
    t.clock.set(at(91));
    const [x, y] = await Promise.all([
      runSlaSweep(deps, t.clock.now()),
      runSlaSweep(otherDeps, t.clock.now()),
    ]);
    expect(x.warnings + y.warnings).toBe(20);
    expect(x.checked + y.checked).toBe(20);
    // Two processes poll in the same 30 s bucket: the sweep job exists once, and finds nothing new.
    t.clock.set(at(100));
    const [a, b] = [runner('a'), runner('b', otherDeps)];
    await Promise.all([a.runDue(), b.runDue()]);
    expect(await sweepJobs()).toEqual([{ key: `sla.sweep:${at(100).toISOString()}`, status: 'done' }]);

    // "Restart": new runner instances, racing each other and a direct sweep, after the response breach.
    t.clock.set(at(121));
    const [c, d] = [runner('c'), runner('d', otherDeps)];
    await Promise.all([c.runDue(), d.runDue(), runSlaSweep(otherDeps, t.clock.now())]);
    expect(await sweepJobs()).toHaveLength(2);
    t.clock.set(at(122));
    await Promise.all([runner('e').runDue(), runSlaSweep(otherDeps, t.clock.now())]);

    const events = await db
      .select({ requestId: slaEvents.requestId, target: slaEvents.target, kind: slaEvents.kind })
      .from(slaEvents)
      .where(inArray(slaEvents.requestId, ids));
    expect(events).toHaveLength(40);
    for (const id of ids) {
      expect((await firedEvents(id)).map((e) => `${e.target}:${e.kind}`)).toEqual([
        'response:warning',
        'response:breach',
      ]);
      const timeline = (await timelineEvents(id)).map((e) => e.event);
      expect(timeline.filter((e) => e === 'sla_warning')).toHaveLength(1);
      expect(timeline.filter((e) => e === 'sla_breach')).toHaveLength(1);
      expect(timeline.filter((e) => e === 'escalated')).toHaveLength(1);
      expect(await reload(id)).toMatchObject({ breachCount: 1, tier: 2 });
    }
    expect(await notificationsOf(agent.id, 'request.sla_warning')).toHaveLength(20);
    expect(await notificationsOf(manager.id, 'request.sla_breach')).toHaveLength(20);
  });

  it('catches up after downtime: both targets warn and breach once each, in order, one tier up per breach', async () => {
    const r = await l1({ teamId: await tier('customer_service') });

    // Down from before the first warning until after the resolution breach; the first poll after start sweeps.
    t.clock.set(at(5 * 60));
    await runner('after-restart').runDue();
    expect(await sweepJobs()).toEqual([{ key: `sla.sweep:${at(300).toISOString()}`, status: 'done' }]);

    expect(await firedEvents(r.id)).toEqual([
      { target: 'response', kind: 'warning', dueAt: at(90) },
      { target: 'response', kind: 'breach', dueAt: at(120) },
      { target: 'resolution', kind: 'warning', dueAt: at(180) },
      { target: 'resolution', kind: 'breach', dueAt: at(240) },
    ]);
    const timeline = await timelineEvents(r.id);
    expect(timeline.map((e) => [e.event, e.data.target ?? e.data.toTier])).toEqual([
      ['sla_warning', 'response'],
      ['sla_breach', 'response'],
      ['escalated', 2],
      ['sla_warning', 'resolution'],
      ['sla_breach', 'resolution'],
      ['escalated', 3],
    ]);
    const after = await reload(r.id);
    expect(after).toMatchObject({
      tier: 3,
      teamId: await tier('product_support'),
      breachCount: 2,
      responseBreachedAt: at(120),
      resolutionBreachedAt: at(240),
      nextSlaCheckAt: null,
    });
    const told = await notificationsOf(manager.id, 'request.sla_breach');
    const targets = told.filter((n) => n.data.requestId === r.id).map((n) => n.data.target);
    expect(targets.sort()).toEqual(['resolution', 'response']);

    t.clock.advanceMinutes(1);
    await runner('again').runDue();
    expect(await sweepJobs()).toHaveLength(2);
    expect(await firedEvents(r.id)).toHaveLength(4);
  });

  it('stops escalating at tier 3 but still records the breach', async () => {
    const r = await l1({ tier: 3, teamId: await tier('product_support'), firstResponseAt: at(5) });
    t.clock.set(at(241));
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 1, warnings: 1, breaches: 1 });
    const after = await reload(r.id);
    expect(after).toMatchObject({ tier: 3, teamId: await tier('product_support'), breachCount: 1 });
    expect((await timelineEvents(r.id)).map((e) => e.event)).toEqual(['sla_warning', 'sla_breach']);
  });

  it('does not breach the resolution target of a paused request', async () => {
    // Answered, then waiting for the customer; the stored resolution instants and next check are stale on purpose.
    const r = await l1({
      state: 'waiting_customer',
      firstResponseAt: at(10),
      pausedAt: at(30),
      nextSlaCheckAt: at(180),
    });
    expect(r.resolutionDueAt).toEqual(at(240));
    t.clock.set(at(10 * 60));
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 1, warnings: 0, breaches: 0 });
    expect(await firedEvents(r.id)).toEqual([]);
    expect(await reload(r.id)).toMatchObject({ resolutionBreachedAt: null, nextSlaCheckAt: null, tier: 1 });
  });

  it('fires no response warning for an answered request', async () => {
    const r = await l1({ firstResponseAt: at(30), nextSlaCheckAt: at(90) });
    t.clock.set(at(150));
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 1, warnings: 0, breaches: 0 });
    expect(await firedEvents(r.id)).toEqual([]);
    // The resolution target still runs.
    expect((await reload(r.id)).nextSlaCheckAt).toEqual(at(180));
    t.clock.set(at(181));
    expect(await runSlaSweep(deps, t.clock.now())).toMatchObject({ warnings: 1 });
    expect(await firedEvents(r.id)).toEqual([{ target: 'resolution', kind: 'warning', dueAt: at(180) }]);
  });

  it('fires again for a due instant moved by a recompute, but never twice for the same instant', async () => {
    const r = await l1();
    t.clock.set(at(91));
    await runSlaSweep(deps, t.clock.now());
    // A recompute that clears the mark but lands on the same instant: marked again, not told again.
    await db
      .update(serviceRequests)
      .set({ responseWarnedAt: null, nextSlaCheckAt: at(90) })
      .where(eq(serviceRequests.id, r.id));
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 1, warnings: 0, breaches: 0 });
    expect(await reload(r.id)).toMatchObject({ responseWarnedAt: at(90), nextSlaCheckAt: at(120) });
    // A new instant is a new key.
    await db
      .update(serviceRequests)
      .set({ responseWarnAt: at(95), responseWarnedAt: null, nextSlaCheckAt: at(95) })
      .where(eq(serviceRequests.id, r.id));
    t.clock.set(at(96));
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 1, warnings: 1, breaches: 0 });
    expect((await firedEvents(r.id)).map((e) => e.dueAt)).toEqual([at(90), at(95)]);
  });

  it('finds due requests by a range scan of the partial next-check index', async () => {
    const plan = await db.transaction(async (tx) => {
      // A near-empty table would be scanned sequentially anyway; forbid that to see whether the index fits.
      await tx.execute(sql`set local enable_seqscan = off`);
      const after = { at: t.clock.now(), id: '00000000-0000-0000-0000-000000000000' };
      const res = await tx.execute<Record<string, string>>(
        sql`explain ${dueRequests(tx, t.clock.now(), after, 500).getSQL()}`,
      );
      return res.rows.map((row) => Object.values(row)[0]).join('\n');
    });
    expect(plan).toContain('service_requests_sla_check_idx');
    expect(plan).not.toContain('Seq Scan');
  });
  it('one request that cannot be swept does not hold back the others in its chunk', async () => {
    const rows = [await l1(), await l1(), await l1()];
    const bad = rows[1]!;
    // A trigger that refuses the bad request's events stands in for any failure mid-chunk.
    await db.execute(
      sql.raw(`create or replace function refuse_sla_event() returns trigger language plpgsql as $$
      begin if new.request_id = '${bad.id}' then raise exception 'refused'; end if; return new; end $$`),
    );
    await db.execute(
      sql`create trigger refuse_sla_event before insert on sla_events for each row execute function refuse_sla_event()`,
    );
    try {
      t.clock.set(at(91));
      const failure = await runSlaSweep(deps, t.clock.now(), { perTransaction: 10 }).catch((e: Error) => e);
      expect(String((failure as Error).cause)).toContain('refused');
      expect(await firedEvents(rows[0]!.id)).toHaveLength(1);
      expect(await firedEvents(rows[2]!.id)).toHaveLength(1);
      expect(await firedEvents(bad.id)).toEqual([]);
      // Nothing of the bad request's sweep committed: it is still due, for the next run.
      expect((await reload(bad.id)).responseWarnedAt).toBeNull();
    } finally {
      await db.execute(sql`drop trigger refuse_sla_event on sla_events`);
    }
    expect(await runSlaSweep(deps, t.clock.now())).toEqual({ checked: 1, warnings: 1, breaches: 0 });
  });
});
