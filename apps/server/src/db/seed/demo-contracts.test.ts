import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { seedDemoContracts } from './demo-contracts.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const admin = await t.loginAs('admin');

describe('demo contracts', () => {
  it('creates maintenance contracts on the Business-hours policy with valid terms, once', async () => {
    for (const name of ['演示合同一', '演示合同二']) {
      expect((await admin.post('/api/customers', { name, allowDuplicate: true })).status).toBe(201);
      t.clock.advanceMinutes(1);
    }
    await seedDemoContracts(t.deps);
    await seedDemoContracts(t.deps);
    const list = (await admin.get('/api/contracts?sort=number')).body.items;
    expect(list.map((c: { number: string }) => c.number)).toEqual([
      'HT-2025-017',
      'HT-2026-001',
      'HT-2026-002',
    ]);
    expect(list.map((c: { state: string }) => c.state)).toEqual(['active', 'active', 'draft']);
    const expiring = (await admin.get('/api/contracts?expiringWithinDays=60')).body.items;
    expect(expiring.map((c: { number: string }) => c.number)).toEqual(['HT-2025-017']);

    // The seeded terms pass the same validation as the API: the draft goes to review as is.
    const draft = list.find((c: { number: string }) => c.number === 'HT-2026-002');
    const detail = (await admin.get(`/api/contracts/${draft.id}`)).body;
    expect(detail.terms.slaPolicyId).toBeTruthy();
    const review = await admin.post(`/api/contracts/${draft.id}/transition`, { to: 'in_review' });
    expect(review.status, review.text).toBe(200);
    const policy = (await admin.get(`/api/sla-policies/${detail.terms.slaPolicyId}`)).body;
    expect(policy.builtinKey).toBe('business_hours');
  });
});
