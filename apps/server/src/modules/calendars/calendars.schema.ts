import { z } from 'zod';
import { calendarDayKinds, calendarKinds } from '../../db/schema/sla.js';
import {
  dayHoursSchema,
  timeZoneSchema,
  weekdayKeys,
  weeklyHoursSchema,
} from '../../platform/calendar/calendar.js';
import { instantString, isoDate, MAX_YEAR } from '../../platform/fields.js';

/** The shared bounded date (1900–2200); calendar years themselves are 1970–2200. */
export const isoDateSchema = isoDate;

const intervalView = z.object({ start: z.string(), end: z.string() });
const dayHoursView = z.array(intervalView);

export const calendarSchema = z.object({
  id: z.uuid(),
  builtinKey: z.string().nullable(),
  name: z.string(),
  kind: z.enum(calendarKinds),
  /** 7×24 calendars have no hours or days to edit. */
  readOnly: z.boolean(),
  timeZone: z.string(),
  weeklyHours: z.object(
    Object.fromEntries(weekdayKeys.map((k) => [k, dayHoursView])) as Record<
      (typeof weekdayKeys)[number],
      typeof dayHoursView
    >,
  ),
  makeUpHours: dayHoursView.nullable(),
  /** Special days per year, for the year picker. */
  years: z.array(
    z.object({ year: z.number().int(), holidays: z.number().int(), workdays: z.number().int() }),
  ),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CalendarView = z.infer<typeof calendarSchema>;

const name = z.string().trim().min(1).max(200);

export const createCalendarBody = z.strictObject({
  name,
  timeZone: timeZoneSchema,
  weeklyHours: weeklyHoursSchema,
  /** Hours of make-up days that name none; null/absent = the Monday hours. */
  makeUpHours: dayHoursSchema.nullable().optional(),
});
export type CreateCalendarInput = z.infer<typeof createCalendarBody>;

export const updateCalendarBody = z.strictObject({
  name: name.optional(),
  timeZone: timeZoneSchema.optional(),
  weeklyHours: weeklyHoursSchema.optional(),
  makeUpHours: dayHoursSchema.nullable().optional(),
});
export type UpdateCalendarInput = z.infer<typeof updateCalendarBody>;

export const daySchema = z.object({
  date: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string().nullable(),
  hoursOf: z.enum(weekdayKeys).nullable(),
  hours: dayHoursView.nullable(),
});
export type DayView = z.infer<typeof daySchema>;

export const setDayBody = z
  .strictObject({
    kind: z.enum(calendarDayKinds),
    name: z.string().trim().max(200).nullable().optional(),
    /** Make-up days: work the hours of this weekday. */
    hoursOf: z.enum(weekdayKeys).nullable().optional(),
    /** Make-up days: explicit hours. */
    hours: dayHoursSchema.nullable().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'holiday') {
      if (d.hoursOf) ctx.addIssue({ code: 'custom', message: 'only for workday', path: ['hoursOf'] });
      if (d.hours) ctx.addIssue({ code: 'custom', message: 'only for workday', path: ['hours'] });
    } else if (d.hoursOf && d.hours) {
      ctx.addIssue({ code: 'custom', message: 'give hoursOf or hours, not both', path: ['hours'] });
    }
  });
export type SetDayInput = z.infer<typeof setDayBody>;

export const dayParams = z.strictObject({ id: z.uuid(), date: isoDateSchema });
export const daysQuery = z.strictObject({ year: z.coerce.number().int().min(1970).max(MAX_YEAR).optional() });

export const importBody = z.strictObject({
  /** notice: the State Council's holiday notice text as pasted (calendars.notice.ts). */
  format: z.enum(['json', 'ics', 'notice']),
  /** The .ics text, the notice text, or the year document (object or JSON text) of calendar-json.ts. */
  content: z.union([z.string().min(1).max(1_000_000), z.record(z.string(), z.unknown())]),
  /**
   * Required for .ics (feeds span years) and for a notice without its title; for JSON and a titled
   * notice it must match the document's year when given.
   */
  year: z.number().int().min(1970).max(MAX_YEAR).optional(),
  /** Only report what would change. */
  dryRun: z.boolean().default(false),
});
export type ImportInput = z.infer<typeof importBody>;

export const importReportSchema = z.object({
  year: z.number().int(),
  dryRun: z.boolean(),
  added: z.array(daySchema),
  changed: z.array(z.object({ date: z.string(), before: daySchema, after: daySchema })),
  removed: z.array(daySchema),
  unchanged: z.number().int(),
  /** The calendar version after the import (unchanged on a dry run). */
  version: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const monthQuery = z.strictObject({
  month: z.string().regex(/^(19[7-9]\d|2[01]\d\d|2200)-(0[1-9]|1[0-2])$/, 'Expected a month "YYYY-MM"'),
});

export const monthSchema = z.object({
  month: z.string(),
  timeZone: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      weekday: z.enum(weekdayKeys),
      working: z.boolean(),
      /** regular = the weekly rule; holiday / workday (make-up) = a special day. */
      kind: z.enum(['regular', 'holiday', 'workday']),
      name: z.string().nullable(),
      /** Wall-clock working intervals of the day in the calendar's time zone. */
      intervals: z.array(intervalView),
      workingMinutes: z.number().int(),
    }),
  ),
});
export type MonthView = z.infer<typeof monthSchema>;

const instant = instantString;

export const computeBody = z.union([
  z.strictObject({ start: instant, minutes: z.number().min(0).max(10_000_000) }),
  z.strictObject({ a: instant, b: instant }),
]);
export type ComputeInput = z.infer<typeof computeBody>;

export const computeResultSchema = z.object({
  due: z.string().optional(),
  workingMinutes: z.number().optional(),
});
export type ComputeResult = z.infer<typeof computeResultSchema>;

export const coverageSchema = z.object({
  checkedAt: z.string(),
  /** Business calendars with holidays in some year but none for next year, from 1 November. */
  missingNextYear: z.array(
    z.object({
      calendarId: z.uuid(),
      name: z.string(),
      builtinKey: z.string().nullable(),
      year: z.number().int(),
    }),
  ),
});
