import { asc, eq } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/app.js';
import { activeContract, contractBody, policyId } from '../../../../tests/support/contracts.js';
import { jobs } from '../db/schema/jobs.js';
import { renewalTasksOf } from '../modules/contracts/index.js';
import { createJobRunner } from '../platform/jobs/index.js';
import { AUTO_CLOSE, backgroundJobs, RENEWAL_SCAN, SLA_SWEEP } from './background-jobs.js';
import { CALENDAR_YEAR_SCAN } from './calendar-year-warning.js';

// 2026-03-02 10:00 Shanghai.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });

const jobKinds = async () =>
  (
    await t.deps.db
      .select({ kind: jobs.kind })
      .from(jobs)
      .where(eq(jobs.status, 'done'))
      .orderBy(asc(jobs.kind))
  ).map((j) => j.kind);

describe('background jobs of a server process', () => {
  it('runs the daily renewal scan once per day, opening one task for a contract ending within 90 days', async () => {
    const director = await t.loginAs('sales_director');
    const customer = await director.post('/api/customers', { name: '续约调度测试有限公司' });
    const contract = await activeContract(
      t,
      director,
      contractBody(customer.body.id, await policyId(director), {
        startDate: '2025-05-01',
        endDate: '2026-04-30',
      }),
    );

    const deps = { ...t.deps, log: pino({ level: 'silent' }) };
    const runner = createJobRunner({
      db: t.deps.db,
      clock: t.clock,
      log: deps.log,
      workerId: 'test',
      ...backgroundJobs(deps),
    });
    // 2026-03-03 03:00 Shanghai: the 02:00 occurrence of that day is due.
    t.clock.set('2026-03-02T19:00:00Z');
    const first = await runner.runDue();
    // The renewal scan, the calendar scan (its 09:00 the day before), and the first SLA sweep and
    // auto-close of a starting process. In March no calendar is missing next year: no warning job.
    expect(first.done).toBe(4);
    expect(await jobKinds()).toEqual([CALENDAR_YEAR_SCAN, RENEWAL_SCAN, AUTO_CLOSE, SLA_SWEEP]);
    const again = await runner.runDue();
    expect(again.claimed).toBe(0);

    const tasks = await renewalTasksOf(t.deps.db, [contract.id]);
    expect(tasks).toHaveLength(1);
    // The clock moved past the session's idle limit: read as a fresh session.
    const reader = await t.loginAs('sales_director');
    const after = await reader.get(`/api/contracts/${contract.id}`);
    expect(after.body.state).toBe('expiring');
  });
});
