import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';

const t = await useTestApp({ clockStart: '2026-12-04T02:00:00Z' });
const db = t.database.db;

describe('a due time computed across a year whose holidays are not loaded', () => {
  it('is provisional (slaProvisionalYears names the year) until the year is imported', async () => {
    const customer = await newCustomer(db);
    // L3 on business hours (China mainland): 3 working days to resolve.
    const late = await newServiceRequest(db, {
      customerId: customer.id,
      policyKey: 'business_hours',
      severity: 'L3',
      receivedAt: new Date('2026-12-30T02:00:00Z'),
    });
    const early = await newServiceRequest(db, {
      customerId: customer.id,
      policyKey: 'business_hours',
      severity: 'L3',
      receivedAt: new Date('2026-12-01T02:00:00Z'),
    });
    const onAlways = await newServiceRequest(db, {
      customerId: customer.id,
      policyKey: 'standard',
      severity: 'L3',
      receivedAt: new Date('2026-12-31T15:00:00Z'),
    });
    const admin = await t.loginAs('admin');
    const lateView = await admin.get(`/api/requests/${late.id}`);
    expect(lateView.status).toBe(200);
    expect(lateView.body.resolutionDueAt.startsWith('2027-')).toBe(true);
    expect(lateView.body.slaProvisionalYears).toEqual([2027]);
    expect((await admin.get(`/api/requests/${early.id}`)).body.slaProvisionalYears).toEqual([]);
    // 7×24 has no holidays to miss.
    const always = await admin.get(`/api/requests/${onAlways.id}`);
    expect(always.body.resolutionDueAt.startsWith('2027-')).toBe(true);
    expect(always.body.slaProvisionalYears).toEqual([]);

    const china = (await admin.get('/api/calendars')).body.find(
      (c: { builtinKey: string }) => c.builtinKey === 'china_mainland',
    );
    // Test data only (the official 2027 notice is not published here).
    const imported = await admin.post(`/api/calendars/${china.id}/import`, {
      format: 'notice',
      content: '一、元旦：1月1日放假。',
      year: 2027,
    });
    expect(imported.status).toBe(200);
    expect((await admin.get(`/api/requests/${late.id}`)).body.slaProvisionalYears).toEqual([]);
  });
});
