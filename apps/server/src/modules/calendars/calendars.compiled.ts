/**
 * From stored rows to the calendar library: the definition a calendar row and
 * its days stand for, the compiled calendars cache, and the rules of one date
 * (for the month view).
 *
 * Cache: compiled calendars keep their own block caches, so compiling once
 * per change matters. Entries are keyed by calendar id and checked against
 * the row's version (bumped on every change, day edits included) with one
 * cheap query, so a change made by another process is seen on the next call.
 */
import {
  type Calendar,
  type CalendarDefinition,
  type CalendarDefinitionInput,
  compileCalendar,
  type MakeUpDay,
  type WeekdayKey,
  type WorkingInterval,
  weekdayKeys,
} from '../../platform/calendar/index.js';
import type { DbOrTx } from '../../platform/db.js';
import { DomainError } from '../../platform/errors.js';
import * as repo from './calendars.repo.js';

export function toDefinition(cal: repo.CalendarRow, days: readonly repo.DayRow[]): CalendarDefinitionInput {
  if (cal.kind === '24x7') return { kind: '24x7', name: cal.name, timeZone: cal.timeZone };
  const holidays = days
    .filter((d) => d.kind === 'holiday')
    .map((d) => (d.name ? { date: d.date, name: d.name } : { date: d.date }));
  const makeUpDays = days
    .filter((d) => d.kind === 'workday')
    .map((d) => {
      const m: MakeUpDay = { date: d.date };
      if (d.name) m.name = d.name;
      if (d.hoursOf) m.hoursOf = d.hoursOf;
      if (d.hours) m.hours = d.hours;
      return m;
    });
  return {
    kind: 'business',
    name: cal.name,
    timeZone: cal.timeZone,
    weeklyHours: cal.weeklyHours,
    holidays,
    makeUpDays,
    ...(cal.makeUpHours ? { makeUpHours: cal.makeUpHours } : {}),
  };
}

/**
 * Compiles a definition that is about to be stored; a bad one becomes a
 * validation error whose paths are prefixed (e.g. ['body']).
 */
export function compileChecked(definition: CalendarDefinitionInput, prefix: (string | number)[]): Calendar {
  try {
    return compileCalendar(definition);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'validation') {
      throw new DomainError('validation', err.message, {
        issues: err.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })),
      });
    }
    throw err;
  }
}

const MAX_CACHED = 200;
const cache = new Map<string, { version: number; calendar: Calendar }>();

/** Drops a cached calendar (after a change made by this process). */
export function forgetCalendar(id: string): void {
  cache.delete(id);
}

/** The compiled calendar, from the cache when its version is current; undefined when missing. */
export async function compiledCalendar(db: DbOrTx, id: string): Promise<Calendar | undefined> {
  const version = await repo.calendarVersion(db, id);
  if (version === undefined) return undefined;
  const hit = cache.get(id);
  if (hit && hit.version === version) return hit.calendar;
  const row = await repo.findCalendar(db, id);
  if (!row) return undefined;
  const calendar = compileCalendar(toDefinition(row, await repo.listDays(db, id)));
  // The days were read after the row, so they are at least as new as row.version: at worst a recompile.
  cache.delete(id);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(id, { version: row.version, calendar });
  return calendar;
}

export interface DayRule {
  weekday: WeekdayKey;
  kind: 'regular' | 'holiday' | 'workday';
  name: string | null;
  intervals: WorkingInterval[];
}

const FULL_DAY: WorkingInterval[] = [{ start: '00:00', end: '24:00' }];

/** Which intervals apply to a local date (the semantics of calendar.ts). */
export function dayRule(definition: CalendarDefinition, date: string): DayRule {
  const weekday = weekdayKeys[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  if (definition.kind === '24x7') return { weekday, kind: 'regular', name: null, intervals: FULL_DAY };
  const makeUp = definition.makeUpDays.find((m) => m.date === date);
  if (makeUp) {
    const intervals =
      makeUp.hours ??
      (makeUp.hoursOf ? definition.weeklyHours[makeUp.hoursOf] : undefined) ??
      definition.makeUpHours ??
      definition.weeklyHours.mon;
    return { weekday, kind: 'workday', name: makeUp.name ?? null, intervals: sortIntervals(intervals) };
  }
  const holiday = definition.holidays.find((h) => h.date === date);
  if (holiday) return { weekday, kind: 'holiday', name: holiday.name ?? null, intervals: [] };
  return { weekday, kind: 'regular', name: null, intervals: sortIntervals(definition.weeklyHours[weekday]) };
}

function sortIntervals(intervals: readonly WorkingInterval[]): WorkingInterval[] {
  return [...intervals].sort((a, b) => a.start.localeCompare(b.start));
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Wall-clock minutes of non-overlapping intervals (DST days are not corrected; display only). */
export function intervalMinutes(intervals: readonly WorkingInterval[]): number {
  return intervals.reduce((sum, i) => sum + minutes(i.end) - minutes(i.start), 0);
}
