import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId } from '../../../../../tests/support/contracts.js';
import { requestTimeline } from '../../db/schema/request-timeline.js';
import { serviceRequests } from '../../db/schema/requests.js';
import { newCustomer } from '../../db/seed/factories-customers.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const iso = (s: string) => new Date(s).toISOString();
const admin = await t.loginAs('admin');
const businessHours = await policyId(admin, 'business_hours');
const billable = await newCustomer(db, { name: '历史导入测试有限公司' });
const covered = await newCustomer(db);
await activeContract(t, admin, contractBody(covered.id, businessHours));

const rows = [
  {
    customerName: '历史导入测试有限公司',
    subject: '旧系统：数据库宕机',
    severity: 'L1',
    category: 'incident',
    receivedAt: '2025-06-02T02:00:00Z',
    firstResponseAt: '2025-06-02T03:30:00Z',
    resolvedAt: '2025-06-02T07:00:00Z',
    closedAt: '2025-06-03T02:00:00Z',
  },
  {
    customerId: covered.id,
    subject: '旧系统：国庆前的报表问题',
    severity: 'L3',
    category: 'incident',
    receivedAt: '2026-09-30T08:00:00Z',
    firstResponseAt: '2026-10-09T04:00:00Z',
  },
];

describe('historical import', () => {
  it('computes due times, KPIs and breach flags as if received then, without SLA events', async () => {
    t.clock.set('2026-11-02T02:00:00Z');
    const importer = await t.loginAs('service_manager');
    const dry = await importer.post('/api/requests/import', { dryRun: true, rows });
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body.rows[0]).toMatchObject({
      ok: true,
      coverage: 'billable',
      responseDueAt: iso('2025-06-02T04:00:00Z'),
      resolutionDueAt: iso('2025-06-02T06:00:00Z'),
      responseBreached: false,
      resolutionBreached: true,
    });
    expect(dry.body.rows[1]).toMatchObject({
      ok: true,
      coverage: 'contract',
      // The China calendar across the October holidays, as at intake.
      responseDueAt: iso('2026-10-09T03:00:00Z'),
      resolutionDueAt: iso('2026-10-10T08:00:00Z'),
      responseBreached: true,
      // Unresolved and past its due time by "now": breached.
      resolutionBreached: true,
    });
    expect(
      await db.select().from(serviceRequests).where(eq(serviceRequests.customerId, billable.id)),
    ).toHaveLength(0);

    const done = await importer.post('/api/requests/import', { dryRun: false, rows });
    expect(done.status, done.text).toBe(200);
    expect(done.body.imported).toBe(2);
    const [a] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, done.body.rows[0].id));
    expect(a).toMatchObject({
      imported: true,
      state: 'closed',
      stateCategory: 'closed',
      firstResponseWorkingMinutes: 90,
      responseMet: true,
      resolutionWorkingMinutes: 300,
      resolutionMet: false,
      resolutionBreachedAt: new Date('2025-06-02T06:00:00Z'),
      responseBreachedAt: null,
      breachCount: 1,
      nextSlaCheckAt: null,
      closedAt: new Date('2025-06-03T02:00:00Z'),
    });
    expect(a!.number).toMatch(/^SR-2025-\d{6}$/);
    const [b] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, done.body.rows[1].id));
    expect(b).toMatchObject({
      state: 'in_progress',
      responseMet: false,
      responseBreachedAt: new Date('2026-10-09T03:00:00Z'),
      resolutionBreachedAt: new Date('2026-10-10T08:00:00Z'),
      breachCount: 2,
      // Everything already fired (flags set): the sweep has nothing left to do.
      nextSlaCheckAt: null,
    });
    const events = await db.select().from(requestTimeline).where(eq(requestTimeline.requestId, a!.id));
    expect(events.map((e) => e.event)).toEqual(['imported']);
  });

  it('a request resolved in time without a first response is met on both targets and breached on none', async () => {
    t.clock.set('2026-11-02T02:00:00Z');
    const importer = await t.loginAs('service_manager');
    const row = {
      customerName: '历史导入测试有限公司',
      subject: '旧系统：当场解决的问题',
      severity: 'L1',
      category: 'incident',
      receivedAt: '2025-07-01T02:00:00Z',
      // Standard policy L1: response in 2 h, resolution in 4 h on 7×24; resolved after 1 h, never replied.
      resolvedAt: '2025-07-01T03:00:00Z',
    };
    const done = await importer.post('/api/requests/import', { dryRun: false, rows: [row] });
    expect(done.status, done.text).toBe(200);
    expect(done.body.rows[0]).toMatchObject({ responseBreached: false, resolutionBreached: false });
    const [r] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, done.body.rows[0].id));
    expect(r).toMatchObject({
      firstResponseAt: new Date('2025-07-01T03:00:00Z'),
      responseMet: true,
      responseBreachedAt: null,
      resolutionMet: true,
      resolutionBreachedAt: null,
      breachCount: 0,
    });
  });

  it('reports bad rows in a dry run and imports nothing on commit when any row is bad', async () => {
    t.clock.set('2026-11-02T02:00:00Z');
    const importer = await t.loginAs('service_manager');
    const bad = [
      { ...rows[0]!, subject: '好行' },
      { ...rows[0]!, subject: '坏行', resolvedAt: '2025-06-01T00:00:00Z', closedAt: undefined },
      { ...rows[0]!, customerName: '不存在的客户' },
      { ...rows[0]!, subject: '重复编号', number: 'OLD-1' },
      { ...rows[0]!, subject: '重复编号', number: 'OLD-1' },
    ];
    const dry = await importer.post('/api/requests/import', { dryRun: true, rows: bad });
    expect(dry.body.rows.map((r: { ok: boolean }) => r.ok)).toEqual([true, false, false, true, false]);
    expect(dry.body.rows[1].errors[0].path).toEqual(['resolvedAt']);
    const commit = await importer.post('/api/requests/import', { dryRun: false, rows: bad });
    expect(commit.status).toBe(400);
    expect(commit.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([
      ['body', 'rows', 1, 'resolvedAt'],
      ['body', 'rows', 2, 'customerName'],
      ['body', 'rows', 4, 'number'],
    ]);
    const good = await db.select().from(serviceRequests).where(eq(serviceRequests.subject, '好行'));
    expect(good).toHaveLength(0);
    const agent = await t.loginAs('agent');
    expect((await agent.post('/api/requests/import', { dryRun: true, rows })).status).toBe(403);
  });
});
