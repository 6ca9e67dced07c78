/**
 * Dates and instants are bounded at the edge (platform/fields.ts, 1900–2200):
 * year 0000 or 9999 used to pass validation and crash later (a 24-month
 * warranty after 9999-12-31, an SLA due time past what PostgreSQL stores).
 */
import { describe, expect, it } from 'vitest';
import { instant, instantString, isoDate } from '../../apps/server/src/platform/fields.js';
import { useTestApp } from '../support/app.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');

describe('bounded date fields', () => {
  it.each(['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31', '2026-02-30', '2026-13-01'])(
    'refuses the date %s',
    (d) => {
      expect(isoDate.safeParse(d).success).toBe(false);
    },
  );
  it.each(['1900-01-01', '2026-02-28', '2024-02-29', '2200-12-31'])('accepts the date %s', (d) => {
    expect(isoDate.safeParse(d).success).toBe(true);
  });
  it.each([
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2201-01-02T00:00:00+08:00',
    '2026-02-30T00:00:00Z',
  ])('refuses the instant %s', (s) => {
    expect(instant.safeParse(s).success).toBe(false);
    expect(instantString.safeParse(s).success).toBe(false);
  });
  it('accepts an instant with an offset and parses it', () => {
    expect(instant.parse('2026-03-02T10:00:00+08:00').toISOString()).toBe('2026-03-02T02:00:00.000Z');
  });
});

describe('bounded dates at the HTTP edge', () => {
  const customerId = async () =>
    (await admin.post('/api/customers', { name: `日期客户${Date.now()}`, allowDuplicate: true })).body.id;

  it('answers an acceptance date in year 9999 with 400 and the field path', async () => {
    const product = (await admin.post('/api/products', { code: `DB-${Date.now()}`, name: 'x' })).body;
    const version = (await admin.post(`/api/products/${product.id}/versions`, { name: '1.0.0' })).body;
    const res = await admin.post('/api/deployments', {
      customerId: await customerId(),
      productId: product.id,
      versionId: version.id,
      acceptanceDate: '9999-12-31',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['body', 'acceptanceDate']);
  });

  it('answers an absence end in year 0000 with 400', async () => {
    const agent = await t.loginAs('agent');
    const res = await agent.put(`/api/agents/${agent.user.id}/availability`, {
      available: false,
      absentUntil: '0000-01-01T00:00:00Z',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['body', 'absentUntil']);
  });

  it('answers a query filter in year 9999 with 400', async () => {
    const res = await admin.get('/api/requests?receivedFrom=9999-12-31T00:00:00Z');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['querystring', 'receivedFrom']);
  });
});
