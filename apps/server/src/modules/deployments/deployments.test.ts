import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { teamByKey } from '../../db/seed/factories.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
// Records deployments for any customer ('all' scope); engineers reach only their queues' customers.
const manager = await t.loginAs('service_manager');
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

const mine = await customer(rep, north.id, '北方部署客户');
const theirs = await customer(otherRep, east.id, '东方部署客户');
const contact = await t.loginAs('customer_contact', { customerId: mine });

const product = (await admin.post('/api/products', { code: 'DEP-CRM', name: '慧通CRM' })).body;
const [v1, v2, v3] = await Promise.all(
  ['7.0.0', '7.1.0', '7.2.0'].map(
    async (name) => (await admin.post(`/api/products/${product.id}/versions`, { name })).body.id as string,
  ),
);
const otherProduct = (await admin.post('/api/products', { code: 'DEP-ERP', name: '慧通ERP' })).body;
const foreignVersion = (await admin.post(`/api/products/${otherProduct.id}/versions`, { name: '7.1.0' })).body
  .id;

async function deploy(customerId: string, extra: Record<string, unknown> = {}) {
  const res = await manager.post('/api/deployments', {
    customerId,
    productId: product.id,
    versionId: v1,
    environment: 'production',
    goLiveDate: '2026-02-01',
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('deployments', () => {
  it('records a deployment with its initial history row and an audit row with the customer', async () => {
    const d = await deploy(mine, { notes: '生产环境' });
    expect(d).toMatchObject({
      customerId: mine,
      customerName: '北方部署客户',
      productName: '慧通CRM',
      versionName: '7.0.0',
      environment: 'production',
      acceptanceDate: null,
      warranty: null,
      version: 1,
    });
    const history = await rep.get(`/api/deployments/${d.id}/history`);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      kind: 'initial',
      fromVersionId: null,
      toVersionName: '7.0.0',
    });
    const audit = await admin.get(`/api/audit?entityType=deployment&entityId=${d.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'deployment.create', customerId: mine });
  });

  it('validates the version against the product and rejects unknown fields, writing nothing', async () => {
    const before = (await admin.get(`/api/customers/${theirs}/deployments`)).body.items.length;
    const wrong = await manager.post('/api/deployments', {
      customerId: theirs,
      productId: product.id,
      versionId: foreignVersion,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toEqual(['body', 'versionId']);
    const extra = await manager.post('/api/deployments', {
      customerId: theirs,
      productId: product.id,
      versionId: v1,
      site: 'x',
    });
    expect(extra.status).toBe(400);
    const badEnv = await manager.post('/api/deployments', {
      customerId: theirs,
      productId: product.id,
      versionId: v1,
      environment: 'staging',
    });
    expect(badEnv.status).toBe(400);
    expect((await admin.get(`/api/customers/${theirs}/deployments`)).body.items).toHaveLength(before);
  });

  it('upgrades keep the version history; If-Match is required and checked', async () => {
    const d = await deploy(mine);
    const none = await manager.post(`/api/deployments/${d.id}/upgrade`, { toVersionId: v2 });
    expect(none.status).toBe(428);
    const stale = await manager.post(
      `/api/deployments/${d.id}/upgrade`,
      { toVersionId: v2 },
      { 'if-match': '"9"' },
    );
    expect(stale.status).toBe(412);
    const same = await manager.post(
      `/api/deployments/${d.id}/upgrade`,
      { toVersionId: v1 },
      { 'if-match': '"1"' },
    );
    expect(same.status).toBe(400);
    const foreign = await manager.post(
      `/api/deployments/${d.id}/upgrade`,
      { toVersionId: foreignVersion },
      { 'if-match': '"1"' },
    );
    expect(foreign.status).toBe(400);

    t.clock.advanceMinutes(60);
    const up = await manager.post(
      `/api/deployments/${d.id}/upgrade`,
      { toVersionId: v2, kind: 'emergency', note: '修复严重漏洞' },
      { 'if-match': '"1"' },
    );
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ versionId: v2, versionName: '7.1.0', version: 2 });
    expect(up.headers.etag).toBe('"2"');

    const history = (await manager.get(`/api/deployments/${d.id}/history`)).body.items;
    expect(history.map((h: { kind: string; toVersionName: string }) => [h.kind, h.toVersionName])).toEqual([
      ['emergency', '7.1.0'],
      ['initial', '7.0.0'],
    ]);
    expect(history[0]).toMatchObject({
      fromVersionName: '7.0.0',
      note: '修复严重漏洞',
      byUserId: manager.user.id,
    });
    const audit = await admin.get(`/api/audit?entityType=deployment&entityId=${d.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('deployment.upgrade');
  });

  it('applies data scope: other team → 404, customer contact sees only their organisation', async () => {
    const own = await deploy(mine);
    const foreign = await deploy(theirs);
    expect((await rep.get(`/api/deployments/${own.id}`)).status).toBe(200);
    expect((await rep.get(`/api/deployments/${foreign.id}`)).status).toBe(404);
    expect((await rep.get(`/api/deployments/${foreign.id}/history`)).status).toBe(404);
    expect((await rep.get(`/api/customers/${theirs}/deployments`)).status).toBe(404);
    const repList = (await rep.get('/api/deployments?limit=100')).body.items;
    expect(repList.every((d: { customerId: string }) => d.customerId === mine)).toBe(true);
    expect(repList.some((d: { id: string }) => d.id === own.id)).toBe(true);

    expect((await contact.get(`/api/deployments/${own.id}`)).status).toBe(200);
    expect((await contact.get(`/api/deployments/${foreign.id}`)).status).toBe(404);
    const contactList = (await contact.get('/api/deployments?limit=100')).body.items;
    expect(contactList.length).toBeGreaterThan(0);
    expect(contactList.every((d: { customerId: string }) => d.customerId === mine)).toBe(true);
    const byCustomer = await contact.get(`/api/customers/${mine}/deployments`);
    expect(byCustomer.status).toBe(200);
    expect(byCustomer.body.items.some((d: { id: string }) => d.id === own.id)).toBe(true);
  });

  it('denies writes without deployments:write (403 before anything else)', async () => {
    const d = await deploy(mine);
    expect(
      (await rep.post('/api/deployments', { customerId: mine, productId: product.id, versionId: v1 })).status,
    ).toBe(403);
    expect(
      (await contact.patch(`/api/deployments/${d.id}`, { notes: 'x' }, { 'if-match': '"1"' })).status,
    ).toBe(403);
    expect(
      (await rep.post(`/api/deployments/${d.id}/upgrade`, { toVersionId: v2 }, { 'if-match': '"1"' })).status,
    ).toBe(403);
    expect((await manager.get(`/api/deployments/${d.id}`)).body.version).toBe(1);
  });

  it('lists a customer’s deployments with filters and pagination', async () => {
    const c = await customer(rep, north.id, '分页部署客户');
    await deploy(c, { environment: 'test' });
    t.clock.advanceMinutes(1);
    await deploy(c);
    t.clock.advanceMinutes(1);
    await deploy(c);
    const page1 = await rep.get(`/api/customers/${c}/deployments?limit=2`);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await rep.get(`/api/customers/${c}/deployments?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.nextCursor).toBeNull();
    const test = await rep.get(`/api/customers/${c}/deployments?environment=test`);
    expect(test.body.items.map((d: { environment: string }) => d.environment)).toEqual(['test']);
  });

  it('deletes a deployment with If-Match checked, audited with the customer', async () => {
    const d = await deploy(mine);
    expect((await manager.delete(`/api/deployments/${d.id}`, { 'if-match': '"5"' })).status).toBe(412);
    expect((await manager.delete(`/api/deployments/${d.id}`, { 'if-match': '"1"' })).status).toBe(204);
    expect((await manager.get(`/api/deployments/${d.id}`)).status).toBe(404);
    const audit = await admin.get(`/api/audit?entityType=deployment&entityId=${d.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'deployment.delete', customerId: mine });
  });
});

describe('planned upgrades', () => {
  const window = { windowStart: '2026-03-20T14:00:00Z', windowEnd: '2026-03-20T20:00:00Z' };

  async function plan(deploymentId: string, extra: Record<string, unknown> = {}) {
    const res = await manager.post(`/api/deployments/${deploymentId}/upgrades`, {
      targetVersionId: v3,
      noticeDate: '2026-03-10',
      preparationGuide: '升级前备份数据库',
      ...window,
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  const move = (id: string, status: string, version: number, note?: string) =>
    manager.post(
      `/api/planned-upgrades/${id}/transition`,
      { status, ...(note ? { note } : {}) },
      {
        'if-match': `"${version}"`,
      },
    );

  it('validates the plan: window order, notice before the window, notice required unless emergency', async () => {
    const d = await deploy(mine);
    const url = `/api/deployments/${d.id}/upgrades`;
    const backwards = await manager.post(url, {
      targetVersionId: v3,
      noticeDate: '2026-03-10',
      windowStart: window.windowEnd,
      windowEnd: window.windowStart,
    });
    expect(backwards.body.errors[0].path).toEqual(['body', 'windowEnd']);
    const late = await manager.post(url, { targetVersionId: v3, noticeDate: '2026-03-21', ...window });
    expect(late.body.errors[0].path).toEqual(['body', 'noticeDate']);
    const missing = await manager.post(url, { targetVersionId: v3, ...window });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toEqual(['body', 'noticeDate']);
    const sameVersion = await manager.post(url, {
      targetVersionId: v1,
      noticeDate: '2026-03-10',
      ...window,
    });
    expect(sameVersion.body.errors[0].path).toEqual(['body', 'targetVersionId']);
    expect((await manager.post(url, { targetVersionId: v3, emergency: true, ...window })).status).toBe(201);
  });

  it('walks planned → notified → in_progress → done and upgrades the deployment in the same step', async () => {
    const d = await deploy(mine);
    const u = await plan(d.id);
    expect(u).toMatchObject({ status: 'planned', currentVersionName: '7.0.0', targetVersionName: '7.2.0' });
    expect(u.nextStatuses).toEqual(['notified', 'cancelled']);

    const skip = await move(u.id, 'in_progress', 1);
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ code: 'invalid_state', from: 'planned', to: 'in_progress' });
    expect((await move(u.id, 'done', 1)).status).toBe(409);
    expect((await move(u.id, 'notified', 3)).status).toBe(412);
    expect(
      (await manager.post(`/api/planned-upgrades/${u.id}/transition`, { status: 'notified' })).status,
    ).toBe(428);

    const notified = await move(u.id, 'notified', 1);
    expect(notified.status).toBe(200);
    expect(notified.body.notifiedAt).toBe(t.clock.now().toISOString());
    expect((await move(u.id, 'in_progress', 2)).body.status).toBe('in_progress');
    // The plan is frozen once under way; the follow-up is not.
    const edit = await manager.patch(`/api/planned-upgrades/${u.id}`, { notes: 'x' }, { 'if-match': '"3"' });
    expect(edit.status).toBe(409);
    t.clock.advanceMinutes(30);
    const done = await move(u.id, 'done', 3, '升级顺利');
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', currentVersionName: '7.2.0', nextStatuses: [] });

    const after = (await manager.get(`/api/deployments/${d.id}`)).body;
    expect(after).toMatchObject({ versionId: v3, version: 2 });
    const history = (await manager.get(`/api/deployments/${d.id}/history`)).body.items;
    expect(history[0]).toMatchObject({
      kind: 'planned',
      fromVersionName: '7.0.0',
      toVersionName: '7.2.0',
      plannedUpgradeId: u.id,
      note: '升级顺利',
    });

    expect((await move(u.id, 'cancelled', 4)).status).toBe(409);
    const followUp = await manager.patch(
      `/api/planned-upgrades/${u.id}`,
      { followUp: '已回访客户，运行正常' },
      { 'if-match': '"4"' },
    );
    expect(followUp.status).toBe(200);

    const audit = await admin.get(`/api/audit?entityType=planned_upgrade&entityId=${u.id}`);
    const actions = audit.body.items.map((a: { action: string }) => a.action);
    expect(actions.filter((a: string) => a === 'planned_upgrade.transition')).toHaveLength(3);
    expect(audit.body.items.every((a: { customerId: string }) => a.customerId === mine)).toBe(true);
  });

  it('lets an emergency upgrade skip notice; cancelling leaves the deployment alone', async () => {
    const d = await deploy(mine);
    const urgent = await plan(d.id, { emergency: true, noticeDate: null });
    expect(urgent.nextStatuses).toEqual(['notified', 'in_progress', 'cancelled']);
    expect((await move(urgent.id, 'in_progress', 1)).status).toBe(200);
    expect((await move(urgent.id, 'done', 2)).status).toBe(200);
    const history = (await manager.get(`/api/deployments/${d.id}/history`)).body.items;
    expect(history[0].kind).toBe('emergency');

    const d2 = await deploy(mine);
    const u = await plan(d2.id);
    expect((await move(u.id, 'cancelled', 1)).body.status).toBe('cancelled');
    expect((await move(u.id, 'notified', 2)).status).toBe(409);
    expect((await manager.get(`/api/deployments/${d2.id}`)).body.versionId).toBe(v1);
  });

  it('scopes planned upgrades and lists them by window', async () => {
    const foreign = await deploy(theirs);
    const u = await plan(foreign.id);
    expect((await rep.get(`/api/planned-upgrades/${u.id}`)).status).toBe(404);
    expect((await rep.get(`/api/deployments/${foreign.id}/upgrades`)).status).toBe(404);
    expect((await contact.get(`/api/planned-upgrades/${u.id}`)).status).toBe(404);
    expect((await admin.get(`/api/planned-upgrades/${u.id}`)).status).toBe(200);
    const repList = (await rep.get('/api/planned-upgrades?limit=100')).body.items;
    expect(repList.every((x: { customerId: string }) => x.customerId === mine)).toBe(true);
    const open = (await admin.get(`/api/planned-upgrades?status=planned,notified&customerId=${theirs}`)).body
      .items;
    expect(open.map((x: { id: string }) => x.id)).toContain(u.id);
    expect(
      (await rep.post(`/api/deployments/${foreign.id}/upgrades`, { targetVersionId: v3, ...window })).status,
    ).toBe(403);
  });
});
