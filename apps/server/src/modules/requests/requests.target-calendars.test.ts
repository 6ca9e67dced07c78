/**
 * Per-target calendars beyond intake: a severity change moves a request onto
 * the new severity's calendars ("L1: 7×24, others: business hours"), and a
 * pause counts on the resolution target's calendar.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId } from '../../../../../tests/support/contracts.js';
import { newCustomer } from '../../db/seed/factories-customers.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const iso = (s: string) => new Date(s).toISOString();

describe('per-target calendars after intake', () => {
  it('an L2 raised to L1 on Friday night moves to 7×24, and its pause counts 7×24 time', async () => {
    const admin = await t.loginAs('admin');
    const businessHours = await policyId(admin, 'business_hours');
    const c = await newCustomer(db);
    await activeContract(t, admin, contractBody(c.id, businessHours));
    // Friday 2026-03-06 22:46 Shanghai.
    t.clock.set('2026-03-06T14:46:00Z');
    const agent = await t.loginAs('agent');
    const created = await agent.post('/api/requests', {
      customerId: c.id,
      channel: 'phone',
      category: 'incident',
      severity: 'L2',
      subject: '夜间批处理失败',
    });
    expect(created.status, created.text).toBe(201);
    // L2 counts business hours: Monday 09:00 + 4 working hours = 14:00.
    expect(created.body.responseDueAt).toBe(iso('2026-03-09T06:00:00Z'));

    t.clock.advanceMinutes(4); // 22:50
    const raised = await agent.patch(
      `/api/requests/${created.body.id}`,
      { severity: 'L1', reason: '全部门店停业' },
      { 'if-match': `"${created.body.version}"` },
    );
    expect(raised.status, raised.text).toBe(200);
    // From receipt on 7×24: 22:46 + 2 h and + 4 h.
    expect(raised.body).toMatchObject({
      responseDueAt: iso('2026-03-06T16:46:00Z'),
      resolutionDueAt: iso('2026-03-06T18:46:00Z'),
    });

    const move = async (to: string) => {
      const current = await agent.get(`/api/requests/${created.body.id}`);
      const res = await agent.post(
        `/api/requests/${created.body.id}/transition`,
        { to },
        { 'if-match': String(current.headers.etag) },
      );
      expect(res.status, res.text).toBe(200);
      return res.body;
    };
    await move('in_progress');
    t.clock.set('2026-03-06T16:00:00Z'); // Saturday 00:00 Shanghai
    await move('waiting_customer');
    t.clock.set('2026-03-06T17:00:00Z'); // Saturday 01:00: an hour of 7×24 time paused
    const resumed = await move('in_progress');
    expect(resumed).toMatchObject({
      pausedWorkingSeconds: 3600,
      resolutionDueAt: iso('2026-03-06T19:46:00Z'),
    });
  });
});
