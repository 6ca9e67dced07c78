/**
 * The background jobs of a server process: a handler per job kind and the
 * recurring schedules. Modules export the use cases; they are wired here so the
 * platform's runner imports no module.
 *
 * The calendar scan runs daily (09:00 Shanghai) and, from 1 November, warns
 * once per calendar and year whose next year's holidays are not loaded.
 *
 * The SLA sweep's interval schedule also covers the catch-up at start: a
 * runner's first poll enqueues the current 30-second bucket, which has no job
 * yet after any downtime longer than a bucket, so the sweep runs at once.
 */

import { runRenewalScan } from '../modules/contracts/index.js';
import { autoCloseResolved } from '../modules/requests/index.js';
import type { Deps } from '../platform/deps.js';
import { type JobHandler, type Schedule, schedule } from '../platform/jobs/index.js';
import {
  CALENDAR_YEAR_SCAN,
  CALENDAR_YEAR_WARNING,
  scanCalendarYears,
  warnCalendarYear,
} from './calendar-year-warning.js';
import { runSlaSweep } from './sla-sweep.js';

export const RENEWAL_SCAN = 'contracts.renewal-scan';
export const SLA_SWEEP = 'sla.sweep';
export const AUTO_CLOSE = 'requests.auto-close';

export function backgroundJobs(deps: Deps): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  return {
    handlers: {
      // The scan is idempotent (one renewal task per contract, state moves are checked), so a retry is safe.
      [RENEWAL_SCAN]: async ({ clock }) => {
        const result = await runRenewalScan(deps, clock.now());
        deps.log.info({ ...result, job: RENEWAL_SCAN }, 'renewal scan done');
      },
      // The sweep commits per request in its own transactions (exactly once by sla_events), not in the job's.
      [SLA_SWEEP]: async ({ clock }) => {
        const result = await runSlaSweep(deps, clock.now());
        if (result.checked) deps.log.info({ ...result, job: SLA_SWEEP }, 'SLA sweep done');
      },
      // Each request closes in its own transaction, re-checked under its lock: a rerun closes nothing twice.
      [AUTO_CLOSE]: async ({ clock }) => {
        const closed = await autoCloseResolved(deps, clock.now());
        if (closed) deps.log.info({ closed, job: AUTO_CLOSE }, 'resolved requests auto-closed');
      },
      // Writes through the job's transaction: the warning jobs exist exactly when the scan commits.
      [CALENDAR_YEAR_SCAN]: async ({ tx, clock }) => {
        const created = await scanCalendarYears(tx, clock);
        if (created) deps.log.info({ created, job: CALENDAR_YEAR_SCAN }, 'calendars missing next year');
      },
      // One job per calendar and year (unique key); the notification commits with its done-mark.
      [CALENDAR_YEAR_WARNING]: async ({ tx, clock, job }) => {
        await warnCalendarYear(tx, clock, job.payload as Record<string, unknown>);
      },
    },
    schedules: [
      schedule({ kind: RENEWAL_SCAN, every: 'daily', at: '02:00', timeZone: 'Asia/Shanghai' }),
      schedule({ kind: SLA_SWEEP, every: 'interval', seconds: 30 }),
      schedule({ kind: AUTO_CLOSE, every: 'interval', seconds: 600 }),
      schedule({ kind: CALENDAR_YEAR_SCAN, every: 'daily', at: '09:00', timeZone: 'Asia/Shanghai' }),
    ],
  };
}
