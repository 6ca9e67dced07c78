/**
 * Warns the people who manage calendars when a calendar's next year is not
 * loaded (see calendars.coverage.ts): a daily scan from 1 November enqueues one
 * warning job per calendar and year. The job key is unique, so each calendar
 * warns once per year however many days, processes or restarts scan; the
 * warning job notifies in its own transaction together with its done-mark, so
 * the bell rings exactly once.
 */
import { calendarsMissingNextYear } from '../modules/calendars/index.js';
import { notify } from '../modules/notifications/index.js';
import { permissionHolderIds } from '../modules/roles/index.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db.js';
import { enqueue } from '../platform/jobs/index.js';
import { builtinNameParam } from '../platform/messages.js';

export const CALENDAR_YEAR_SCAN = 'calendars.next-year-scan';
export const CALENDAR_YEAR_WARNING = 'calendars.next-year-warning';

/** Enqueues a warning for each calendar missing next year; returns how many are new. */
export async function scanCalendarYears(tx: Tx, clock: Clock): Promise<number> {
  const now = clock.now();
  let created = 0;
  for (const m of await calendarsMissingNextYear(tx, now)) {
    const r = await enqueue(tx, {
      kind: CALENDAR_YEAR_WARNING,
      key: `${CALENDAR_YEAR_WARNING}:${m.calendarId}:${m.year}`,
      runAt: now,
      payload: { calendarId: m.calendarId, year: m.year },
    });
    if (r.created) created++;
  }
  return created;
}

/**
 * Tells every enabled holder of calendars:manage, unless the year was loaded
 * between the scan and this run, in each reader's language (a message code; a
 * seeded calendar's name is translated); `data` carries the calendar and year.
 */
export async function warnCalendarYear(
  tx: Tx,
  clock: Clock,
  payload: Record<string, unknown>,
): Promise<boolean> {
  const calendarId = String(payload.calendarId);
  const year = Number(payload.year);
  const missing = (await calendarsMissingNextYear(tx, clock.now())).find(
    (m) => m.calendarId === calendarId && m.year === year,
  );
  if (!missing) return false;
  const userIds = await permissionHolderIds(tx, 'calendars:manage');
  if (!userIds.length) return false;
  await notify(tx, clock, {
    userIds,
    kind: 'calendar.next_year_missing',
    message: {
      code: 'calendar_next_year_missing',
      params: { calendar: builtinNameParam(missing.builtinKey, missing.name), year },
    },
    link: `/calendars/${calendarId}`,
    data: { calendarId, year },
  });
  return true;
}
