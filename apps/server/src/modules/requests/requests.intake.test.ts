import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId } from '../../../../../tests/support/contracts.js';
import { auditLog } from '../../db/schema/audit.js';
import { requestTimeline } from '../../db/schema/request-timeline.js';
import { serviceRequests } from '../../db/schema/requests.js';
import { calendars } from '../../db/schema/sla.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newDeployment } from '../../db/seed/factories-products.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';

// Monday 2026-03-02 10:00 in Asia/Shanghai.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const standard = await policyId(admin, 'standard');
const businessHours = await policyId(admin, 'business_hours');

const at = (iso: string) => new Date(iso).toISOString();
const body = (customerId: string, over: Record<string, unknown> = {}) => ({
  customerId,
  channel: 'phone',
  category: 'incident',
  severity: 'L1',
  subject: '生产环境订单服务无法登录',
  description: '所有用户登录时报错 500',
  ...over,
});

/** A fresh agent session at the current test clock (sessions expire when the clock jumps). */
const agentNow = () => t.loginAs('agent');

describe('intake', () => {
  it('a billable request runs on the standard policy (7×24) with the SPEC default targets', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const c = await newCustomer(db);
    const expected = {
      L1: [120, 240],
      L2: [240, 720],
      L3: [720, 1440],
      L4: [1440, null],
    } as const;
    for (const [severity, [response, resolution]] of Object.entries(expected)) {
      const res = await agent.post('/api/requests', body(c.id, { severity }));
      expect(res.status, res.text).toBe(201);
      const r = res.body;
      expect(r).toMatchObject({
        coverage: 'billable',
        feeCategory: 'technical_support',
        slaPolicyId: standard,
        slaPolicyVersion: 1,
        responseTargetMinutes: response,
        resolutionTargetMinutes: resolution,
        warningPercent: 75,
        state: 'received',
        stateCategory: 'new',
        receivedAt: at('2026-03-02T02:00:00Z'),
        stateName: { zh: '已受理', en: 'Received' },
      });
      expect(r.number).toMatch(/^SR-2026-\d{6}$/);
      const plus = (m: number) => new Date(Date.parse('2026-03-02T02:00:00Z') + m * 60_000).toISOString();
      expect(r.responseDueAt).toBe(plus(response));
      expect(r.responseWarnAt).toBe(plus(Math.ceil(response * 0.75)));
      expect(r.resolutionDueAt).toBe(resolution === null ? null : plus(resolution));
      // The sweep's next look is the response warning.
      expect(r.nextSlaCheckAt).toBe(plus(Math.ceil(response * 0.75)));
      expect(r.entitlement.reasons.map((x: { code: string }) => x.code)).toContain('billable');
      expect(r.allowedTransitions).toEqual(expect.arrayContaining(['classified', 'assigned', 'in_progress']));
    }
  });

  it('a contract request stores the contract, its policy and due times on the China calendar', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const c = await newCustomer(db);
    const k = await activeContract(t, admin, contractBody(c.id, businessHours));
    const res = await agent.post('/api/requests', body(c.id, { severity: 'L2' }));
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      coverage: 'contract',
      contractId: k.id,
      warrantyId: null,
      feeCategory: null,
      slaPolicyId: businessHours,
      responseTargetMinutes: 240,
      resolutionTargetMinutes: 720,
      // 10:00 + 4 working hours = 15:00 (lunch 12:00–13:00 does not count); + 12 h = Tuesday 15:00.
      responseDueAt: at('2026-03-02T07:00:00Z'),
      resolutionDueAt: at('2026-03-03T07:00:00Z'),
    });
    const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, res.body.id));
    expect(row!.calendarId).toBeTruthy();
    expect(row!.entitlement).toMatchObject({ coverage: 'contract', contract: { id: k.id } });
  });

  it('a warranty request stores the warranty and runs on the standard policy', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const c = await newCustomer(db);
    const d = await newDeployment(db, { customerId: c.id, acceptanceDate: '2026-01-10' });
    const res = await agent.post(
      '/api/requests',
      body(c.id, { deploymentId: d.id, category: 'defect', severity: 'L2' }),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      coverage: 'warranty',
      productId: d.productId,
      deploymentId: d.id,
      slaPolicyId: standard,
      responseDueAt: at('2026-03-02T06:00:00Z'),
      resolutionDueAt: at('2026-03-02T14:00:00Z'),
    });
    expect(res.body.warrantyId).toBeTruthy();
  });

  it('on the China calendar the October 2026 holidays do not count and the 调休 Saturday does', async () => {
    // Wednesday 2026-09-30 16:00 Shanghai; 10-01…10-07 are holidays, Saturday 10-10 is a make-up working day.
    t.clock.set('2026-03-02T02:00:00Z');
    const c = await newCustomer(db);
    await activeContract(t, await t.loginAs('admin'), contractBody(c.id, businessHours));
    t.clock.set('2026-09-30T08:00:00Z');
    const agent = await agentNow();
    // Working minutes left: 120 on 09-30 (to 18:00), 480 on 10-08, 10-09 and the 调休 Saturday 10-10 each.
    const expected = {
      // L1 counts 7×24 on the business-hours policy ("L1: 7×24, others: business hours"): 16:00 + 2 h / 4 h.
      L1: { responseDueAt: '2026-09-30T10:00:00Z', resolutionDueAt: '2026-09-30T12:00:00Z' },
      L2: { responseDueAt: '2026-10-08T03:00:00Z', resolutionDueAt: '2026-10-09T03:00:00Z' },
      // 720: 120 + 480 + 120 → Fri 10-09 11:00; 1440: 1080 by Friday's end + 360 on Saturday → 10-10 16:00.
      L3: { responseDueAt: '2026-10-09T03:00:00Z', resolutionDueAt: '2026-10-10T08:00:00Z' },
      L4: { responseDueAt: '2026-10-10T08:00:00Z', resolutionDueAt: null },
    };
    for (const [severity, due] of Object.entries(expected)) {
      const res = await agent.post('/api/requests', body(c.id, { severity }));
      expect(res.status, res.text).toBe(201);
      expect(res.body, severity).toMatchObject({
        coverage: 'contract',
        slaPolicyId: businessHours,
        responseDueAt: at(due.responseDueAt),
        resolutionDueAt: due.resolutionDueAt && at(due.resolutionDueAt),
      });
      if (severity === 'L3') {
        // 540 (75%): 120 + 420 on 10-08 → 17:00 on 10-08.
        expect(res.body.responseWarnAt).toBe(at('2026-10-08T09:00:00Z'));
      }
    }
  });

  it('an L1 outage logged Friday 22:46 on a business-hours contract is due within 7×24 time, L2 on Monday', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const c = await newCustomer(db);
    await activeContract(t, await t.loginAs('admin'), contractBody(c.id, businessHours));
    // Friday 2026-03-06 22:46 Shanghai.
    t.clock.set('2026-03-06T14:46:00Z');
    const agent = await agentNow();
    const l1 = await agent.post('/api/requests', body(c.id, { severity: 'L1' }));
    expect(l1.status, l1.text).toBe(201);
    // Saturday 00:46 and 02:46 Shanghai, not Monday 11:00 / 13:00 on business hours.
    expect(l1.body).toMatchObject({
      coverage: 'contract',
      slaPolicyId: businessHours,
      responseDueAt: at('2026-03-06T16:46:00Z'),
      resolutionDueAt: at('2026-03-06T18:46:00Z'),
    });
    const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, l1.body.id));
    const builtin = async (key: string) =>
      (await db.select().from(calendars).where(eq(calendars.builtinKey, key)))[0]!;
    const always = await builtin('24x7');
    const china = await builtin('china_mainland');
    // The request stores the calendar each target counts on; the policy's own stays business hours.
    expect(row).toMatchObject({
      calendarId: china.id,
      responseCalendarId: always.id,
      resolutionCalendarId: always.id,
    });
    const l2 = await agent.post('/api/requests', body(c.id, { severity: 'L2' }));
    // 240 working minutes from Monday 09:00: 09–12 and 13–14.
    expect(l2.body.responseDueAt).toBe(at('2026-03-09T06:00:00Z'));
    const [row2] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, l2.body.id));
    expect(row2).toMatchObject({ responseCalendarId: china.id, resolutionCalendarId: china.id });
  });

  it('Idempotency-Key: a retry replays the first response and creates nothing', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const c = await newCustomer(db);
    const headers = { 'idempotency-key': `intake-${c.id}` };
    const first = await agent.post('/api/requests', body(c.id), headers);
    expect(first.status, first.text).toBe(201);
    const again = await agent.post('/api/requests', body(c.id), headers);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.number).toBe(first.body.number);
    const rows = await db.select().from(serviceRequests).where(eq(serviceRequests.customerId, c.id));
    expect(rows).toHaveLength(1);
    const other = await agent.post('/api/requests', body(c.id, { subject: '另一个问题' }), headers);
    expect(other.status).toBe(409);
  });

  it('writes the received event, the audit entry and routes to the tier-1 team', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const c = await newCustomer(db);
    const res = await agent.post('/api/requests', body(c.id, { channel: 'api' }));
    expect(res.status, res.text).toBe(201);
    expect(res.body.tier).toBe(1);
    expect(res.body.teamName).toBe('客户服务组');
    const events = await db.select().from(requestTimeline).where(eq(requestTimeline.requestId, res.body.id));
    expect(events.find((e) => e.event === 'received')).toMatchObject({ visibility: 'public' });
    // The automatic receipt is a public reply that does not stop the response clock.
    expect(events.find((e) => e.kind === 'reply')).toMatchObject({ automatic: true });
    expect(res.body.firstResponseAt).toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, res.body.id));
    expect(audit.map((a) => a.action)).toEqual(['request.create']);
  });

  it('rejects references that do not belong to the customer, writing nothing', async () => {
    const agent = await agentNow();
    const c = await newCustomer(db);
    const other = await newCustomer(db);
    const d = await newDeployment(db, { customerId: other.id });
    const res = await agent.post('/api/requests', body(c.id, { deploymentId: d.id }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['body', 'deploymentId']);
    const missing = await agent.post('/api/requests', body('00000000-0000-4000-8000-000000000001'));
    expect(missing.status).toBe(404);
    const rows = await db.select().from(serviceRequests).where(eq(serviceRequests.customerId, c.id));
    expect(rows).toHaveLength(0);
  });

  it('a customer contact creates for its own organisation only, always through the portal', async () => {
    const mine = await newCustomer(db);
    const theirs = await newCustomer(db);
    const contact = await t.loginAs('customer_contact', { customerId: mine.id });
    const res = await contact.post(
      '/api/requests',
      body(mine.id, { channel: 'phone', category: 'consultation' }),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body.channel).toBe('portal');
    const denied = await contact.post('/api/requests', body(theirs.id));
    expect(denied.status).toBe(404);
    expect(
      await db.select().from(serviceRequests).where(eq(serviceRequests.customerId, theirs.id)),
    ).toHaveLength(0);
    // Reads are scoped the same way.
    const foreign = await newServiceRequest(db, { customerId: theirs.id, receivedAt: t.clock.now() });
    expect((await contact.get(`/api/requests/${foreign.id}`)).status).toBe(404);
    await db
      .update(serviceRequests)
      .set({ analysisNotes: '内部分析：疑似客户误操作', workaround: '重启服务' })
      .where(eq(serviceRequests.id, res.body.id));
    const seen = await contact.get(`/api/requests/${res.body.id}`);
    expect(seen.status).toBe(200);
    // The vendor's analysis notes are internal; the workaround is for the customer.
    expect(seen.body).toMatchObject({ analysisNotes: null, workaround: '重启服务' });
    const staff = await (await t.loginAs('agent')).get(`/api/requests/${res.body.id}`);
    expect(staff.body.analysisNotes).toBe('内部分析：疑似客户误操作');
    const list = await contact.get('/api/requests');
    expect(list.body.items.map((i: { customerId: string }) => i.customerId)).toEqual([mine.id]);
    // No internal fields are writable, and customers do not edit requests.
    const patch = await contact.patch(
      `/api/requests/${res.body.id}`,
      { subject: 'x' },
      { 'if-match': '"1"' },
    );
    expect(patch.status).toBe(403);
  });

  it('recheck-entitlement: a contract signed after intake brings its policy; due times recomputed from receipt', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const agent = await agentNow();
    const premium = await policyId(admin, 'premium');
    const c = await newCustomer(db);
    const created = await agent.post('/api/requests', body(c.id, { severity: 'L2' }));
    expect(created.body).toMatchObject({ coverage: 'billable', responseDueAt: at('2026-03-02T06:00:00Z') });
    const k = await activeContract(t, await t.loginAs('admin'), contractBody(c.id, premium));
    t.clock.advanceMinutes(30);
    const v = { 'if-match': `"${created.body.version}"` };
    const noReason = await agent.post(`/api/requests/${created.body.id}/recheck-entitlement`, {}, v);
    expect(noReason.status).toBe(400);
    const res = await agent.post(
      `/api/requests/${created.body.id}/recheck-entitlement`,
      { reason: '合同已补签' },
      v,
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      coverage: 'contract',
      contractId: k.id,
      slaPolicyId: premium,
      responseTargetMinutes: 60,
      resolutionTargetMinutes: 240,
      responseDueAt: at('2026-03-02T03:00:00Z'),
      resolutionDueAt: at('2026-03-02T06:00:00Z'),
    });
    const events = await db
      .select()
      .from(requestTimeline)
      .where(eq(requestTimeline.requestId, created.body.id));
    expect(events.find((e) => e.event === 'due_recomputed')?.data).toMatchObject({
      cause: 'policy',
      reason: '合同已补签',
      old: { responseDueAt: at('2026-03-02T06:00:00Z') },
      new: { responseDueAt: at('2026-03-02T03:00:00Z') },
    });
    expect(events.some((e) => e.event === 'entitlement_rechecked')).toBe(true);
  });
});
