import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { auditLog } from '../../db/schema/audit.js';
import { calendarDays, calendars } from '../../db/schema/sla.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');

interface Cal {
  id: string;
  builtinKey: string | null;
  name: string;
  version: number;
}

async function builtin(key: string): Promise<Cal> {
  const res = await admin.get('/api/calendars');
  expect(res.status).toBe(200);
  return res.body.find((c: Cal) => c.builtinKey === key);
}

const nineToFive = [{ start: '09:00', end: '17:00' }];
const weekdays = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };

async function newCalendar(name = 'Shanghai office'): Promise<Cal> {
  const res = await admin.post('/api/calendars', { name, timeZone: 'Asia/Shanghai', weeklyHours: weekdays });
  expect(res.status).toBe(201);
  return res.body;
}

const paths = (res: { body: { errors?: { path: (string | number)[] }[] } }) =>
  (res.body.errors ?? []).map((e) => e.path.join('.'));

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.entityType, 'calendar')));
  return rows.map((r) => r.action);
}

describe('seeded calendars', () => {
  it('ships 7×24 (read-only) and China mainland working days with the 2026 holidays and 调休', async () => {
    const all = await admin.get('/api/calendars');
    const always = all.body.find((c: Cal) => c.builtinKey === '24x7');
    expect(always).toMatchObject({ kind: '24x7', readOnly: true, name: '7×24' });
    const china = all.body.find((c: Cal) => c.builtinKey === 'china_mainland');
    expect(china).toMatchObject({ kind: 'business', readOnly: false, timeZone: 'Asia/Shanghai' });
    expect(china.weeklyHours.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
    ]);
    expect(china.weeklyHours.sat).toEqual([]);
    const y2026 = china.years.find((y: { year: number }) => y.year === 2026);
    expect(y2026.holidays).toBeGreaterThan(25);
    expect(y2026.workdays).toBeGreaterThan(3);

    const days = await admin.get(`/api/calendars/${china.id}/days?year=2026`);
    expect(days.body).toContainEqual({
      date: '2026-10-10',
      kind: 'workday',
      name: '国庆节 National Day (make-up working day)',
      hoursOf: null,
      hours: null,
    });
    expect(days.body.find((d: { date: string }) => d.date === '2026-10-01').kind).toBe('holiday');

    const edit = await admin.put(`/api/calendars/${always.id}/days/2026-10-01`, { kind: 'holiday' });
    expect(edit.status).toBe(409);
    const patch = await admin.patch(`/api/calendars/${always.id}`, { name: 'x' }, { 'if-match': '"1"' });
    expect(patch.status).toBe(409);
    expect((await admin.delete(`/api/calendars/${china.id}`)).status).toBe(409);
  });

  it('computes due times across the National Day holiday with the lunch break', async () => {
    const china = await builtin('china_mainland');
    // Wed 30 Sep 17:00 Shanghai: 60 min left that day (until 18:00), 1–7 Oct are holidays,
    // Thu 8 Oct starts at 09:00, so the other 60 min end at 10:00 Shanghai = 02:00Z.
    const due = await admin.post(`/api/calendars/${china.id}/compute`, {
      start: '2026-09-30T17:00:00+08:00',
      minutes: 120,
    });
    expect(due.status).toBe(200);
    expect(due.body).toEqual({ due: '2026-10-08T02:00:00.000Z' });
    // 240 minutes: 60 on 30 Sep, 180 on 8 Oct 09:00–12:00; the lunch hour does not count.
    const lunch = await admin.post(`/api/calendars/${china.id}/compute`, {
      start: '2026-09-30T17:00:00+08:00',
      minutes: 241,
    });
    expect(lunch.body.due).toBe('2026-10-08T05:01:00.000Z');
    const between = await admin.post(`/api/calendars/${china.id}/compute`, {
      a: '2026-10-09T08:00:00+08:00',
      b: '2026-10-12T10:00:00+08:00',
    });
    // Fri 9 Oct 8 h + Sat 10 Oct (调休 make-up day) 8 h + Mon 12 Oct 1 h.
    expect(between.body).toEqual({ workingMinutes: 17 * 60 });
    const always = await builtin('24x7');
    const flat = await admin.post(`/api/calendars/${always.id}/compute`, {
      start: '2026-09-30T17:00:00+08:00',
      minutes: 120,
    });
    expect(flat.body.due).toBe('2026-09-30T11:00:00.000Z');
  });

  it('shows a month day by day', async () => {
    const china = await builtin('china_mainland');
    const res = await admin.get(`/api/calendars/${china.id}/month?month=2026-10`);
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(31);
    const byDate = new Map(res.body.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate.get('2026-10-01')).toMatchObject({ kind: 'holiday', working: false, intervals: [] });
    expect(byDate.get('2026-10-10')).toMatchObject({
      weekday: 'sat',
      kind: 'workday',
      working: true,
      workingMinutes: 480,
    });
    expect(byDate.get('2026-10-11')).toMatchObject({ weekday: 'sun', kind: 'regular', working: false });
    expect(byDate.get('2026-10-08')).toMatchObject({
      kind: 'regular',
      working: true,
      intervals: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '18:00' },
      ],
    });
    expect((await admin.get(`/api/calendars/${china.id}/month?month=2026-13`)).status).toBe(400);
  });
});

describe('managing calendars', () => {
  it('validates definitions with field paths', async () => {
    const badZone = await admin.post('/api/calendars', {
      name: 'x',
      timeZone: 'Mars/Olympus',
      weeklyHours: weekdays,
    });
    expect(badZone.status).toBe(400);
    expect(paths(badZone)).toContain('body.timeZone');
    const overlap = await admin.post('/api/calendars', {
      name: 'x',
      timeZone: 'Europe/Berlin',
      weeklyHours: {
        mon: [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '17:00' },
        ],
      },
    });
    expect(overlap.status).toBe(400);
    expect(paths(overlap)).toContain('body.weeklyHours.mon.1.start');
    const never = await admin.post('/api/calendars', { name: 'x', timeZone: 'UTC', weeklyHours: {} });
    expect(never.status).toBe(400);
    expect(paths(never)).toEqual(['body.weeklyHours']);
    const extra = await admin.post('/api/calendars', {
      name: 'x',
      timeZone: 'UTC',
      weeklyHours: weekdays,
      kind: '24x7',
    });
    expect(extra.status).toBe(400);
  });

  it('edits with If-Match and audits every change', async () => {
    const cal = await newCalendar();
    expect(cal.version).toBe(1);
    const url = `/api/calendars/${cal.id}`;
    expect((await admin.patch(url, { name: 'Beijing office' })).status).toBe(428);
    expect((await admin.patch(url, { name: 'Beijing office' }, { 'if-match': '"7"' })).status).toBe(412);
    const ok = await admin.patch(url, { name: 'Beijing office' }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.body).toMatchObject({ name: 'Beijing office', version: 2 });
    const bad = await admin.patch(
      url,
      { weeklyHours: { tue: [{ start: '18:00', end: '09:00' }] } },
      { 'if-match': '"2"' },
    );
    expect(bad.status).toBe(400);
    expect(paths(bad)).toContain('body.weeklyHours.tue.0.end');
    expect((await admin.get(url)).body.version).toBe(2);
    expect(await auditActions(cal.id)).toEqual(['calendar.created', 'calendar.updated']);
  });

  it('day edits change computations at once (the compiled cache follows the version)', async () => {
    const cal = await newCalendar();
    const compute = async () =>
      (
        await admin.post(`/api/calendars/${cal.id}/compute`, {
          start: '2026-11-05T16:00:00+08:00',
          minutes: 120,
        })
      ).body.due;
    // Thu 5 Nov 16:00 + 2 h of 09–17 working time = Fri 6 Nov 10:00 Shanghai.
    expect(await compute()).toBe('2026-11-06T02:00:00.000Z');
    const set = await admin.put(`/api/calendars/${cal.id}/days/2026-11-06`, {
      kind: 'holiday',
      name: 'Company day',
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({
      date: '2026-11-06',
      kind: 'holiday',
      name: 'Company day',
      hoursOf: null,
      hours: null,
    });
    // Friday off: Monday 9 Nov 10:00.
    expect(await compute()).toBe('2026-11-09T02:00:00.000Z');
    const sat = await admin.put(`/api/calendars/${cal.id}/days/2026-11-07`, {
      kind: 'workday',
      hours: [{ start: '10:00', end: '12:00' }],
    });
    expect(sat.status).toBe(200);
    // Saturday 10:00–12:00 is now working time: 60 min on Thursday + 60 on Saturday.
    expect(await compute()).toBe('2026-11-07T03:00:00.000Z');
    expect((await admin.delete(`/api/calendars/${cal.id}/days/2026-11-06`)).status).toBe(204);
    expect((await admin.delete(`/api/calendars/${cal.id}/days/2026-11-06`)).status).toBe(404);
    expect(await compute()).toBe('2026-11-06T02:00:00.000Z');
    expect((await admin.get(`/api/calendars/${cal.id}`)).body.version).toBe(4);

    const badDay = await admin.put(`/api/calendars/${cal.id}/days/2026-11-08`, {
      kind: 'holiday',
      hoursOf: 'mon',
    });
    expect(badDay.status).toBe(400);
    expect(paths(badDay)).toContain('body.hoursOf');
    expect((await admin.put(`/api/calendars/${cal.id}/days/2026-02-30`, { kind: 'holiday' })).status).toBe(
      400,
    );
    expect(await auditActions(cal.id)).toEqual([
      'calendar.created',
      'calendar.day_set',
      'calendar.day_set',
      'calendar.day_deleted',
    ]);
  });

  it('keeps compiled calendars per version and sees changes made by another process', async () => {
    const cal = await newCalendar();
    const compute = async () =>
      (
        await admin.post(`/api/calendars/${cal.id}/compute`, {
          start: '2026-11-05T16:00:00+08:00',
          minutes: 120,
        })
      ).body.due;
    expect(await compute()).toBe('2026-11-06T02:00:00.000Z');
    const db = t.database.db;
    await db.insert(calendarDays).values({ calendarId: cal.id, date: '2026-11-06', kind: 'holiday' });
    // Same version: the cached compilation answers (the row change alone is not seen).
    expect(await compute()).toBe('2026-11-06T02:00:00.000Z');
    await db.update(calendars).set({ version: 2 }).where(eq(calendars.id, cal.id));
    expect(await compute()).toBe('2026-11-09T02:00:00.000Z');
  });

  it('imports a year from JSON: dry-run preview, then replace', async () => {
    const cal = await newCalendar();
    await admin.put(`/api/calendars/${cal.id}/days/2027-01-01`, { kind: 'holiday', name: 'Old name' });
    await admin.put(`/api/calendars/${cal.id}/days/2027-03-01`, { kind: 'holiday', name: 'Dropped' });
    await admin.put(`/api/calendars/${cal.id}/days/2026-12-25`, { kind: 'holiday', name: 'Other year' });
    const doc = {
      year: 2027,
      holidays: [
        { date: '2027-01-01', name: "New Year's Day" },
        { from: '2027-02-08', to: '2027-02-10', name: 'Spring Festival' },
      ],
      makeUpDays: [{ date: '2027-02-06', hoursOf: 'fri' }],
    };
    const url = `/api/calendars/${cal.id}/import`;
    const preview = await admin.post(url, { format: 'json', content: doc, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body.dryRun).toBe(true);
    expect(preview.body.added.map((d: { date: string }) => d.date)).toEqual([
      '2027-02-06',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
    expect(preview.body.changed).toHaveLength(1);
    expect(preview.body.changed[0].after.name).toBe("New Year's Day");
    expect(preview.body.removed.map((d: { date: string }) => d.date)).toEqual(['2027-03-01']);
    expect(preview.body.unchanged).toBe(0);
    expect((await admin.get(`/api/calendars/${cal.id}/days?year=2027`)).body).toHaveLength(2);

    const applied = await admin.post(url, { format: 'json', content: JSON.stringify(doc) });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ dryRun: false, unchanged: 0, version: 5 });
    const days = (await admin.get(`/api/calendars/${cal.id}/days`)).body;
    expect(days.map((d: { date: string }) => d.date)).toEqual([
      '2026-12-25',
      '2027-01-01',
      '2027-02-06',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
    expect(days[2]).toMatchObject({ kind: 'workday', hoursOf: 'fri' });
    const again = await admin.post(url, { format: 'json', content: doc, dryRun: true });
    expect(again.body).toMatchObject({ added: [], changed: [], removed: [], unchanged: 5 });
    expect((await auditActions(cal.id)).at(-1)).toBe('calendar.year_imported');

    const bad = await admin.post(url, {
      format: 'json',
      content: { year: 2027, holidays: [{ date: '2028-01-01' }] },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(['body.content.holidays.0']);
    const wrongYear = await admin.post(url, { format: 'json', content: doc, year: 2026 });
    expect(paths(wrongYear)).toEqual(['body.year']);
  });

  it('imports a year from iCalendar (.ics)', async () => {
    const cal = await newCalendar();
    const event = (start: string, end: string, summary: string) =>
      `BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\nSUMMARY:${summary}\r\nEND:VEVENT\r\n`;
    const ics =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n' +
      event('20261001', '20261008', '国庆节') +
      event('20261010', '20261011', '国庆节 补班') +
      event('20270101', '20270102', '元旦') +
      'END:VCALENDAR\r\n';
    const url = `/api/calendars/${cal.id}/import`;
    expect(paths(await admin.post(url, { format: 'ics', content: ics }))).toEqual(['body.year']);
    const res = await admin.post(url, { format: 'ics', content: ics, year: 2026 });
    expect(res.status).toBe(200);
    expect(res.body.added).toHaveLength(8);
    const days = (await admin.get(`/api/calendars/${cal.id}/days?year=2026`)).body;
    expect(days.filter((d: { kind: string }) => d.kind === 'holiday')).toHaveLength(7);
    expect(days.find((d: { date: string }) => d.date === '2026-10-10')).toMatchObject({
      kind: 'workday',
      name: '国庆节 补班',
    });
    expect((await admin.get(`/api/calendars/${cal.id}/days?year=2027`)).body).toEqual([]);
    const month = await admin.get(`/api/calendars/${cal.id}/month?month=2026-10`);
    expect(month.body.days[9]).toMatchObject({ date: '2026-10-10', working: true, workingMinutes: 480 });
    const junk = await admin.post(url, { format: 'ics', content: 'hello', year: 2026 });
    expect(junk.status).toBe(400);
    expect(paths(junk)).toEqual(['body.content']);
  });

  it('refuses to delete a calendar a policy uses; deletes an unused one', async () => {
    const used = await newCalendar('Used');
    const policy = await admin.post('/api/sla-policies', {
      name: 'Uses it',
      calendarId: used.id,
      targets: {
        L1: { responseMinutes: 60, resolutionMinutes: 120 },
        L2: { responseMinutes: 60, resolutionMinutes: 120 },
        L3: { responseMinutes: 60, resolutionMinutes: null },
        L4: { responseMinutes: null, resolutionMinutes: null },
      },
    });
    expect(policy.status).toBe(201);
    const refused = await admin.delete(`/api/calendars/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toBe('in_use');
    expect((await admin.get(`/api/calendars/${used.id}`)).status).toBe(200);
    expect(await auditActions(used.id)).toEqual(['calendar.created']);

    const unused = await newCalendar('Unused');
    expect((await admin.delete(`/api/calendars/${unused.id}`, { 'if-match': '"3"' })).status).toBe(412);
    expect((await admin.delete(`/api/calendars/${unused.id}`)).status).toBe(204);
    expect((await admin.get(`/api/calendars/${unused.id}`)).status).toBe(404);
    expect(await auditActions(unused.id)).toEqual(['calendar.created', 'calendar.deleted']);
  });

  it('lets SLA readers look but only calendar managers change', async () => {
    const cal = await newCalendar();
    const agent = await t.loginAs('agent');
    expect((await agent.get('/api/calendars')).status).toBe(200);
    expect(
      (
        await agent.post(`/api/calendars/${cal.id}/compute`, {
          a: '2026-01-05T00:00:00Z',
          b: '2026-01-06T00:00:00Z',
        })
      ).status,
    ).toBe(200);
    expect((await agent.put(`/api/calendars/${cal.id}/days/2026-11-06`, { kind: 'holiday' })).status).toBe(
      403,
    );
    const manager = await t.loginAs('service_manager');
    expect(
      (await manager.post('/api/calendars', { name: 'x', timeZone: 'UTC', weeklyHours: weekdays })).status,
    ).toBe(403);
    expect(
      (await manager.post(`/api/calendars/${cal.id}/import`, { format: 'json', content: { year: 2026 } }))
        .status,
    ).toBe(403);
    const contact = await t.loginAs('customer_contact');
    expect((await contact.get(`/api/calendars/${cal.id}`)).status).toBe(403);
    expect((await admin.get(`/api/calendars/${cal.id}`)).body.version).toBe(1);
  });
});
