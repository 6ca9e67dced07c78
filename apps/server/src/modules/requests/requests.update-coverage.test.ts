/**
 * Correcting what the entitlement depends on (category, product, deployment)
 * with PATCH decides the entitlement again and recomputes the clocks, with
 * the reason on the timeline — not only the explicit recheck does.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId, termsBody } from '../../../../../tests/support/contracts.js';
import { requestTimeline } from '../../db/schema/request-timeline.js';
import { newCustomer } from '../../db/seed/factories-customers.js';

// Monday 2026-03-02 10:00 in Asia/Shanghai.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const businessHours = await policyId(admin, 'business_hours');
const crm = (await admin.post('/api/products', { code: 'UPD-CRM', name: '更正CRM' })).body;
const erp = (await admin.post('/api/products', { code: 'UPD-ERP', name: '更正ERP' })).body;

const timeline = (id: string) =>
  db.select().from(requestTimeline).where(eq(requestTimeline.requestId, id)).orderBy(requestTimeline.id);

describe('PATCH of category, product or deployment', () => {
  it('decides the entitlement again from receipt and recomputes the due times, on the timeline', async () => {
    const c = await newCustomer(db);
    const k = await activeContract(
      t,
      admin,
      contractBody(c.id, businessHours, {
        terms: termsBody(businessHours, { coveredProducts: [{ productId: crm.id }] }),
      }),
    );
    const agent = await t.loginAs('agent');
    const created = await agent.post('/api/requests', {
      customerId: c.id,
      channel: 'phone',
      category: 'defect',
      severity: 'L2',
      productId: crm.id,
      subject: '报表导出失败',
    });
    expect(created.status, created.text).toBe(201);
    // Business hours: 10:00 + 4 working hours = 15:00 Shanghai.
    expect(created.body).toMatchObject({ coverage: 'contract', contractId: k.id });
    expect(created.body.responseDueAt).toBe('2026-03-02T07:00:00.000Z');

    t.clock.advanceMinutes(30);
    const moved = await agent.patch(
      `/api/requests/${created.body.id}`,
      { productId: erp.id, reason: '实际是 ERP 的问题' },
      { 'if-match': `"${created.body.version}"` },
    );
    expect(moved.status, moved.text).toBe(200);
    // Not covered by the CRM contract: billable on the standard policy (7×24): 10:00 + 4 h = 14:00.
    expect(moved.body).toMatchObject({ coverage: 'billable', contractId: null, productId: erp.id });
    expect(moved.body.responseDueAt).toBe('2026-03-02T06:00:00.000Z');
    expect(moved.body.slaPolicyId).not.toBe(businessHours);
    const events = await timeline(created.body.id);
    const rechecked = events.find((e) => e.event === 'entitlement_rechecked');
    expect(rechecked?.data).toMatchObject({
      cause: 'fields',
      fields: ['productId'],
      reason: '实际是 ERP 的问题',
      old: { coverage: 'contract', contractId: k.id },
      new: { coverage: 'billable', contractId: null },
    });
    expect((rechecked!.data as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toContain(
      'contract_product_excludes',
    );
    const due = events.find((e) => e.event === 'due_recomputed');
    expect(due?.data).toMatchObject({
      cause: 'fields',
      old: { responseDueAt: '2026-03-02T07:00:00.000Z' },
      new: { responseDueAt: '2026-03-02T06:00:00.000Z' },
    });

    // A category the contract never covers (customization) is billable too; back to CRM + defect covers again.
    const back = await agent.patch(
      `/api/requests/${created.body.id}`,
      { productId: crm.id, category: 'defect' },
      { 'if-match': `"${moved.body.version}"` },
    );
    expect(back.status, back.text).toBe(200);
    expect(back.body).toMatchObject({ coverage: 'contract', contractId: k.id });
    expect(back.body.responseDueAt).toBe('2026-03-02T07:00:00.000Z');
  });

  it('a category change alone re-runs the entitlement; other edits do not', async () => {
    const c = await newCustomer(db);
    const k = await activeContract(t, admin, contractBody(c.id, businessHours));
    const agent = await t.loginAs('agent');
    const created = await agent.post('/api/requests', {
      customerId: c.id,
      channel: 'phone',
      category: 'defect',
      severity: 'L3',
      subject: '字段校验错误',
    });
    expect(created.body).toMatchObject({ coverage: 'contract', contractId: k.id });
    const subject = await agent.patch(
      `/api/requests/${created.body.id}`,
      { subject: '字段校验错误（补充）' },
      { 'if-match': `"${created.body.version}"` },
    );
    expect((await timeline(created.body.id)).some((e) => e.event === 'entitlement_rechecked')).toBe(false);
    const custom = await agent.patch(
      `/api/requests/${created.body.id}`,
      { category: 'customization' },
      { 'if-match': `"${subject.body.version}"` },
    );
    expect(custom.status, custom.text).toBe(200);
    expect(custom.body).toMatchObject({ coverage: 'billable', feeCategory: 'customization' });
    const events = await timeline(created.body.id);
    expect(events.find((e) => e.event === 'entitlement_rechecked')?.data).toMatchObject({
      cause: 'fields',
      fields: ['category'],
      changes: { category: { from: 'defect', to: 'customization' } },
    });
  });
});
