import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { teamByKey } from '../../db/seed/factories.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const agent = await t.loginAs('agent');
const support = await teamByKey(db, 'technical_support');
// Engineers see the customers of their team's queue: the requests below are in it.
const engineer = await t.loginAs('engineer', { teamIds: [support.id] });
const salesRep = await t.loginAs('sales_rep');
// The rep owns the customer, so its requests are in the rep's scope.
const customer = await newCustomer(db, { ownerId: salesRep.user.id });
const contact = await t.loginAs('customer_contact', { customerId: customer.id });

describe('time entries', () => {
  it('defaults billable from the coverage, totals billable and covered minutes', async () => {
    const billable = await newServiceRequest(db, {
      customerId: customer.id,
      coverage: 'billable',
      teamId: support.id,
    });
    const covered = await newServiceRequest(db, {
      customerId: customer.id,
      coverage: 'contract',
      teamId: support.id,
    });

    const a = await agent.post(`/api/requests/${billable.id}/time-entries`, {
      minutes: 90,
      note: '远程排查',
    });
    expect(a.status, a.text).toBe(201);
    // 2026-03-02T02:00Z is 10:00 in Shanghai: the work date is that day.
    expect(a.body).toMatchObject({
      minutes: 90,
      billable: true,
      workDate: '2026-03-02',
      userId: agent.user.id,
    });
    const b = await engineer.post(`/api/requests/${billable.id}/time-entries`, {
      minutes: 30,
      billable: false,
      workDate: '2026-03-01',
    });
    expect(b.status, b.text).toBe(201);
    expect(
      (await engineer.post(`/api/requests/${covered.id}/time-entries`, { minutes: 45 })).body.billable,
    ).toBe(false);

    const list = await agent.get(`/api/requests/${billable.id}/time-entries`);
    expect(list.status).toBe(200);
    expect(list.body.totals).toEqual({ minutes: 120, billableMinutes: 90, coveredMinutes: 30 });
    expect(list.body.items.map((e: { workDate: string }) => e.workDate)).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(list.body.items[1].userName).toBe(agent.user.displayName);

    // "-5" was once silently logged as 1 by the web form; the API refuses it like 0.
    for (const minutes of [-5, 0, 1441, 1.5]) {
      expect((await agent.post(`/api/requests/${billable.id}/time-entries`, { minutes })).status).toBe(400);
    }
    expect(
      (await agent.post(`/api/requests/${billable.id}/time-entries`, { minutes: 5, workDate: '2026-02-30' }))
        .status,
    ).toBe(400);
  });

  it('is staff only; deletes own entries or any with requests:update', async () => {
    const r = await newServiceRequest(db, { customerId: customer.id, teamId: support.id });
    const mine = (await agent.post(`/api/requests/${r.id}/time-entries`, { minutes: 10 })).body;
    expect((await contact.get(`/api/requests/${r.id}/time-entries`)).status).toBe(403);
    expect((await contact.post(`/api/requests/${r.id}/time-entries`, { minutes: 10 })).status).toBe(403);
    // Sales reps watch requests (internal included) but do not work them.
    expect((await salesRep.post(`/api/requests/${r.id}/time-entries`, { minutes: 10 })).status).toBe(403);

    expect((await salesRep.delete(`/api/requests/${r.id}/time-entries/${mine.id}`)).status).toBe(403);
    expect((await engineer.delete(`/api/requests/${r.id}/time-entries/${mine.id}`)).status).toBe(204);
    expect((await agent.get(`/api/requests/${r.id}/time-entries`)).body.items).toEqual([]);
    expect((await agent.delete(`/api/requests/${r.id}/time-entries/${mine.id}`)).status).toBe(404);
    const audit = (await t.loginAs('admin')).get(`/api/audit?entityId=${mine.id}`);
    expect((await audit).body.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'time_entry.create',
      'time_entry.delete',
    ]);
  });
});
