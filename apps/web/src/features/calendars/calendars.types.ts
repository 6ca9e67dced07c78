/** Shapes of the calendars API: aliases of the types generated from openapi.json (api/schema.d.ts). */
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export type Calendar = ResponseOf<'getCalendar'>;
export type WeeklyHours = Calendar['weeklyHours'];
export type WeekdayKey = keyof WeeklyHours;
export type Interval = WeeklyHours[WeekdayKey][number];
export type CalendarInput = BodyOf<'createCalendar'>;
export type SpecialDay = ItemOf<ResponseOf<'listCalendarDays'>>;
export type DayKind = SpecialDay['kind'];
export type SetDayInput = BodyOf<'setCalendarDay'>;
export type MonthView = ResponseOf<'getCalendarMonth'>;
export type MonthDay = MonthView['days'][number];
export type ImportInput = BodyOf<'importCalendarYear'>;
export type ImportReport = ResponseOf<'importCalendarYear'>;
export type ComputeResult = ResponseOf<'computeWorkingTime'>;
/** GET /calendars/coverage: calendars whose next year's holidays are not loaded (from 1 November). */
export type CalendarCoverage = ResponseOf<'getCalendarCoverage'>;

/** Monday first: the working week as people in China (and ISO 8601) lay it out. */
export const weekdayKeys = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const satisfies readonly WeekdayKey[];
