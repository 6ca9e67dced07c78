/**
 * An old version of a contract's terms shows the SLA targets that were in
 * force then (the policy version effective when that terms version took
 * effect), not today's.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody } from '../../../../../tests/support/contracts.js';
import { newCustomer } from '../../db/seed/factories-customers.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const target = (responseMinutes: number | null, resolutionMinutes: number | null) => ({
  responseMinutes,
  resolutionMinutes,
});

describe('terms history with the SLA in force then', () => {
  it('a terms version shows its policy version of the time after the policy changed', async () => {
    const admin = await t.loginAs('admin');
    const calendars = (await admin.get('/api/calendars')).body as { id: string; builtinKey: string }[];
    const always = calendars.find((c) => c.builtinKey === '24x7')!;
    const created = await admin.post('/api/sla-policies', {
      name: '合同专用',
      calendarId: always.id,
      targets: { L1: target(30, 120), L2: target(60, 240), L3: target(240, null), L4: target(null, null) },
    });
    expect(created.status, created.text).toBe(201);
    const c = await newCustomer(t.database.db);
    const k = await activeContract(t, admin, contractBody(c.id, created.body.id));

    t.clock.advanceMinutes(60 * 24);
    const later = await t.loginAs('admin');
    const changed = await later.patch(
      `/api/sla-policies/${created.body.id}`,
      { targets: { L1: target(15, 60) } },
      { 'if-match': `"${created.body.version}"` },
    );
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.version).toBe(2);

    const terms = await later.get(`/api/contracts/${k.id}/terms`);
    expect(terms.status, terms.text).toBe(200);
    expect(terms.body.versions[0].sla).toMatchObject({
      policyId: created.body.id,
      policyVersion: 1,
      name: '合同专用',
      targets: { L1: { responseMinutes: 30, resolutionMinutes: 120 } },
    });
    const one = await later.get(`/api/contracts/${k.id}/terms/1`);
    expect(one.body.sla).toMatchObject({ policyVersion: 1, targets: { L1: { responseMinutes: 30 } } });
  });
});
