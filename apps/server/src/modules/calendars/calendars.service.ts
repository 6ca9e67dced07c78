/**
 * Business calendars (SPEC §6): weekly working hours in a time zone plus
 * special days (holidays, 调休 make-up working days) kept as rows. Reading
 * needs sla:read, every change calendars:manage. Each change bumps the
 * calendar's version (If-Match on PATCH, and the compiled-calendar cache key)
 * and is audited in its transaction. 7×24 calendars have nothing to edit.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import {
  addWorkingTime,
  type Calendar,
  datesBetween,
  parseCalendarDefinition,
  workingMinutesBetween,
} from '../../platform/calendar/index.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, notFound } from '../../platform/errors.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import {
  compileChecked,
  compiledCalendar,
  dayRule,
  forgetCalendar,
  intervalMinutes,
  toDefinition,
} from './calendars.compiled.js';
import * as repo from './calendars.repo.js';
import type {
  CalendarView,
  ComputeInput,
  ComputeResult,
  CreateCalendarInput,
  DayView,
  MonthView,
  SetDayInput,
  UpdateCalendarInput,
} from './calendars.schema.js';

export function toDayView(d: repo.DayRow): DayView {
  return { date: d.date, kind: d.kind, name: d.name, hoursOf: d.hoursOf, hours: d.hours };
}

function toView(row: repo.CalendarRow, counts: Awaited<ReturnType<typeof repo.yearCounts>>): CalendarView {
  return {
    id: row.id,
    builtinKey: row.builtinKey,
    name: row.name,
    kind: row.kind,
    readOnly: row.kind === '24x7',
    timeZone: row.timeZone,
    weeklyHours: row.weeklyHours,
    makeUpHours: row.makeUpHours,
    years: counts
      .filter((c) => c.calendarId === row.id)
      .map((c) => ({ year: c.year, holidays: c.holidays, workdays: c.workdays })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function viewOf(deps: Deps, id: string): Promise<CalendarView> {
  const row = await repo.findCalendar(deps.db, id);
  if (!row) throw notFound('Calendar');
  return toView(row, await repo.yearCounts(deps.db, id));
}

export async function listCalendars(deps: Deps, actor: Actor): Promise<CalendarView[]> {
  requirePermission(actor, 'sla:read');
  const [rows, counts] = await Promise.all([repo.listCalendars(deps.db), repo.yearCounts(deps.db)]);
  return rows.map((r) => toView(r, counts));
}

export async function getCalendar(deps: Deps, actor: Actor, id: string): Promise<CalendarView> {
  requirePermission(actor, 'sla:read');
  return viewOf(deps, id);
}

/** A calendar that never works would make every SLA computation fail. */
function requireSomeHours(weeklyHours: CreateCalendarInput['weeklyHours']): void {
  if (!Object.values(weeklyHours).some((day) => day.length > 0)) {
    throw invalid(
      ['body', 'weeklyHours'],
      'At least one weekday needs working hours',
      'weekly_hours_required',
    );
  }
}

/** Creates a business-hours calendar (no special days yet; add or import them). */
export async function createCalendar(
  deps: Deps,
  actor: Actor,
  input: CreateCalendarInput,
): Promise<CalendarView> {
  requirePermission(actor, 'calendars:manage');
  requireSomeHours(input.weeklyHours);
  const now = deps.clock.now();
  const values = {
    name: input.name,
    kind: 'business' as const,
    timeZone: input.timeZone,
    weeklyHours: input.weeklyHours,
    makeUpHours: input.makeUpHours ?? null,
    createdAt: now,
    updatedAt: now,
  };
  compileChecked(toDefinition({ ...values, id: '', builtinKey: null, version: 1 }, []), ['body']);
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertCalendar(tx, values);
    await recordAudit(tx, deps.clock, actor, {
      action: 'calendar.created',
      entityType: 'calendar',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return viewOf(deps, id);
}

/** Locks a calendar that may be edited, or throws not found / invalid_state. */
async function lockEditable(tx: Parameters<typeof repo.lockCalendar>[0], id: string) {
  const row = await repo.lockCalendar(tx, id);
  if (!row) throw notFound('Calendar');
  if (row.kind === '24x7')
    throw new DomainError('invalid_state', 'A 7×24 calendar has no hours or days to edit', {
      detailCode: 'calendar_always_open',
    });
  return row;
}

/** Changes name, time zone or hours; requires If-Match with the calendar version. */
export async function updateCalendar(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: UpdateCalendarInput,
): Promise<CalendarView> {
  requirePermission(actor, 'calendars:manage');
  requireIfMatch(expectedVersion);
  if (input.weeklyHours) requireSomeHours(input.weeklyHours);
  await deps.db.transaction(async (tx) => {
    const before = await lockEditable(tx, id);
    assertVersion('calendar', before.version, expectedVersion);
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
      ...(input.weeklyHours !== undefined ? { weeklyHours: input.weeklyHours } : {}),
      ...(input.makeUpHours !== undefined ? { makeUpHours: input.makeUpHours } : {}),
    };
    compileChecked(toDefinition({ ...before, ...changes }, await repo.listDays(tx, id)), ['body']);
    await repo.updateCalendar(tx, id, changes, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      action: 'calendar.updated',
      entityType: 'calendar',
      entityId: id,
      before,
      after: await repo.findCalendar(tx, id),
    });
  });
  forgetCalendar(id);
  return viewOf(deps, id);
}

/** Deletes a calendar no SLA policy version uses; built-in calendars stay. If-Match is checked when sent. */
export async function deleteCalendar(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
): Promise<void> {
  requirePermission(actor, 'calendars:manage');
  try {
    await deps.db.transaction(async (tx) => {
      const row = await repo.lockCalendar(tx, id);
      if (!row) throw notFound('Calendar');
      if (row.builtinKey)
        throw new DomainError('invalid_state', 'Built-in calendars cannot be deleted', {
          detailCode: 'builtin_not_deletable',
          params: { entity: 'calendar' },
        });
      // If-Match is optional here; when sent it must match.
      if (expectedVersion !== undefined) assertVersion('calendar', row.version, expectedVersion);
      await recordAudit(tx, deps.clock, actor, {
        action: 'calendar.deleted',
        entityType: 'calendar',
        entityId: id,
        before: row,
      });
      await repo.deleteCalendar(tx, id);
    });
  } catch (err) {
    // The policy versions reference calendars with ON DELETE RESTRICT; old versions count too.
    if (isForeignKeyViolation(err)) {
      throw new DomainError('conflict', 'The calendar is used by an SLA policy', {
        detailCode: 'calendar_in_use',
        details: { reason: 'in_use' },
      });
    }
    throw err;
  }
  forgetCalendar(id);
}

function isForeignKeyViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}

export async function listDays(deps: Deps, actor: Actor, id: string, year?: number): Promise<DayView[]> {
  requirePermission(actor, 'sla:read');
  if (!(await repo.findCalendar(deps.db, id))) throw notFound('Calendar');
  return (await repo.listDays(deps.db, id, year)).map(toDayView);
}

/** Makes one date a holiday or a make-up working day (replacing what the date was). */
export async function setDay(
  deps: Deps,
  actor: Actor,
  id: string,
  date: string,
  input: SetDayInput,
): Promise<DayView> {
  requirePermission(actor, 'calendars:manage');
  const day: repo.DayRow = {
    calendarId: id,
    date,
    kind: input.kind,
    name: input.name || null,
    hoursOf: input.kind === 'workday' ? (input.hoursOf ?? null) : null,
    hours: input.kind === 'workday' ? (input.hours ?? null) : null,
  };
  await deps.db.transaction(async (tx) => {
    const cal = await lockEditable(tx, id);
    const days = (await repo.listDays(tx, id)).filter((d) => d.date !== date);
    compileChecked(toDefinition(cal, [...days, day]), ['body']);
    const before = await repo.findDay(tx, id, date);
    await repo.upsertDay(tx, day);
    await repo.updateCalendar(tx, id, {}, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      action: 'calendar.day_set',
      entityType: 'calendar',
      entityId: id,
      before: before ?? null,
      after: day,
    });
  });
  forgetCalendar(id);
  return toDayView(day);
}

export async function deleteDay(deps: Deps, actor: Actor, id: string, date: string): Promise<void> {
  requirePermission(actor, 'calendars:manage');
  await deps.db.transaction(async (tx) => {
    await lockEditable(tx, id);
    const before = await repo.findDay(tx, id, date);
    if (!before) throw notFound('Calendar day');
    await repo.deleteDay(tx, id, date);
    await repo.updateCalendar(tx, id, {}, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      action: 'calendar.day_deleted',
      entityType: 'calendar',
      entityId: id,
      before,
    });
  });
  forgetCalendar(id);
}

/** Every day of a month with its working intervals (wall clock, calendar time zone), for the month view. */
export async function monthView(deps: Deps, actor: Actor, id: string, month: string): Promise<MonthView> {
  requirePermission(actor, 'sla:read');
  const cal = await repo.findCalendar(deps.db, id);
  if (!cal) throw notFound('Calendar');
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const definition = parseCalendarDefinition(
    toDefinition(cal, await repo.daysBetween(deps.db, id, first, last)),
  );
  return {
    month,
    timeZone: cal.timeZone,
    days: datesBetween(first, last).map((date) => {
      const rule = dayRule(definition, date);
      const workingMinutes = intervalMinutes(rule.intervals);
      return { date, ...rule, working: workingMinutes > 0, workingMinutes };
    }),
  };
}

/** The compiled calendar (cached per version); not found when missing. */
export async function calendarFor(deps: Deps, id: string): Promise<Calendar> {
  const calendar = await compiledCalendar(deps.db, id);
  if (!calendar) throw notFound('Calendar');
  return calendar;
}

/** Due instant after `minutes` of working time, or working minutes between two instants. */
export async function compute(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ComputeInput,
): Promise<ComputeResult> {
  requirePermission(actor, 'sla:read');
  const calendar = await calendarFor(deps, id);
  try {
    if ('start' in input)
      return { due: addWorkingTime(new Date(input.start), input.minutes, calendar).toISOString() };
    return { workingMinutes: workingMinutesBetween(new Date(input.a), new Date(input.b), calendar) };
  } catch (err) {
    if (err instanceof RangeError)
      throw new DomainError('invalid_state', err.message, { detailCode: 'calendar_no_working_time' });
    throw err;
  }
}
