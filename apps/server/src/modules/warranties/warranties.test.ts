import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { roles } from '../../db/schema/identity.js';
import { teamByKey } from '../../db/seed/factories.js';
import { findWarrantiesInForce } from './index.js';

// 2026-03-02 10:00 in Asia/Shanghai.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const manager = await t.loginAs('service_manager');
// This file is about warranty terms, not data scope: its implementation engineer deploys at any customer, as one
// whose role an admin widened from the seeded 'queue' scope to 'all' would (queue scope has its own tests).
await db.update(roles).set({ dataScope: 'all' }).where(eq(roles.key, 'engineer'));
const engineer = await t.loginAs('engineer');
const north = await teamByKey(db, 'sales_north');
const east = await teamByKey(db, 'sales_east');
const rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
const otherRep = await t.loginAs('sales_rep', { teamIds: [east.id] });

async function customer(owner: typeof rep, teamId: string, name: string) {
  const res = await admin.post('/api/customers', {
    name,
    ownerId: owner.user.id,
    teamId,
    allowDuplicate: true,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function productWithVersion(code: string, critical: boolean) {
  const p = (await admin.post('/api/products', { code, name: code, critical })).body;
  const v = (await admin.post(`/api/products/${p.id}/versions`, { name: '1.0.0' })).body;
  return { productId: p.id as string, versionId: v.id as string };
}

const standard = await productWithVersion('WAR-STD', false);
const critical = await productWithVersion('WAR-CRIT', true);

async function deploy(customerId: string, acceptanceDate: string | null, product = standard) {
  const res = await engineer.post('/api/deployments', { customerId, ...product, acceptanceDate });
  expect(res.status).toBe(201);
  return res.body;
}

const warrantyOf = (client: typeof admin, deploymentId: string) =>
  client.get(`/api/deployments/${deploymentId}/warranty`);

const mine = await customer(rep, north.id, '质保测试客户');

describe('warranty creation and term', () => {
  it('is created with the acceptance date: 12 months standard, 24 for critical systems, all services covered', async () => {
    const d = await deploy(mine, '2026-03-15');
    const w = (await warrantyOf(rep, d.id)).body;
    expect(w).toMatchObject({
      startDate: '2026-03-15',
      startFromAcceptance: true,
      months: 12,
      endDate: '2027-03-14',
      coverage: ['bug_fix', 'functional_update', 'performance', 'security_fix'],
      status: 'not_started',
      customerId: mine,
    });
    expect(d.warranty).toMatchObject({ endDate: '2027-03-14', status: 'not_started' });

    const c = await deploy(mine, '2026-01-10', critical);
    expect((await warrantyOf(rep, c.id)).body).toMatchObject({
      months: 24,
      endDate: '2028-01-09',
      status: 'in_force',
    });

    const audit = await admin.get(`/api/audit?entityType=warranty&entityId=${w.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'warranty.create', customerId: mine });
  });

  it('appears when a deployment first gets its acceptance date, and follows later changes of it', async () => {
    const d = await deploy(mine, null);
    expect((await warrantyOf(rep, d.id)).status).toBe(404);
    const accepted = await engineer.patch(
      `/api/deployments/${d.id}`,
      { acceptanceDate: '2026-02-01' },
      { 'if-match': '"1"' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.warranty).toMatchObject({
      startDate: '2026-02-01',
      endDate: '2027-01-31',
      status: 'in_force',
    });
    const moved = await engineer.patch(
      `/api/deployments/${d.id}`,
      { acceptanceDate: '2026-02-10' },
      { 'if-match': '"2"' },
    );
    expect(moved.body.warranty).toMatchObject({ startDate: '2026-02-10', endDate: '2027-02-09' });
    const cleared = await engineer.patch(
      `/api/deployments/${d.id}`,
      { acceptanceDate: null },
      { 'if-match': '"3"' },
    );
    expect(cleared.status).toBe(409);
    expect((await warrantyOf(rep, d.id)).body.version).toBe(2);
  });

  it('adjusts start, months and coverage with If-Match; an overridden start ignores acceptance changes', async () => {
    const d = await deploy(mine, '2026-01-05');
    const url = `/api/deployments/${d.id}/warranty`;
    expect((await manager.patch(url, { months: 18 })).status).toBe(428);
    expect((await manager.patch(url, { months: 18 }, { 'if-match': '"4"' })).status).toBe(412);
    expect((await manager.patch(url, { coverage: [] }, { 'if-match': '"1"' })).status).toBe(400);
    expect((await manager.patch(url, { coverage: ['training'] }, { 'if-match': '"1"' })).status).toBe(400);

    const res = await manager.patch(
      url,
      { startDate: '2026-04-01', months: 18, coverage: ['bug_fix', 'security_fix'] },
      { 'if-match': '"1"' },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      startDate: '2026-04-01',
      startFromAcceptance: false,
      months: 18,
      endDate: '2027-09-30',
      coverage: ['bug_fix', 'security_fix'],
      status: 'not_started',
      daysLeft: 548,
      version: 2,
    });
    await engineer.patch(`/api/deployments/${d.id}`, { acceptanceDate: '2026-01-20' }, { 'if-match': '"1"' });
    expect((await warrantyOf(rep, d.id)).body.startDate).toBe('2026-04-01');

    const reset = await manager.patch(url, { startDate: null }, { 'if-match': '"2"' });
    expect(reset.body).toMatchObject({
      startDate: '2026-01-20',
      startFromAcceptance: true,
      endDate: '2027-07-19',
    });

    const audit = await admin.get(`/api/audit?entityType=warranty&entityId=${res.body.id}`);
    expect(audit.body.items.filter((a: { action: string }) => a.action === 'warranty.update')).toHaveLength(
      2,
    );
  });

  it('is in force through its last day (Asia/Shanghai) and expired the day after', async () => {
    const d = await deploy(mine, '2025-03-03');
    expect((await warrantyOf(rep, d.id)).body).toMatchObject({
      endDate: '2026-03-02',
      status: 'in_force',
      daysLeft: 1,
    });
    try {
      // Sessions idle out when the clock jumps, so each moment gets a fresh login.
      t.clock.set('2026-03-02T15:59:00Z'); // 23:59 on the 2nd in Shanghai
      const late = await t.loginAs('engineer');
      expect((await warrantyOf(late, d.id)).body).toMatchObject({ status: 'in_force', daysLeft: 1 });
      t.clock.set('2026-03-02T16:00:00Z'); // 00:00 on the 3rd in Shanghai
      const next = await t.loginAs('engineer');
      expect((await warrantyOf(next, d.id)).body).toMatchObject({ status: 'expired', daysLeft: 0 });
      const expiring = await next.get(`/api/warranties?expiringWithinDays=60&customerId=${mine}`);
      expect(expiring.body.items.map((w: { deploymentId: string }) => w.deploymentId)).not.toContain(d.id);
    } finally {
      t.clock.set('2026-03-02T02:00:00Z');
    }
  });

  it('denies adjustments without warranties:write and reads to the wrong team', async () => {
    const d = await deploy(mine, '2026-01-05');
    expect(
      (await engineer.patch(`/api/deployments/${d.id}/warranty`, { months: 6 }, { 'if-match': '"1"' }))
        .status,
    ).toBe(403);
    expect(
      (await rep.patch(`/api/deployments/${d.id}/warranty`, { months: 6 }, { 'if-match': '"1"' })).status,
    ).toBe(403);
    expect((await otherRep.get(`/api/deployments/${d.id}/warranty`)).status).toBe(404);
    expect((await warrantyOf(rep, d.id)).body.months).toBe(12);
  });
});

const x = await customer(rep, north.id, '到期列表客户');
const y = await customer(otherRep, east.id, '其他团队客户');
const contact = await t.loginAs('customer_contact', { customerId: x });
const expiringSoon = await deploy(x, '2025-04-15'); // ends 2026-04-14, 43 days left
const expired = await deploy(x, '2025-02-10'); // ended 2026-02-09
const inForce = await deploy(x, '2025-12-01'); // ends 2026-11-30
const criticalSoon = await deploy(x, '2024-04-20', critical); // 24 months: ends 2026-04-19
const future = await deploy(x, '2026-02-01');
await manager.patch(
  `/api/deployments/${future.id}/warranty`,
  { startDate: '2026-04-01' },
  { 'if-match': '"1"' },
);
const foreign = await deploy(y, '2025-04-15');

describe('warranty lists and entitlement lookup', () => {
  const ids = (res: { body: { items: { deploymentId: string }[] } }) =>
    res.body.items.map((w) => w.deploymentId);

  it('lists warranties in force ending within 60 days, by end date', async () => {
    const res = await rep.get(`/api/warranties?expiringWithinDays=60&customerId=${x}`);
    expect(res.status).toBe(200);
    expect(res.body.today).toBe('2026-03-02');
    expect(ids(res)).toEqual([expiringSoon.id, criticalSoon.id]);
    expect(res.body.items[0]).toMatchObject({ endDate: '2026-04-14', daysLeft: 44, status: 'in_force' });
    expect(res.body.items[1]).toMatchObject({ months: 24, endDate: '2026-04-19' });
  });

  it('filters by status and pages by end date', async () => {
    expect(ids(await rep.get(`/api/warranties?status=expired&customerId=${x}`))).toEqual([expired.id]);
    expect(ids(await rep.get(`/api/warranties?status=not_started&customerId=${x}`))).toEqual([future.id]);
    const p1 = await rep.get(`/api/warranties?customerId=${x}&limit=3`);
    const p2 = await rep.get(`/api/warranties?customerId=${x}&limit=3&cursor=${p1.body.nextCursor}`);
    expect([...ids(p1), ...ids(p2)]).toEqual([
      expired.id,
      expiringSoon.id,
      criticalSoon.id,
      inForce.id,
      future.id,
    ]);
    expect(p2.body.nextCursor).toBeNull();
  });

  it('applies data scope to the list: other teams and other organisations are invisible', async () => {
    const repAll = ids(await rep.get('/api/warranties?limit=100'));
    expect(repAll).toContain(expiringSoon.id);
    expect(repAll).not.toContain(foreign.id);
    expect(ids(await rep.get(`/api/warranties?customerId=${y}`))).toEqual([]);
    const mine = await contact.get('/api/warranties?limit=100');
    expect(mine.status).toBe(200);
    expect(new Set(mine.body.items.map((w: { customerId: string }) => w.customerId))).toEqual(new Set([x]));
    expect((await contact.get(`/api/deployments/${foreign.id}/warranty`)).status).toBe(404);
    expect(
      (await contact.patch(`/api/deployments/${inForce.id}/warranty`, { months: 1 }, { 'if-match': '"1"' }))
        .status,
    ).toBe(403);
  });

  it('findWarrantiesInForce returns the warranties covering an instant', async () => {
    const now = await findWarrantiesInForce(t.deps, { customerId: x, at: new Date('2026-03-02T02:00:00Z') });
    expect(now.map((w) => w.deploymentId).sort()).toEqual(
      [expiringSoon.id, inForce.id, criticalSoon.id].sort(),
    );
    const oneDeployment = await findWarrantiesInForce(t.deps, {
      customerId: x,
      deploymentId: expired.id,
      at: new Date('2026-02-09T15:59:59Z'), // last second of 2026-02-09 in Shanghai
    });
    expect(oneDeployment.map((w) => w.deploymentId)).toEqual([expired.id]);
    const dayAfter = await findWarrantiesInForce(t.deps, {
      customerId: x,
      deploymentId: expired.id,
      at: new Date('2026-02-09T16:00:00Z'),
    });
    expect(dayAfter).toEqual([]);
    const byProduct = await findWarrantiesInForce(t.deps, {
      customerId: x,
      productId: critical.productId,
      at: new Date('2026-03-02T02:00:00Z'),
    });
    expect(byProduct.map((w) => w.deploymentId)).toEqual([criticalSoon.id]);
  });
});
