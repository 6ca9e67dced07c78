/** Shapes of the calendars API (see apps/server/src/modules/calendars/calendars.schema.ts). */

/** Monday first: the working week as people in China (and ISO 8601) lay it out. */
export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

export interface Interval {
  start: string;
  end: string;
}
export type WeeklyHours = Record<WeekdayKey, Interval[]>;

export interface Calendar {
  id: string;
  builtinKey: string | null;
  name: string;
  kind: '24x7' | 'business';
  /** 7×24 calendars have no hours or days to edit. */
  readOnly: boolean;
  timeZone: string;
  weeklyHours: WeeklyHours;
  makeUpHours: Interval[] | null;
  years: { year: number; holidays: number; workdays: number }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CalendarInput {
  name: string;
  timeZone: string;
  weeklyHours: WeeklyHours;
}

export type DayKind = 'holiday' | 'workday';

export interface SpecialDay {
  date: string;
  kind: DayKind;
  name: string | null;
  hoursOf: WeekdayKey | null;
  hours: Interval[] | null;
}

export interface SetDayInput {
  kind: DayKind;
  name?: string | null;
  hoursOf?: WeekdayKey | null;
}

export interface MonthDay {
  date: string;
  weekday: WeekdayKey;
  working: boolean;
  /** regular = the weekly rule; holiday / workday (make-up, 调休) = a special day. */
  kind: 'regular' | 'holiday' | 'workday';
  name: string | null;
  intervals: Interval[];
  workingMinutes: number;
}

export interface MonthView {
  month: string;
  timeZone: string;
  days: MonthDay[];
}

export interface ImportInput {
  /** notice: the State Council's holiday notice text as pasted. */
  format: 'json' | 'ics' | 'notice';
  content: string;
  year?: number;
  dryRun: boolean;
}

export interface ImportReport {
  year: number;
  dryRun: boolean;
  added: SpecialDay[];
  changed: { date: string; before: SpecialDay; after: SpecialDay }[];
  removed: SpecialDay[];
  unchanged: number;
  version: number;
}

export interface ComputeResult {
  due?: string;
  workingMinutes?: number;
}

/** GET /calendars/coverage: calendars whose next year's holidays are not loaded (from 1 November). */
export interface CalendarCoverage {
  checkedAt: string;
  missingNextYear: { calendarId: string; name: string; builtinKey: string | null; year: number }[];
}
