import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/app.js';
import { activeContract, contractBody, policyId, termsBody } from '../../../../tests/support/contracts.js';
import { teamByKey } from '../db/seed/factories.js';

// 2026-03-02 10:00 in Asia/Shanghai.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const north = await teamByKey(db, 'sales_north');
const east = await teamByKey(db, 'sales_east');
const rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
const otherRep = await t.loginAs('sales_rep', { teamIds: [east.id] });
const agent = await t.loginAs('agent');
const consultant = await t.loginAs('consultant', { teamIds: [north.id] });
const businessHours = await policyId(admin, 'business_hours');
const premium = await policyId(admin, 'premium');

async function customer(owner: typeof rep, teamId: string) {
  const res = await admin.post('/api/customers', {
    name: `权益客户${Math.random()}`,
    ownerId: owner.user.id,
    teamId,
    allowDuplicate: true,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const product = (await admin.post('/api/products', { code: 'ENT-1', name: '权益产品' })).body;
const version = (await admin.post(`/api/products/${product.id}/versions`, { name: '1.0.0' })).body;

async function deploy(customerId: string, acceptanceDate: string) {
  const res = await admin.post('/api/deployments', {
    customerId,
    productId: product.id,
    versionId: version.id,
    acceptanceDate,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const check = (client: typeof agent, q: Record<string, string>) =>
  client.get(`/api/entitlements/check?${new URLSearchParams(q).toString()}`);
const codes = (body: { reasons: { code: string }[] }) => body.reasons.map((r) => r.code);

describe('entitlement check', () => {
  it('a customer without deployments or contracts is billable, with the fee category and reasons', async () => {
    const c = await customer(rep, north.id);
    const res = await check(agent, { customerId: c, category: 'defect' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      coverage: 'billable',
      feeCategory: 'basic_maintenance',
      date: '2026-03-02',
    });
    expect(codes(res.body)).toEqual(['no_contract_in_force', 'no_warranty_in_force', 'billable']);
    expect((await check(agent, { customerId: c, category: 'training' })).body.feeCategory).toBe('training');
  });

  it('a warranty covers through its last day (Asia/Shanghai) and not the day after', async () => {
    const c = await customer(rep, north.id);
    const d = await deploy(c, '2025-03-03'); // warranty 2025-03-03 … 2026-03-02
    const last = await check(agent, {
      customerId: c,
      deploymentId: d,
      category: 'defect',
      at: '2026-03-02T15:59:00Z',
    });
    expect(last.body).toMatchObject({ coverage: 'warranty', date: '2026-03-02' });
    expect(last.body.warranty).toMatchObject({
      deploymentId: d,
      endDate: '2026-03-02',
      productId: product.id,
    });
    expect(codes(last.body)).toContain('warranty_covers');
    const after = await check(agent, {
      customerId: c,
      deploymentId: d,
      category: 'defect',
      at: '2026-03-02T16:00:00Z',
    });
    expect(after.body).toMatchObject({ coverage: 'billable', date: '2026-03-03' });
    // Warranties do not cover training.
    const training = await check(agent, { customerId: c, category: 'training', at: '2026-03-01T02:00:00Z' });
    expect(training.body.coverage).toBe('billable');
    expect(codes(training.body)).toContain('warranty_coverage_excludes');
  });

  it('a maintenance contract covers from its first day, with its SLA policy, targets and calendar', async () => {
    const c = await customer(rep, north.id);
    const k = await activeContract(
      t,
      admin,
      contractBody(c, businessHours, { startDate: '2026-04-01', endDate: '2027-03-31' }),
    );
    const before = await check(agent, { customerId: c, category: 'defect', at: '2026-03-31T15:59:00Z' });
    expect(before.body.coverage).toBe('billable');
    const first = await check(agent, { customerId: c, category: 'defect', at: '2026-03-31T16:00:00Z' });
    expect(first.body).toMatchObject({
      coverage: 'contract',
      date: '2026-04-01',
      contract: {
        id: k.id,
        slaPolicyId: businessHours,
        policyName: '工作时间服务',
        termsVersion: 1,
        targets: { L1: { responseMinutes: 120, resolutionMinutes: 240 } },
      },
    });
    expect(first.body.contract.calendarName).toBeTruthy();
    const covers = first.body.reasons.find((r: { code: string }) => r.code === 'contract_covers');
    expect(covers.data).toMatchObject({ contractId: k.id, startDate: '2026-04-01', scopeItem: 'bug_fix' });
    // Consultation is the basic support of every maintenance contract; customization never is.
    expect(
      (await check(agent, { customerId: c, category: 'consultation', at: '2026-05-01T02:00:00Z' })).body
        .coverage,
    ).toBe('contract');
    const custom = await check(agent, {
      customerId: c,
      category: 'customization',
      at: '2026-05-01T02:00:00Z',
    });
    expect(custom.body).toMatchObject({ coverage: 'billable', feeCategory: 'customization' });
  });

  it('a category outside the scope falls through to the warranty or billable', async () => {
    const c = await customer(rep, north.id);
    await deploy(c, '2026-01-10');
    await activeContract(t, admin, contractBody(c, businessHours));
    const training = await check(agent, { customerId: c, category: 'training' });
    expect(training.body).toMatchObject({ coverage: 'billable', feeCategory: 'training' });
    expect(codes(training.body)).toContain('contract_scope_excludes');
    // In scope for the contract AND under warranty: the contract wins (it carries the SLA).
    expect((await check(agent, { customerId: c, category: 'security' })).body.coverage).toBe('contract');
    // Functional updates: not in this contract's scope, but the warranty covers them.
    const feature = await check(agent, { customerId: c, category: 'feature_request' });
    expect(feature.body.coverage).toBe('warranty');
  });

  it('upgrades need the scope item and "upgrades included"', async () => {
    const c = await customer(rep, north.id);
    const charged = termsBody(businessHours, { scope: [{ type: 'upgrade' }], upgrades: 'charged' });
    await activeContract(t, admin, contractBody(c, businessHours, { terms: charged }));
    const res = await check(agent, { customerId: c, category: 'upgrade' });
    expect(res.body).toMatchObject({ coverage: 'billable', feeCategory: 'upgrade' });
    expect(codes(res.body)).toContain('contract_upgrades_charged');
  });

  it('a terminated contract covers nothing', async () => {
    const c = await customer(rep, north.id);
    const k = await activeContract(t, admin, contractBody(c, businessHours));
    expect((await check(agent, { customerId: c, category: 'defect' })).body.coverage).toBe('contract');
    await admin.post(`/api/contracts/${k.id}/transition`, { to: 'terminated', reason: '提前终止' });
    const res = await check(agent, { customerId: c, category: 'defect' });
    expect(res.body.coverage).toBe('billable');
    expect(codes(res.body)).toContain('no_contract_in_force');
  });

  it('when several contracts cover, the best SLA wins (shorter L1 response)', async () => {
    const c = await customer(rep, north.id);
    await activeContract(t, admin, contractBody(c, businessHours));
    const best = await activeContract(t, admin, contractBody(c, premium));
    const res = await check(agent, { customerId: c, category: 'incident' });
    expect(res.body.contract).toMatchObject({ id: best.id, policyName: '尊享服务' });
    expect(codes(res.body)).toContain('best_sla');
  });

  it('uses the terms version in effect at the instant asked about', async () => {
    const c = await customer(rep, north.id);
    const k = await activeContract(t, admin, contractBody(c, businessHours));
    const withTraining = termsBody(businessHours, { scope: [{ type: 'bug_fix' }, { type: 'training' }] });
    const cr = (
      await admin.post(`/api/contracts/${k.id}/change-requests`, { reason: '加培训', terms: withTraining })
    ).body;
    t.clock.set('2026-03-10T02:00:00Z');
    try {
      for (const role of ['sales_director', 'consulting_director']) {
        const approver = await t.loginAs(role);
        expect(
          (await approver.post(`/api/approvals/${cr.approvalId}/decide`, { decision: 'approve' })).status,
        ).toBe(200);
      }
      const fresh = await t.loginAs('agent');
      const earlier = await check(fresh, { customerId: c, category: 'training', at: '2026-03-05T02:00:00Z' });
      expect(earlier.body.coverage).toBe('billable');
      const later = await check(fresh, { customerId: c, category: 'training', at: '2026-03-11T02:00:00Z' });
      expect(later.body).toMatchObject({ coverage: 'contract', contract: { termsVersion: 2 } });
    } finally {
      t.clock.set('2026-03-02T02:00:00Z');
    }
  });

  it('a contract covers the products its terms name: a CRM contract does not cover an ERP defect, and says why', async () => {
    const c = await customer(rep, north.id);
    const erp = (await admin.post('/api/products', { code: 'ENT-ERP', name: '权益ERP' })).body;
    const crmDeployment = await deploy(c, '2024-01-10'); // warranty long over
    const k = await activeContract(
      t,
      admin,
      contractBody(c, businessHours, {
        terms: termsBody(businessHours, {
          coveredProducts: [{ productId: product.id, modules: ['销售管理'] }],
        }),
      }),
    );
    const covered = await check(agent, { customerId: c, deploymentId: crmDeployment, category: 'defect' });
    expect(covered.body).toMatchObject({ coverage: 'contract', contract: { id: k.id } });
    expect(codes(covered.body)).toContain('contract_covers');

    const mismatch = await check(agent, { customerId: c, productId: erp.id, category: 'defect' });
    expect(mismatch.status, mismatch.text).toBe(200);
    expect(mismatch.body.coverage).toBe('billable');
    const why = mismatch.body.reasons.find((r: { code: string }) => r.code === 'contract_product_excludes');
    expect(why?.data).toMatchObject({ contractId: k.id, productName: '权益ERP', covered: '权益产品' });

    // Naming no product still covers, with a reason saying what the contract is limited to.
    const unstated = await check(agent, { customerId: c, category: 'defect' });
    expect(unstated.body.coverage).toBe('contract');
    expect(codes(unstated.body)).toContain('contract_product_unstated');
  });

  it('a covered product limited to some deployments does not cover the others', async () => {
    const c = await customer(rep, north.id);
    const prod = await deploy(c, '2024-01-10');
    const test = await deploy(c, '2024-01-11');
    await activeContract(
      t,
      admin,
      contractBody(c, businessHours, {
        terms: termsBody(businessHours, {
          coveredProducts: [{ productId: product.id, deploymentIds: [prod] }],
        }),
      }),
    );
    expect(
      (await check(agent, { customerId: c, deploymentId: prod, category: 'defect' })).body.coverage,
    ).toBe('contract');
    const other = await check(agent, { customerId: c, deploymentId: test, category: 'defect' });
    expect(other.body.coverage).not.toBe('contract');
    expect(codes(other.body)).toContain('contract_deployment_excludes');
  });

  it('answers 404 for customers outside the scope, 400 for a foreign deployment, 403 without the permission', async () => {
    const theirs = await customer(otherRep, east.id);
    const mine = await customer(rep, north.id);
    const d = await deploy(theirs, '2026-01-10');
    expect((await check(consultant, { customerId: theirs, category: 'defect' })).status).toBe(404);
    expect((await check(consultant, { customerId: mine, category: 'defect' })).status).toBe(200);
    expect((await check(agent, { customerId: mine, deploymentId: d, category: 'defect' })).status).toBe(400);
    expect((await check(rep, { customerId: mine, category: 'defect' })).status).toBe(403);
    expect((await check(agent, { customerId: mine, category: 'nonsense' })).status).toBe(400);
  });
});
