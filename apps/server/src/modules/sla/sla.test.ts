import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { auditLog } from '../../db/schema/audit.js';
import { seedBase } from '../../db/seed/base.js';
import { computeDueTimes, resolvePolicyAt } from './index.js';

const t = await useTestApp();
let admin = await t.loginAs('admin');

interface Policy {
  id: string;
  builtinKey: string | null;
  name: string;
  version: number;
  // biome-ignore lint/suspicious/noExplicitAny: asserted field by field
  current: any;
  versions: { version: number; effectiveFrom: string; name: string }[];
}

const calendars = (await admin.get('/api/calendars')).body as { id: string; builtinKey: string | null }[];
const always = calendars.find((c) => c.builtinKey === '24x7')!;
const china = calendars.find((c) => c.builtinKey === 'china_mainland')!;

async function builtin(key: string): Promise<Policy> {
  const res = await admin.get('/api/sla-policies');
  expect(res.status).toBe(200);
  return res.body.find((p: Policy) => p.builtinKey === key);
}

const target = (responseMinutes: number | null, resolutionMinutes: number | null) => ({
  responseMinutes,
  resolutionMinutes,
});
const targets = { L1: target(30, 90), L2: target(60, 180), L3: target(120, null), L4: target(null, null) };
const paths = (res: { body: { errors?: { path: (string | number)[] }[] } }) =>
  (res.body.errors ?? []).map((e) => e.path.join('.'));

describe('seeded SLA policies (SPEC §6)', () => {
  it('has Standard, Business hours and Premium with the SPEC targets', async () => {
    const standard = await builtin('standard');
    expect(standard.current).toMatchObject({
      version: 1,
      calendarId: always.id,
      warningPercent: 75,
      targets: {
        L1: target(120, 240),
        L2: target(240, 720),
        L3: target(720, 1440),
        L4: target(1440, null),
      },
    });
    const business = await builtin('business_hours');
    expect(business.current.calendarId).toBe(china.id);
    // Standard targets; L1 counts 7×24 on both targets ("L1: 7×24, others: business hours").
    expect(business.current.targets).toEqual({
      ...standard.current.targets,
      L1: { ...standard.current.targets.L1, responseCalendarId: always.id, resolutionCalendarId: always.id },
    });
    const premium = await builtin('premium');
    expect(premium.current).toMatchObject({
      calendarId: always.id,
      targets: {
        L1: target(60, 240),
        L2: target(60, 240),
        L3: target(60, 1440),
        L4: target(60, null),
      },
    });
  });

  it('computes due times on the business-hours policy across National Day', async () => {
    const business = await builtin('business_hours');
    const receivedAt = new Date('2026-09-30T17:00:00+08:00');
    const at = await resolvePolicyAt(t.deps, business.id, receivedAt);
    expect(at).toMatchObject({ policyId: business.id, version: 1, calendarId: china.id, warningPercent: 75 });
    // L1 counts 7×24 (the seeded "L1: 7×24, others: business hours"): 17:00 + 2 h, + 4 h.
    const l1 = computeDueTimes(at, 'L1', receivedAt);
    expect(l1.firstResponseDue?.toISOString()).toBe('2026-09-30T11:00:00.000Z');
    expect(l1.resolutionDue?.toISOString()).toBe('2026-09-30T13:00:00.000Z');
    const l2 = computeDueTimes(at, 'L2', receivedAt);
    // 240 min: 60 on 30 Sep (17–18), holidays 1–7 Oct, then 09–12 on 8 Oct.
    expect(l2.firstResponseDue?.toISOString()).toBe('2026-10-08T04:00:00.000Z');
    expect(computeDueTimes(at, 'L4', receivedAt).resolutionDue).toBeNull();
    const standard = await resolvePolicyAt(t.deps, (await builtin('standard')).id, receivedAt);
    expect(computeDueTimes(standard, 'L1', receivedAt).firstResponseDue?.toISOString()).toBe(
      '2026-09-30T11:00:00.000Z',
    );
  });
});

describe('seeding', () => {
  it('is idempotent and keeps what admins changed', async () => {
    const business = await builtin('business_hours');
    const edited = await admin.patch(
      `/api/sla-policies/${business.id}`,
      { warningPercent: 90 },
      { 'if-match': `"${business.version}"` },
    );
    expect(edited.status).toBe(200);
    await admin.delete(`/api/calendars/${china.id}/days/2026-10-01`);
    const before = {
      calendars: (await admin.get('/api/calendars')).body,
      policies: (await admin.get('/api/sla-policies')).body,
    };
    await seedBase(t.database.db);
    await seedBase(t.database.db);
    expect((await admin.get('/api/calendars')).body).toEqual(before.calendars);
    expect((await admin.get('/api/sla-policies')).body).toEqual(before.policies);
    expect((await builtin('business_hours')).current.warningPercent).toBe(90);
    // Put the holiday back for the other tests.
    await admin.put(`/api/calendars/${china.id}/days/2026-10-01`, {
      kind: 'holiday',
      name: '国庆节 National Day',
    });
  });
});

describe('policy versions', () => {
  it('appends a version on change; old versions stay and apply to earlier requests', async () => {
    // Moving the clock ends sessions: log in again after each move.
    t.clock.set('2026-05-01T00:00:00Z');
    admin = await t.loginAs('admin');
    const created = await admin.post('/api/sla-policies', {
      name: 'Gold',
      description: 'For key accounts',
      calendarId: always.id,
      targets,
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const id = created.body.id;
    expect(created.body.current).toMatchObject({
      version: 1,
      warningPercent: 75,
      effectiveFrom: '2026-05-01T00:00:00.000Z',
    });

    t.clock.set('2026-06-01T00:00:00Z');
    admin = await t.loginAs('admin');
    const url = `/api/sla-policies/${id}`;
    expect((await admin.patch(url, { warningPercent: 80 })).status).toBe(428);
    expect((await admin.patch(url, { warningPercent: 80 }, { 'if-match': '"2"' })).status).toBe(412);
    const changed = await admin.patch(
      url,
      { calendarId: china.id, targets: { L1: target(15, 60) }, warningPercent: 80 },
      { 'if-match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.body.version).toBe(2);
    expect(changed.body.current).toMatchObject({
      version: 2,
      effectiveFrom: '2026-06-01T00:00:00.000Z',
      calendarId: china.id,
      warningPercent: 80,
      name: 'Gold',
      description: 'For key accounts',
      targets: { ...targets, L1: target(15, 60) },
      createdBy: admin.user.id,
    });
    expect(changed.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

    const v1 = await admin.get(`${url}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ version: 1, calendarId: always.id, warningPercent: 75, targets });
    expect((await admin.get(`${url}/versions/3`)).status).toBe(404);

    const before = await resolvePolicyAt(t.deps, id, new Date('2026-05-31T23:59:59Z'));
    expect(before).toMatchObject({ version: 1, calendarId: always.id, warningPercent: 75 });
    expect(before.calendar.alwaysOpen).toBe(true);
    const after = await resolvePolicyAt(t.deps, id, new Date('2026-06-01T00:00:00Z'));
    expect(after).toMatchObject({ version: 2, calendarId: china.id, warningPercent: 80 });
    expect(after.calendar.alwaysOpen).toBe(false);
    // A request older than the policy gets its first version.
    expect((await resolvePolicyAt(t.deps, id, new Date('2020-01-01T00:00:00Z'))).version).toBe(1);

    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.entityType, 'sla_policy')));
    expect(audit.map((a) => a.action)).toEqual(['sla_policy.created', 'sla_policy.updated']);
  });

  it('validates targets, calendar and threshold with field paths', async () => {
    const shortResolution = await admin.post('/api/sla-policies', {
      name: 'Bad',
      calendarId: always.id,
      targets: { ...targets, L2: target(120, 60) },
    });
    expect(shortResolution.status).toBe(400);
    expect(paths(shortResolution)).toEqual(['body.targets.L2.resolutionMinutes']);
    const noCalendar = await admin.post('/api/sla-policies', {
      name: 'Bad',
      calendarId: '00000000-0000-4000-8000-000000000000',
      targets,
    });
    expect(noCalendar.status).toBe(400);
    expect(paths(noCalendar)).toEqual(['body.calendarId']);
    const missing = await admin.post('/api/sla-policies', {
      name: 'Bad',
      calendarId: always.id,
      targets: { L1: target(1, 2) },
      warningPercent: 100,
    });
    expect(missing.status).toBe(400);
    expect(paths(missing)).toEqual(expect.arrayContaining(['body.targets.L2', 'body.warningPercent']));
    const standard = await builtin('standard');
    const zero = await admin.patch(
      `/api/sla-policies/${standard.id}`,
      { targets: { L3: target(0, 10) } },
      { 'if-match': '"1"' },
    );
    expect(paths(zero)).toEqual(['body.targets.L3.responseMinutes']);
    expect((await builtin('standard')).version).toBe(1);
  });

  it('lets staff read, service managers and admins change, and keeps customers out', async () => {
    const manager = await t.loginAs('service_manager');
    const created = await manager.post('/api/sla-policies', {
      name: 'Silver',
      calendarId: always.id,
      targets,
    });
    expect(created.status).toBe(201);
    const engineer = await t.loginAs('engineer');
    expect((await engineer.get(`/api/sla-policies/${created.body.id}`)).status).toBe(200);
    expect(
      (await engineer.patch(`/api/sla-policies/${created.body.id}`, { name: 'x' }, { 'if-match': '"1"' }))
        .status,
    ).toBe(403);
    const rep = await t.loginAs('sales_rep');
    expect((await rep.get('/api/sla-policies')).status).toBe(200);
    expect((await rep.post('/api/sla-policies', { name: 'x', calendarId: always.id, targets })).status).toBe(
      403,
    );
    const contact = await t.loginAs('customer_contact');
    expect((await contact.get('/api/sla-policies')).status).toBe(403);
    expect((await admin.get(`/api/sla-policies/${created.body.id}`)).body.version).toBe(1);
  });
});
