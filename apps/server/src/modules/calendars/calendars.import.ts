/**
 * Importing one year of special days into a calendar from the JSON year
 * format (calendar-json.ts), an iCalendar feed (ics.ts) or the pasted State
 * Council notice (calendars.notice.ts). The import
 * replaces that year's days; a dry run reports the same diff without writing.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import { type IcsDays, parseCalendarYearJson, parseIcsDays } from '../../platform/calendar/index.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, notFound } from '../../platform/errors.js';
import { compileChecked, forgetCalendar, toDefinition } from './calendars.compiled.js';
import { parseHolidayNotice } from './calendars.notice.js';
import * as repo from './calendars.repo.js';
import type { DayView, ImportInput, ImportReport } from './calendars.schema.js';
import { toDayView } from './calendars.service.js';

/** Re-throws a parser's validation error with its paths under `prefix`. */
function underPath<T>(prefix: (string | number)[], parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof DomainError && err.code === 'validation') {
      throw new DomainError('validation', err.message, {
        issues: err.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })),
      });
    }
    throw err;
  }
}

function parseYear(input: ImportInput): { year: number; days: IcsDays } {
  if (input.format === 'json') {
    const doc = underPath(['body', 'content'], () => parseCalendarYearJson(input.content));
    if (input.year !== undefined && input.year !== doc.year) {
      throw invalid(['body', 'year'], `The document is for ${doc.year}`, 'year_mismatch', { year: doc.year });
    }
    return { year: doc.year, days: doc };
  }
  if (typeof input.content !== 'string') throw invalid(['body', 'content'], 'Expected the text', 'required');
  if (input.format === 'notice') {
    const notice = parseHolidayNotice(input.content, input.year);
    return { year: notice.year, days: notice };
  }
  if (input.year === undefined) throw invalid(['body', 'year'], 'Required for an .ics import', 'required');
  const text = input.content;
  const year = input.year;
  return { year, days: underPath(['body', 'content'], () => parseIcsDays(text, { year })) };
}

function sameDay(a: DayView, b: DayView): boolean {
  return (
    a.kind === b.kind &&
    a.name === b.name &&
    a.hoursOf === b.hoursOf &&
    JSON.stringify(a.hours) === JSON.stringify(b.hours)
  );
}

/** Replaces one year's holidays and make-up days (or, with dryRun, only reports the diff). */
export async function importYear(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ImportInput,
): Promise<ImportReport> {
  requirePermission(actor, 'calendars:manage');
  const { year, days } = parseYear(input);
  const incoming: repo.DayRow[] = [
    ...days.holidays.map((h) => ({
      calendarId: id,
      date: h.date,
      kind: 'holiday' as const,
      name: h.name || null,
      hoursOf: null,
      hours: null,
    })),
    ...days.makeUpDays.map((m) => ({
      calendarId: id,
      date: m.date,
      kind: 'workday' as const,
      name: m.name || null,
      hoursOf: m.hoursOf ?? null,
      hours: m.hours ?? null,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  const report = await deps.db.transaction(async (tx) => {
    const cal = await repo.lockCalendar(tx, id);
    if (!cal) throw notFound('Calendar');
    if (cal.kind === '24x7')
      throw new DomainError('invalid_state', 'A 7×24 calendar has no days to import', {
        detailCode: 'calendar_always_open',
      });
    const all = await repo.listDays(tx, id);
    const inYear = (d: { date: string }) => d.date.startsWith(`${year}-`);
    const current = new Map(all.filter(inYear).map((d) => [d.date, toDayView(d)]));
    const next = new Map(incoming.map((d) => [d.date, toDayView(d)]));
    const result: ImportReport = {
      year,
      dryRun: input.dryRun,
      added: [],
      changed: [],
      removed: [],
      unchanged: 0,
      version: cal.version,
    };
    for (const [date, after] of next) {
      const before = current.get(date);
      if (!before) result.added.push(after);
      else if (sameDay(before, after)) result.unchanged++;
      else result.changed.push({ date, before, after });
    }
    for (const [date, before] of current) if (!next.has(date)) result.removed.push(before);
    compileChecked(toDefinition(cal, [...all.filter((d) => !inYear(d)), ...incoming]), ['body', 'content']);
    if (input.dryRun) return result;

    await repo.deleteYear(tx, id, year);
    await repo.insertDays(tx, incoming);
    await repo.updateCalendar(tx, id, {}, deps.clock.now());
    result.version = cal.version + 1;
    await recordAudit(tx, deps.clock, actor, {
      action: 'calendar.year_imported',
      entityType: 'calendar',
      entityId: id,
      before: { year, days: [...current.values()] },
      after: {
        year,
        format: input.format,
        days: [...next.values()],
        added: result.added.length,
        changed: result.changed.length,
        removed: result.removed.length,
      },
    });
    return result;
  });
  if (!input.dryRun) forgetCalendar(id);
  return report;
}
