import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');
const manager = await t.loginAs('technical_director');
const agent = await t.loginAs('agent');
const contact = await t.loginAs('customer_contact');

describe('product catalog', () => {
  it('creates, reads, updates with If-Match and audits a product', async () => {
    const res = await manager.post('/api/products', {
      code: 'ht-crm',
      name: '慧通CRM',
      description: '客户管理',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: 'HT-CRM',
      name: '慧通CRM',
      critical: false,
      active: true,
      version: 1,
    });
    expect(res.headers.etag).toBe('"1"');
    const id = res.body.id;

    const noIfMatch = await manager.patch(`/api/products/${id}`, { critical: true });
    expect(noIfMatch.status).toBe(428);
    const stale = await manager.patch(`/api/products/${id}`, { critical: true }, { 'if-match': '"7"' });
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(1);
    expect((await agent.get(`/api/products/${id}`)).body.critical).toBe(false);

    const ok = await manager.patch(`/api/products/${id}`, { critical: true }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ critical: true, version: 2 });

    const audit = await admin.get(`/api/audit?entityType=product&entityId=${id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'product.create',
      'product.update',
    ]);
  });

  it('rejects a duplicate code (case-insensitive) and unknown fields, writing nothing', async () => {
    await manager.post('/api/products', { code: 'DUP-1', name: 'A' });
    const dup = await manager.post('/api/products', { code: 'dup-1', name: 'B' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toEqual(['body', 'code']);
    const unknown = await manager.post('/api/products', { code: 'X-1', name: 'x', price: 3 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toEqual(['body', 'price']);
    const list = await agent.get('/api/products?q=DUP');
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(['A']);
    expect((await agent.get('/api/products?q=X-1')).body.items).toHaveLength(0);
  });

  it('lists with filters, sorting and keyset pagination', async () => {
    for (const [code, name, critical] of [
      ['PG-A', '分页甲', false],
      ['PG-B', '分页乙', true],
      ['PG-C', '分页丙', false],
    ] as const) {
      expect((await manager.post('/api/products', { code, name, critical })).status).toBe(201);
    }
    const p1 = await agent.get('/api/products?q=PG-&sort=-code&limit=2');
    expect(p1.body.items.map((p: { code: string }) => p.code)).toEqual(['PG-C', 'PG-B']);
    const p2 = await agent.get(`/api/products?q=PG-&sort=-code&limit=2&cursor=${p1.body.nextCursor}`);
    expect(p2.body.items.map((p: { code: string }) => p.code)).toEqual(['PG-A']);
    expect(p2.body.nextCursor).toBeNull();
    const critical = await agent.get('/api/products?q=PG-&critical=true');
    expect(critical.body.items.map((p: { code: string }) => p.code)).toEqual(['PG-B']);
  });

  it('denies writes without products:manage and reads to customer contacts', async () => {
    expect((await agent.post('/api/products', { code: 'NOPE', name: 'x' })).status).toBe(403);
    expect((await contact.get('/api/products')).status).toBe(403);
    expect((await agent.get('/api/products?q=NOPE')).body.items).toHaveLength(0);
  });
});

describe('product versions', () => {
  it('adds versions unique per product, lists newest first, edits and deletes unused ones', async () => {
    const p = (await manager.post('/api/products', { code: 'VER-1', name: '版本产品' })).body;
    const other = (await manager.post('/api/products', { code: 'VER-2', name: '另一产品' })).body;
    const v1 = await manager.post(`/api/products/${p.id}/versions`, {
      name: '7.0.0',
      releaseDate: '2025-09-01',
      releaseNotes: '新界面',
      fixedDefects: ['CRM-1', 'CRM-2', 'CRM-1'],
      securityFixes: ['CVE-2025-1'],
    });
    expect(v1.status).toBe(201);
    expect(v1.body.fixedDefects).toEqual(['CRM-1', 'CRM-2']);
    const v2 = await manager.post(`/api/products/${p.id}/versions`, {
      name: '7.1.0',
      releaseDate: '2026-02-01',
    });
    expect(v2.status).toBe(201);

    const dup = await manager.post(`/api/products/${p.id}/versions`, { name: '7.0.0' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toEqual(['body', 'name']);
    // Same string on another product is fine.
    expect((await manager.post(`/api/products/${other.id}/versions`, { name: '7.0.0' })).status).toBe(201);
    const bad = await manager.post(`/api/products/${p.id}/versions`, { name: 'latest' });
    expect(bad.status).toBe(400);
    const badDate = await manager.post(`/api/products/${p.id}/versions`, {
      name: '7.2.0',
      releaseDate: '2026-02-30',
    });
    expect(badDate.status).toBe(400);

    const list = await agent.get(`/api/products/${p.id}/versions`);
    expect(list.body.items.map((v: { name: string }) => v.name)).toEqual(['7.1.0', '7.0.0']);
    const product = await agent.get(`/api/products/${p.id}`);
    expect(product.body).toMatchObject({ versionCount: 2, latestVersion: { name: '7.1.0' } });

    const rename = await manager.patch(
      `/api/product-versions/${v2.body.id}`,
      { name: '7.0.0' },
      { 'if-match': '"1"' },
    );
    expect(rename.status).toBe(409);
    const edit = await manager.patch(
      `/api/product-versions/${v2.body.id}`,
      { releaseNotes: '企业微信集成' },
      { 'if-match': '"1"' },
    );
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ releaseNotes: '企业微信集成', version: 2 });

    expect((await manager.delete(`/api/product-versions/${v2.body.id}`)).status).toBe(204);
    expect((await agent.get(`/api/product-versions/${v2.body.id}`)).status).toBe(404);
  });

  it('refuses to delete a deployed version or product (409) and keeps them', async () => {
    const customer = await admin.post('/api/customers', { name: '版本删除测试客户', allowDuplicate: true });
    const p = (await manager.post('/api/products', { code: 'DEL-1', name: '删除产品' })).body;
    const v = (await manager.post(`/api/products/${p.id}/versions`, { name: '1.0.0' })).body;
    const d = await admin.post('/api/deployments', {
      customerId: customer.body.id,
      productId: p.id,
      versionId: v.id,
    });
    expect(d.status).toBe(201);
    const delVersion = await manager.delete(`/api/product-versions/${v.id}`);
    expect(delVersion.status).toBe(409);
    expect(delVersion.body.code).toBe('invalid_state');
    const delProduct = await manager.delete(`/api/products/${p.id}`);
    expect(delProduct.status).toBe(409);
    expect((await agent.get(`/api/products/${p.id}`)).status).toBe(200);

    const unused = (await manager.post('/api/products', { code: 'DEL-2', name: '空产品' })).body;
    await manager.post(`/api/products/${unused.id}/versions`, { name: '0.1' });
    expect((await manager.delete(`/api/products/${unused.id}`)).status).toBe(204);
    expect((await agent.get(`/api/products/${unused.id}`)).status).toBe(404);
  });

  it('does not deploy an inactive product', async () => {
    const customer = await admin.post('/api/customers', { name: '停用产品测试客户', allowDuplicate: true });
    const p = (await manager.post('/api/products', { code: 'OLD-1', name: '旧产品', active: false })).body;
    const v = (await manager.post(`/api/products/${p.id}/versions`, { name: '1.0' })).body;
    const d = await admin.post('/api/deployments', {
      customerId: customer.body.id,
      productId: p.id,
      versionId: v.id,
    });
    expect(d.status).toBe(409);
    expect(d.body.code).toBe('invalid_state');
  });
});
