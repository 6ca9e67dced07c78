/**
 * Business-calendar definitions: the data an SLA policy points at. A
 * definition is plain JSON (it will be stored and edited by admins), validated
 * here with zod; working-time.ts compiles it into something fast to query.
 *
 * Semantics (what "working time" means, used by every algorithm and by the
 * brute-force oracle in the property tests): an instant is working time when
 * its wall-clock date and time in `timeZone` fall inside one of the intervals
 * that apply to that date. Which intervals apply to a date:
 *   1. a make-up day (调休) → its own `hours`, else the hours of `hoursOf`,
 *      else the calendar's `makeUpHours`, else the Monday hours;
 *   2. a holiday → none;
 *   3. otherwise the weekly hours of its weekday.
 * Consequence for DST: on a spring-forward day an interval 01:30–03:30 in
 * New York holds only 60 real minutes (02:00–03:00 never shows on the wall),
 * and on a fall-back day an interval containing 01:00–02:00 holds one hour
 * more, because that wall-clock hour happens twice.
 */
import { z } from 'zod';
import { DomainError, type FieldIssue } from '../errors.js';

/** Index = JavaScript `getUTCDay()` (0 = Sunday). */
export const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

const timeOfDay = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Expected a time "HH:MM" between 00:00 and 24:00');

/** Minutes since midnight of a validated "HH:MM". */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export const workingIntervalSchema = z
  .strictObject({ start: timeOfDay, end: timeOfDay })
  .refine((i) => minuteOfDay(i.start) < minuteOfDay(i.end), {
    message: 'end must be after start (use 24:00 for midnight)',
    path: ['end'],
  });
export type WorkingInterval = z.infer<typeof workingIntervalSchema>;

/** The intervals of one day; must not overlap (touching is fine). */
export const dayHoursSchema = z
  .array(workingIntervalSchema)
  .max(48)
  .superRefine((intervals, ctx) => {
    const sorted = intervals
      .map((i, index) => ({ index, start: minuteOfDay(i.start), end: minuteOfDay(i.end) }))
      .sort((a, b) => a.start - b.start);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (cur.start < prev.end) {
        ctx.addIssue({ code: 'custom', message: 'intervals overlap', path: [cur.index, 'start'] });
      }
    }
  });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date "YYYY-MM-DD"')
  .refine((s) => isRealDate(s), 'Not a calendar date');

export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const timeZoneSchema = z.string().refine(isValidTimeZone, 'Unknown IANA time zone');

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const holidaySchema = z.strictObject({ date: isoDate, name: z.string().max(200).optional() });
export type Holiday = z.infer<typeof holidaySchema>;

export const makeUpDaySchema = z
  .strictObject({
    date: isoDate,
    name: z.string().max(200).optional(),
    /** Work the hours of this weekday (e.g. 'fri' when a Saturday "is a Friday"). */
    hoursOf: z.enum(weekdayKeys).optional(),
    /** Explicit hours for this one day. */
    hours: dayHoursSchema.optional(),
  })
  .refine((d) => !(d.hoursOf && d.hours), { message: 'give hoursOf or hours, not both', path: ['hours'] });
export type MakeUpDay = z.infer<typeof makeUpDaySchema>;

export const weeklyHoursSchema = z.strictObject({
  mon: dayHoursSchema.default([]),
  tue: dayHoursSchema.default([]),
  wed: dayHoursSchema.default([]),
  thu: dayHoursSchema.default([]),
  fri: dayHoursSchema.default([]),
  sat: dayHoursSchema.default([]),
  sun: dayHoursSchema.default([]),
});
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

const alwaysOpenSchema = z.strictObject({
  kind: z.literal('24x7'),
  name: z.string().max(200).optional(),
  /** Only informative: every instant counts whatever the zone. */
  timeZone: timeZoneSchema.default('UTC'),
});

const businessHoursSchema = z
  .strictObject({
    kind: z.literal('business'),
    name: z.string().max(200).optional(),
    timeZone: timeZoneSchema,
    weeklyHours: weeklyHoursSchema,
    holidays: z.array(holidaySchema).default([]),
    makeUpDays: z.array(makeUpDaySchema).default([]),
    /** Hours of a make-up day that names neither `hours` nor `hoursOf`; default: the Monday hours. */
    makeUpHours: dayHoursSchema.optional(),
  })
  .superRefine((cal, ctx) => {
    const seen = new Map<string, string>();
    cal.holidays.forEach((h, i) => {
      if (seen.has(h.date))
        ctx.addIssue({ code: 'custom', message: 'date listed twice', path: ['holidays', i] });
      seen.set(h.date, 'holiday');
    });
    cal.makeUpDays.forEach((m, i) => {
      const other = seen.get(m.date);
      if (other) {
        const message = other === 'holiday' ? 'date is also a holiday' : 'date listed twice';
        ctx.addIssue({ code: 'custom', message, path: ['makeUpDays', i, 'date'] });
      }
      seen.set(m.date, 'makeUp');
    });
  });

export const calendarDefinitionSchema = z.discriminatedUnion('kind', [alwaysOpenSchema, businessHoursSchema]);
/** A validated definition (defaults filled in). */
export type CalendarDefinition = z.output<typeof calendarDefinitionSchema>;
/** What callers may write (defaults optional). */
export type CalendarDefinitionInput = z.input<typeof calendarDefinitionSchema>;
export type BusinessCalendarDefinition = Extract<CalendarDefinition, { kind: 'business' }>;

/** Turns zod issues into a DomainError('validation') with JSON paths prefixed by `prefix`. */
export function validationError(
  message: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: (string | number)[] = [],
): DomainError {
  const mapped: FieldIssue[] = issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))],
    message: i.message,
    // The checks' own texts name the offending entry; the reader gets them as the param.
    code: 'invalid_calendar_entry',
    params: { message: i.message },
  }));
  const first = mapped[0];
  const detail = first ? `: ${first.path.join('.') || '(root)'}: ${first.message}` : '';
  return new DomainError('validation', `${message}${detail}`, { issues: mapped });
}

/** Validates an untrusted definition; throws DomainError('validation') with paths. */
export function parseCalendarDefinition(input: unknown): CalendarDefinition {
  const parsed = calendarDefinitionSchema.safeParse(input);
  if (!parsed.success) throw validationError('Invalid calendar definition', parsed.error.issues);
  return parsed.data;
}
