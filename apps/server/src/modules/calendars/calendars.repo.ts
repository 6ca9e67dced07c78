/** SQL for calendars and their special days. */
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { calendarDays, calendars } from '../../db/schema/sla.js';
import type { DbOrTx } from '../../platform/db.js';

export type CalendarRow = typeof calendars.$inferSelect;
export type DayRow = typeof calendarDays.$inferSelect;

export async function listCalendars(db: DbOrTx): Promise<CalendarRow[]> {
  return db
    .select()
    .from(calendars)
    .orderBy(asc(calendars.builtinKey), asc(calendars.name), asc(calendars.id));
}

export async function findCalendar(db: DbOrTx, id: string): Promise<CalendarRow | undefined> {
  const rows = await db.select().from(calendars).where(eq(calendars.id, id)).limit(1);
  return rows[0];
}

/** Locks the row for the rest of the transaction (concurrent day edits bump the version one at a time). */
export async function lockCalendar(db: DbOrTx, id: string): Promise<CalendarRow | undefined> {
  const rows = await db.select().from(calendars).where(eq(calendars.id, id)).limit(1).for('update');
  return rows[0];
}

/** Just the version: the cheap check in front of the compiled-calendar cache. */
export async function calendarVersion(db: DbOrTx, id: string): Promise<number | undefined> {
  const rows = await db.select({ version: calendars.version }).from(calendars).where(eq(calendars.id, id));
  return rows[0]?.version;
}

export async function insertCalendar(
  db: DbOrTx,
  values: typeof calendars.$inferInsert,
): Promise<CalendarRow> {
  const [row] = await db.insert(calendars).values(values).returning();
  return row!;
}

/** Inserts unless a calendar with that builtin key exists; returns the new row or undefined. */
export async function insertBuiltinCalendar(
  db: DbOrTx,
  values: typeof calendars.$inferInsert,
): Promise<CalendarRow | undefined> {
  const rows = await db
    .insert(calendars)
    .values(values)
    .onConflictDoNothing({ target: calendars.builtinKey })
    .returning();
  return rows[0];
}

export async function findBuiltinCalendar(db: DbOrTx, key: string): Promise<CalendarRow | undefined> {
  const rows = await db.select().from(calendars).where(eq(calendars.builtinKey, key)).limit(1);
  return rows[0];
}

/** Applies the changes and bumps the version. */
export async function updateCalendar(
  db: DbOrTx,
  id: string,
  values: Partial<typeof calendars.$inferInsert>,
  now: Date,
): Promise<void> {
  await db
    .update(calendars)
    .set({ ...values, version: sql`${calendars.version} + 1`, updatedAt: now })
    .where(eq(calendars.id, id));
}

export async function deleteCalendar(db: DbOrTx, id: string): Promise<void> {
  await db.delete(calendars).where(eq(calendars.id, id));
}

const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

export async function listDays(db: DbOrTx, calendarId: string, year?: number): Promise<DayRow[]> {
  const where =
    year === undefined
      ? eq(calendarDays.calendarId, calendarId)
      : and(
          eq(calendarDays.calendarId, calendarId),
          gte(calendarDays.date, yearRange(year)[0]),
          lte(calendarDays.date, yearRange(year)[1]),
        );
  return db.select().from(calendarDays).where(where).orderBy(asc(calendarDays.date));
}

export async function daysBetween(
  db: DbOrTx,
  calendarId: string,
  from: string,
  to: string,
): Promise<DayRow[]> {
  return db
    .select()
    .from(calendarDays)
    .where(
      and(eq(calendarDays.calendarId, calendarId), gte(calendarDays.date, from), lte(calendarDays.date, to)),
    )
    .orderBy(asc(calendarDays.date));
}

export async function findDay(db: DbOrTx, calendarId: string, date: string): Promise<DayRow | undefined> {
  const rows = await db
    .select()
    .from(calendarDays)
    .where(and(eq(calendarDays.calendarId, calendarId), eq(calendarDays.date, date)));
  return rows[0];
}

export async function upsertDay(db: DbOrTx, day: DayRow): Promise<void> {
  await db
    .insert(calendarDays)
    .values(day)
    .onConflictDoUpdate({
      target: [calendarDays.calendarId, calendarDays.date],
      set: { kind: day.kind, name: day.name, hoursOf: day.hoursOf, hours: day.hours },
    });
}

export async function insertDays(db: DbOrTx, days: DayRow[]): Promise<void> {
  if (days.length) await db.insert(calendarDays).values(days);
}

export async function deleteDay(db: DbOrTx, calendarId: string, date: string): Promise<void> {
  await db
    .delete(calendarDays)
    .where(and(eq(calendarDays.calendarId, calendarId), eq(calendarDays.date, date)));
}

export async function deleteYear(db: DbOrTx, calendarId: string, year: number): Promise<void> {
  const [from, to] = yearRange(year);
  await db
    .delete(calendarDays)
    .where(
      and(eq(calendarDays.calendarId, calendarId), gte(calendarDays.date, from), lte(calendarDays.date, to)),
    );
}

/** Per calendar and year: how many holidays and make-up days. */
export async function yearCounts(db: DbOrTx, calendarId?: string) {
  const year = sql<number>`extract(year from ${calendarDays.date})::int`;
  const rows = await db
    .select({
      calendarId: calendarDays.calendarId,
      year,
      holidays: sql<number>`(count(*) filter (where ${calendarDays.kind} = 'holiday'))::int`,
      workdays: sql<number>`(count(*) filter (where ${calendarDays.kind} = 'workday'))::int`,
    })
    .from(calendarDays)
    .where(calendarId ? eq(calendarDays.calendarId, calendarId) : undefined)
    .groupBy(calendarDays.calendarId, year)
    .orderBy(year);
  return rows;
}
