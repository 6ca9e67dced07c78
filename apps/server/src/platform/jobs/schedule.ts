/**
 * Recurring schedules on top of the job queue. An occurrence is a job with a
 * deterministic key (`${kind}:${localDate}`), so every process may enqueue it and
 * it still runs once. At each poll the runner enqueues every occurrence due since
 * the last one of that kind, which is how a server that was down at 02:00
 * catches up on start: once per missed day, at most `catchUpDays` days back
 * (default 7; older misses are dropped, as a week-old daily scan has no value
 * that the next scan does not give). On a fresh database only the latest due
 * occurrence is enqueued, so a first start does not replay a week.
 *
 * Interval schedules (`every: 'interval'`, e.g. the SLA sweep every 30 s) key
 * an occurrence by the start of its time bucket (`${kind}:${bucket ISO}`),
 * so concurrent processes enqueue each bucket once. Missed buckets are not
 * replayed: only the current one is enqueued, because each run does all the
 * work that is due (a sweep after a day of downtime is one sweep, not 2,880).
 * Their finished runs are deleted after a day, so the jobs table stays small.
 */
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import { jobs } from '../../db/schema/jobs.js';
import { isValidTimeZone } from '../calendar/calendar.js';
import { zoneOffsetMs } from '../calendar/time-zone.js';
import type { DbOrTx } from '../db.js';
import { enqueue } from './jobs.js';

const DAY_MS = 86_400_000;

const dailySchema = z.strictObject({
  kind: z.string().min(1),
  every: z.literal('daily'),
  at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
  timeZone: z.string().refine(isValidTimeZone, 'Unknown IANA time zone'),
  catchUpDays: z.number().int().min(1).max(31).default(7),
  maxAttempts: z.number().int().min(1).max(100).default(5),
});
export type DailyScheduleInput = z.input<typeof dailySchema>;

const intervalSchema = z.strictObject({
  kind: z.string().min(1),
  every: z.literal('interval'),
  /** Bucket length; buckets are aligned to the Unix epoch, so every process agrees on them. */
  seconds: z.number().int().min(1).max(86_400),
  /** A failed run is not worth retrying: the next bucket does the same work. */
  maxAttempts: z.number().int().min(1).max(100).default(1),
});
export type IntervalScheduleInput = z.input<typeof intervalSchema>;

export interface Occurrence {
  key: string;
  /** Daily schedules: the local date the occurrence belongs to. */
  localDate?: string;
  runAt: Date;
}

export interface Schedule {
  kind: string;
  /** Occurrences due at `now` and after `last` (none known: only the latest), oldest first. */
  dueOccurrences(now: Date, last: Date | null): Occurrence[];
  /** Enqueues the due occurrences not enqueued yet; returns how many were new. */
  enqueueDue(db: DbOrTx, now: Date): Promise<number>;
}

/** The instant at which the wall clock in `zone` shows `date` `time`. */
export function zonedTime(date: string, time: string, zone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes: the offset at the guessed instant, then at the corrected one (DST edges).
  const guess = wall - zoneOffsetMs(zone, wall);
  return new Date(wall - zoneOffsetMs(zone, guess));
}

/** The calendar date (YYYY-MM-DD) in `zone` at instant `t`, shifted by `days`. */
function localDate(t: number, zone: string, days = 0): string {
  const local = new Date(t + zoneOffsetMs(zone, t));
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

async function latestRunAt(db: DbOrTx, kind: string): Promise<Date | null> {
  const [latest] = await db
    .select({ runAt: jobs.runAt })
    .from(jobs)
    .where(eq(jobs.kind, kind))
    .orderBy(desc(jobs.runAt))
    .limit(1);
  return latest?.runAt ?? null;
}

function intervalSchedule(input: IntervalScheduleInput): Schedule {
  const def = intervalSchema.parse(input);
  const ms = def.seconds * 1000;

  function dueOccurrences(now: Date, last: Date | null): Occurrence[] {
    const start = new Date(Math.floor(now.getTime() / ms) * ms);
    if (last && start <= last) return [];
    return [{ key: `${def.kind}:${start.toISOString()}`, runAt: start }];
  }

  return {
    kind: def.kind,
    dueOccurrences,
    async enqueueDue(db, now) {
      let created = 0;
      for (const o of dueOccurrences(now, await latestRunAt(db, def.kind))) {
        const r = await enqueue(db, {
          kind: def.kind,
          key: o.key,
          runAt: o.runAt,
          payload: { scheduledFor: o.runAt.toISOString() },
          maxAttempts: def.maxAttempts,
        });
        if (r.created) created++;
      }
      // 2,880 sweeps a day would pile up: finished runs of an interval schedule are kept for a day.
      if (created) {
        await db
          .delete(jobs)
          .where(
            and(
              eq(jobs.kind, def.kind),
              inArray(jobs.status, ['done', 'dead']),
              lt(jobs.runAt, new Date(now.getTime() - DAY_MS)),
            ),
          );
      }
      return created;
    },
  };
}

export function schedule(input: DailyScheduleInput | IntervalScheduleInput): Schedule {
  if (input.every === 'interval') return intervalSchedule(input);
  const def = dailySchema.parse(input);

  function dueOccurrences(now: Date, last: Date | null): Occurrence[] {
    const out: Occurrence[] = [];
    const earliest = now.getTime() - def.catchUpDays * DAY_MS;
    for (let back = 0; back <= def.catchUpDays + 1; back++) {
      const date = localDate(now.getTime(), def.timeZone, -back);
      const runAt = zonedTime(date, def.at, def.timeZone);
      if (runAt > now) continue;
      if (last && runAt <= last) break;
      if (runAt.getTime() < earliest) break;
      out.push({ key: `${def.kind}:${date}`, localDate: date, runAt });
      if (!last) break;
    }
    return out.reverse();
  }

  return {
    kind: def.kind,
    dueOccurrences,
    async enqueueDue(db, now) {
      let created = 0;
      for (const o of dueOccurrences(now, await latestRunAt(db, def.kind))) {
        const r = await enqueue(db, {
          kind: def.kind,
          key: o.key,
          runAt: o.runAt,
          payload: { localDate: o.localDate, scheduledFor: o.runAt.toISOString() },
          maxAttempts: def.maxAttempts,
        });
        if (r.created) created++;
      }
      return created;
    },
  };
}
