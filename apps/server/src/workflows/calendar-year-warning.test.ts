import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/app.js';
import { notifications } from '../db/schema/notifications.js';
import { createJobRunner } from '../platform/jobs/index.js';
import { backgroundJobs } from './background-jobs.js';

// 2026-10-31 10:00 Shanghai: the day before warnings start.
const t = await useTestApp({ clockStart: '2026-10-31T02:00:00Z' });

const warningsOf = async (userId: string) =>
  t.deps.db
    .select({ title: notifications.title, data: notifications.data, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'calendar.next_year_missing')));

describe('a calendar whose next year is not loaded', () => {
  it('warns admins once per calendar and year from 1 November, across processes and days, until imported', async () => {
    const admin = await t.loginAs('admin');
    const me = await admin.get('/api/auth/me');
    const adminId: string = me.body.user?.id ?? me.body.id;
    const china = (await admin.get('/api/calendars')).body.find(
      (c: { builtinKey: string }) => c.builtinKey === 'china_mainland',
    );
    // Two server processes share the database.
    const log = pino({ level: 'silent' });
    const runners = ['a', 'b'].map((w) =>
      createJobRunner({
        db: t.deps.db,
        clock: t.clock,
        log,
        workerId: w,
        ...backgroundJobs({ ...t.deps, log }),
      }),
    );

    await runners[0]!.runDue();
    expect(await warningsOf(adminId)).toEqual([]);
    expect((await admin.get('/api/calendars/coverage')).body.missingNextYear).toEqual([]);

    // 2026-11-01 09:30 Shanghai.
    t.clock.set('2026-11-01T01:30:00Z');
    await Promise.all(runners.map((r) => r.runDue()));
    await runners[1]!.runDue();
    const first = await warningsOf(adminId);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      data: { calendarId: china.id, year: 2027 },
      link: `/calendars/${china.id}`,
    });
    expect(first[0]?.title).toContain('2027');

    // The next days scan again: still one warning.
    t.clock.set('2026-11-03T01:30:00Z');
    await Promise.all(runners.map((r) => r.runDue()));
    expect(await warningsOf(adminId)).toHaveLength(1);

    const fresh = await t.loginAs('admin');
    const coverage = await fresh.get('/api/calendars/coverage');
    expect(coverage.status).toBe(200);
    expect(coverage.body.missingNextYear).toEqual([
      { calendarId: china.id, name: china.name, builtinKey: 'china_mainland', year: 2027 },
    ]);
    // Someone without calendars:manage is not told (an agent reads calendars but does not manage them).
    const agent = await t.loginAs('agent');
    const agentMe = await agent.get('/api/auth/me');
    expect(await warningsOf(agentMe.body.user?.id ?? agentMe.body.id)).toEqual([]);

    // A test-only notice (not official 2027 data) loads the year: the warning condition is gone.
    const imported = await fresh.post(`/api/calendars/${china.id}/import`, {
      format: 'notice',
      content: '一、元旦：1月1日放假。',
      year: 2027,
    });
    expect(imported.status).toBe(200);
    expect((await fresh.get('/api/calendars/coverage')).body.missingNextYear).toEqual([]);
  });
});
