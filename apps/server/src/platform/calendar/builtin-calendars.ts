/**
 * Calendars shipped with Aftercare: 7×24 and China mainland working days.
 * Both are plain definitions (data), so an admin can copy and adapt them.
 */
import type { CalendarDefinition, WeeklyHours, WorkingInterval } from './calendar.js';
import type { CalendarYearDays } from './calendar-json.js';
import { CHINA_MAINLAND_2026 } from './china-2026.js';
import { type Calendar, compileCalendar } from './working-time.js';

/** Every minute counts. */
export const CALENDAR_24X7_DEFINITION: CalendarDefinition = { kind: '24x7', name: '7×24', timeZone: 'UTC' };
export const CALENDAR_24X7: Calendar = compileCalendar(CALENDAR_24X7_DEFINITION);

/** Years of statutory holidays and make-up days we ship for mainland China. */
export const CHINA_MAINLAND_YEARS: readonly CalendarYearDays[] = [CHINA_MAINLAND_2026];

/** 09:00–12:00 and 13:00–18:00 (one-hour lunch). */
export const CHINA_DEFAULT_DAY_HOURS: readonly WorkingInterval[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];

export interface ChinaCalendarOptions {
  name?: string;
  /** Hours of each Monday–Friday (and of make-up days); default CHINA_DEFAULT_DAY_HOURS. */
  dayHours?: readonly WorkingInterval[];
  /** Full weekly override (wins over dayHours for the weekdays it names). */
  weeklyHours?: Partial<WeeklyHours>;
}

/**
 * "China mainland working days": Asia/Shanghai, Monday–Friday, minus the
 * statutory holidays, plus the 调休 make-up Saturdays/Sundays (which work the
 * Monday hours unless the caller says otherwise).
 */
export function chinaMainlandDefinition(opts: ChinaCalendarOptions = {}): CalendarDefinition {
  const day = [...(opts.dayHours ?? CHINA_DEFAULT_DAY_HOURS)];
  return {
    kind: 'business',
    name: opts.name ?? '中国大陆工作日',
    timeZone: 'Asia/Shanghai',
    weeklyHours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [], ...opts.weeklyHours },
    holidays: CHINA_MAINLAND_YEARS.flatMap((y) => y.holidays),
    makeUpDays: CHINA_MAINLAND_YEARS.flatMap((y) => y.makeUpDays),
  };
}

export const CHINA_MAINLAND: Calendar = compileCalendar(chinaMainlandDefinition());
