import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { seedDemoProducts } from './demo-products.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const admin = await t.loginAs('admin');

describe('demo products', () => {
  it('creates the catalog, deployments of the first customers and warranties in every state, once', async () => {
    for (const name of ['演示一', '演示二', '演示三', '演示四']) {
      expect((await admin.post('/api/customers', { name, allowDuplicate: true })).status).toBe(201);
      t.clock.advanceMinutes(1);
    }
    await seedDemoProducts(t.deps);
    await seedDemoProducts(t.deps);

    const catalog = (await admin.get('/api/products')).body.items;
    expect(catalog.map((p: { name: string }) => p.name).sort()).toEqual(
      ['慧通CRM', '慧通ERP', '数据中台'].sort(),
    );
    expect(catalog.find((p: { code: string }) => p.code === 'HT-ERP')).toMatchObject({
      critical: true,
      versionCount: 3,
    });

    expect((await admin.get('/api/deployments?limit=100')).body.items).toHaveLength(6);
    const statuses = (await admin.get('/api/warranties?limit=100')).body.items.map(
      (w: { status: string }) => w.status,
    );
    expect(statuses).toContain('expired');
    expect(statuses).toContain('in_force');
    expect((await admin.get('/api/warranties?expiringWithinDays=60')).body.items).toHaveLength(1);
    const upgrades = (await admin.get('/api/planned-upgrades')).body.items;
    expect(upgrades).toHaveLength(1);
    expect(upgrades[0]).toMatchObject({
      status: 'planned',
      targetVersionName: '4.0.0',
      currentVersionName: '3.3.0',
    });
  });
});
