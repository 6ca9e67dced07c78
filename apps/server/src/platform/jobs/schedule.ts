/**
 * Recurring schedules on top of the job queue. An occurrence is a job with a
 * deterministic key (`${kind}:${localDate}`), so every process may enqueue it and
 * it still runs once. At each poll the runner enqueues every occurrence due since
 * the last one of that kind, which is how a server that was down at 02:00
 * catches up on start: once per missed day, at most `catchUpDays` days back
 * (default 7; older misses are dropped, as a week-old daily scan has no value
 * that the next scan does not give). On a fresh database only the latest due
 * occurrence is enqueued, so a first start does not replay a week.
 */
import { desc, eq } from 'drizzle-orm';
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

export interface Occurrence {
  key: string;
  localDate: string;
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

export function schedule(input: DailyScheduleInput): Schedule {
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
      const [latest] = await db
        .select({ runAt: jobs.runAt })
        .from(jobs)
        .where(eq(jobs.kind, def.kind))
        .orderBy(desc(jobs.runAt))
        .limit(1);
      let created = 0;
      for (const o of dueOccurrences(now, latest?.runAt ?? null)) {
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
