/**
 * Import one year of holidays and make-up working days from JSON. The format
 * (also what an admin uploads and what the docs show):
 *
 * ```json
 * {
 *   "year": 2026,
 *   "holidays": [
 *     { "date": "2026-01-01", "name": "New Year's Day" },
 *     { "from": "2026-10-01", "to": "2026-10-07", "name": "National Day" }
 *   ],
 *   "makeUpDays": [
 *     { "date": "2026-10-10", "name": "National Day make-up day" },
 *     { "date": "2026-09-20", "hoursOf": "fri" }
 *   ]
 * }
 * ```
 *
 * Each entry is either one `date` or an inclusive `from`–`to` range (at most
 * 366 days). Every date must lie in `year`, and a date may appear only once in
 * the whole document. Make-up entries may say whose hours apply (`hoursOf`, a
 * weekday key, or explicit `hours`); without either the calendar's make-up
 * hours apply. Problems come back as DomainError('validation') with the JSON
 * path of each offending field.
 */
import { z } from 'zod';
import { DomainError } from '../errors.js';
import {
  dayHoursSchema,
  type Holiday,
  isRealDate,
  type MakeUpDay,
  validationError,
  weekdayKeys,
} from './calendar.js';

/** The days of one year, ready to be put into a calendar definition. Sorted by date. */
export interface CalendarYearDays {
  year: number;
  holidays: Holiday[];
  makeUpDays: MakeUpDay[];
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date "YYYY-MM-DD"')
  .refine(isRealDate, 'Not a calendar date');

const span = {
  date: isoDate.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  name: z.string().max(200).optional(),
};

function checkSpan(entry: { date?: string; from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (entry.date !== undefined) {
    if (entry.from !== undefined || entry.to !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'give either date or from/to', path: ['date'] });
    }
    return;
  }
  if (entry.from === undefined)
    ctx.addIssue({ code: 'custom', message: 'date or from is required', path: ['from'] });
  if (entry.to === undefined)
    ctx.addIssue({ code: 'custom', message: 'to is required with from', path: ['to'] });
  if (entry.from && entry.to) {
    if (entry.to < entry.from) ctx.addIssue({ code: 'custom', message: 'to is before from', path: ['to'] });
    else if (datesBetween(entry.from, entry.to).length > 366) {
      ctx.addIssue({ code: 'custom', message: 'range longer than 366 days', path: ['to'] });
    }
  }
}

const holidayEntry = z.strictObject(span).superRefine(checkSpan);
const makeUpEntry = z
  .strictObject({ ...span, hoursOf: z.enum(weekdayKeys).optional(), hours: dayHoursSchema.optional() })
  .superRefine(checkSpan)
  .refine((e) => !(e.hoursOf && e.hours), { message: 'give hoursOf or hours, not both', path: ['hours'] });

export const calendarYearJsonSchema = z.strictObject({
  year: z.number().int().min(1970).max(2999),
  holidays: z.array(holidayEntry).max(400).default([]),
  makeUpDays: z.array(makeUpEntry).max(400).default([]),
});
export type CalendarYearJson = z.input<typeof calendarYearJsonSchema>;

/** Every "YYYY-MM-DD" from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function expand(e: { date?: string; from?: string; to?: string }): string[] {
  return e.date !== undefined ? [e.date] : datesBetween(e.from!, e.to!);
}

/**
 * Parses and validates a year document (a JSON string or an already parsed
 * value) into sorted days. Throws DomainError('validation') with paths.
 */
export function parseCalendarYearJson(input: unknown): CalendarYearDays {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new DomainError('validation', `Not valid JSON: ${(err as Error).message}`, {
        issues: [{ path: [], message: 'Not valid JSON', code: 'unreadable_file' }],
      });
    }
  }
  const parsed = calendarYearJsonSchema.safeParse(value);
  if (!parsed.success) throw validationError('Invalid calendar year', parsed.error.issues);
  const doc = parsed.data;

  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  const holidays: Holiday[] = [];
  const makeUpDays: MakeUpDay[] = [];
  const take = (list: 'holidays' | 'makeUpDays', index: number, date: string): boolean => {
    if (!date.startsWith(`${doc.year}-`)) {
      issues.push({ path: [list, index], message: `${date} is not in ${doc.year}` });
      return false;
    }
    if (seen.has(date)) {
      issues.push({ path: [list, index], message: `${date} is listed twice` });
      return false;
    }
    seen.add(date);
    return true;
  };
  doc.holidays.forEach((e, i) => {
    for (const date of expand(e)) {
      if (take('holidays', i, date)) holidays.push(e.name === undefined ? { date } : { date, name: e.name });
    }
  });
  doc.makeUpDays.forEach((e, i) => {
    for (const date of expand(e)) {
      if (!take('makeUpDays', i, date)) continue;
      const day: MakeUpDay = { date };
      if (e.name !== undefined) day.name = e.name;
      if (e.hoursOf !== undefined) day.hoursOf = e.hoursOf;
      if (e.hours !== undefined) day.hours = e.hours;
      makeUpDays.push(day);
    }
  });
  if (issues.length) throw validationError('Invalid calendar year', issues);
  const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
  return { year: doc.year, holidays: holidays.sort(byDate), makeUpDays: makeUpDays.sort(byDate) };
}
