/**
 * Which years a calendar's holidays are loaded for. A business calendar that
 * tracks holidays (it has special days in some year) but has none for a year
 * treats that year as plain weekly hours: 1 January is silently a working day.
 * So from 1 November (local date in the calendar's zone) a calendar without next
 * year's days is "missing next year" (admins are warned: bell, calendar page,
 * GET /api/calendars/coverage), and a due time that a clock computed across a
 * year without days is provisional (the request's SLA panel says so).
 * A calendar with no special days at all is a plain weekly rota and never warns.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { zoneOffsetMs } from '../../platform/calendar/time-zone.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import * as repo from './calendars.repo.js';

export interface MissingNextYear {
  calendarId: string;
  name: string;
  builtinKey: string | null;
  /** The year whose holidays are not loaded. */
  year: number;
}

/** Month (1-based) from which next year's days are expected: the State Council publishes in Nov/Dec. */
export const WARN_FROM_MONTH = 11;

function localYearMonth(zone: string, at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + zoneOffsetMs(zone, at.getTime()));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** Business calendars with holidays in some year, none for next year, and 1 November reached. */
export async function calendarsMissingNextYear(db: DbOrTx, now: Date): Promise<MissingNextYear[]> {
  const [rows, counts] = await Promise.all([repo.listCalendars(db), repo.yearCounts(db)]);
  const years = new Map<string, Set<number>>();
  for (const c of counts) {
    const set = years.get(c.calendarId) ?? new Set<number>();
    set.add(c.year);
    years.set(c.calendarId, set);
  }
  const out: MissingNextYear[] = [];
  for (const cal of rows) {
    const loaded = years.get(cal.id);
    if (cal.kind !== 'business' || !loaded?.size) continue;
    const { year, month } = localYearMonth(cal.timeZone, now);
    if (month >= WARN_FROM_MONTH && !loaded.has(year + 1)) {
      out.push({ calendarId: cal.id, name: cal.name, builtinKey: cal.builtinKey, year: year + 1 });
    }
  }
  return out;
}

/** The doctor view for admins and the calendar page's banner. */
export async function calendarCoverage(
  deps: Deps,
  actor: Actor,
): Promise<{ checkedAt: string; missingNextYear: MissingNextYear[] }> {
  requirePermission(actor, 'sla:read');
  const now = deps.clock.now();
  return { checkedAt: now.toISOString(), missingNextYear: await calendarsMissingNextYear(deps.db, now) };
}

/**
 * The years between two instants (in the calendar's zone) for which a holiday-tracking
 * calendar has no special days: a due time computed across them is provisional.
 * Empty for 7×24 calendars, calendars without any special days, and loaded years.
 */
export async function unloadedYearsBetween(
  db: DbOrTx,
  calendarId: string,
  from: Date,
  to: Date,
): Promise<number[]> {
  const cal = await repo.findCalendar(db, calendarId);
  if (cal?.kind !== 'business') return [];
  const loaded = new Set((await repo.yearCounts(db, calendarId)).map((c) => c.year));
  if (!loaded.size) return [];
  const first = localYearMonth(cal.timeZone, from).year;
  const last = localYearMonth(cal.timeZone, to).year;
  const out: number[] = [];
  for (let y = first; y <= last; y++) if (!loaded.has(y)) out.push(y);
  return out;
}
