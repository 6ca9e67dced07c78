/**
 * Issue 4 "Measured KPIs per request": the flows themselves (reply, resolve,
 * reopen, SLA sweep) store first-response time, resolution time in calendar
 * and working minutes, within-target flags, the reopen count and the breach
 * events, so reports are queries. One L1 request on the standard 7×24 policy
 * (response 120 min, resolution 240 min, warning at 75%) answered late,
 * resolved in time, reopened and resolved late.
 */
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { serviceRequests, slaEvents } from '../../db/schema/requests.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { runSlaSweep } from '../../workflows/sla-sweep.js';

const START = '2026-03-02T02:00:00Z';
const t = await useTestApp({ clockStart: START });
const db = t.database.db;
const at = (minutes: number) => new Date(new Date(START).getTime() + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();

describe('KPIs stored by the flows', () => {
  it('reply, resolve, reopen and sweep write the measured times, flags, reopen count and breaches', async () => {
    const agent = await t.loginAs('admin');
    const c = await newCustomer(db);
    const created = await agent.post('/api/requests', {
      customerId: c.id,
      channel: 'phone',
      category: 'incident',
      severity: 'L1',
      subject: '生产环境宕机',
    });
    expect(created.status, created.text).toBe(201);
    const id: string = created.body.id;
    expect(created.body).toMatchObject({ responseDueAt: iso(120), resolutionDueAt: iso(240) });
    const row = async () => (await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;
    const move = async (to: string) => {
      const etag = String((await agent.get(`/api/requests/${id}`)).headers.etag);
      const res = await agent.post(`/api/requests/${id}/transition`, { to }, { 'if-match': etag });
      expect(res.status, res.text).toBe(200);
      return res.body;
    };

    // Nobody answered in time: the sweep warns and breaches the response target.
    t.clock.set(at(150));
    await runSlaSweep(t.deps, t.clock.now());
    expect(await row()).toMatchObject({ responseBreachedAt: at(120), breachCount: 1 });

    // The late first reply: 150 minutes, not within target.
    const reply = await agent.post(`/api/requests/${id}/replies`, { body: '<p>正在处理</p>' });
    expect(reply.status, reply.text).toBe(201);
    expect(await row()).toMatchObject({
      firstResponseAt: at(150),
      firstResponseCalendarMinutes: 150,
      firstResponseWorkingMinutes: 150,
      responseMet: false,
    });

    // Resolved at 200 minutes: within the 240-minute target.
    t.clock.set(at(200));
    expect(await move('resolved')).toMatchObject({
      resolvedAt: iso(200),
      resolutionCalendarMinutes: 200,
      resolutionWorkingMinutes: 200,
      resolutionMet: true,
    });

    // Reopened an hour later: counted, the resolution measures cleared, the hour not the vendor's.
    t.clock.set(at(260));
    expect(await move('in_progress')).toMatchObject({
      reopenCount: 1,
      resolvedAt: null,
      resolutionCalendarMinutes: null,
      resolutionWorkingMinutes: null,
      resolutionMet: null,
      resolutionDueAt: iso(300),
    });

    // Still open past the moved due time: the sweep warns and breaches the resolution target.
    t.clock.set(at(320));
    await runSlaSweep(t.deps, t.clock.now());
    expect(await row()).toMatchObject({ resolutionBreachedAt: at(300), breachCount: 2 });

    // Resolved again, late: calendar 320 minutes, working 260 (the reopened hour excluded), missed.
    expect(await move('resolved')).toMatchObject({
      reopenCount: 1,
      breachCount: 2,
      resolutionCalendarMinutes: 320,
      resolutionWorkingMinutes: 260,
      resolutionMet: false,
      responseMet: false,
      firstResponseWorkingMinutes: 150,
    });

    const events = await db
      .select({ target: slaEvents.target, kind: slaEvents.kind, dueAt: slaEvents.dueAt })
      .from(slaEvents)
      .where(eq(slaEvents.requestId, id))
      .orderBy(asc(slaEvents.id));
    expect(events).toEqual([
      { target: 'response', kind: 'warning', dueAt: at(90) },
      { target: 'response', kind: 'breach', dueAt: at(120) },
      { target: 'resolution', kind: 'warning', dueAt: at(240) },
      { target: 'resolution', kind: 'breach', dueAt: at(300) },
    ]);
  });
});
