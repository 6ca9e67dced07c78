/**
 * Business calendars and versioned SLA policies (SPEC §6). A calendar row
 * holds the weekly rules; its special days (holidays, 调休 make-up working
 * days) are rows so admins can edit one day or replace one year. A policy is
 * a header plus immutable versions: a change appends a version, and a request
 * received at T uses the version in effect at T.
 */
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { WeekdayKey, WeeklyHours, WorkingInterval } from '../../platform/calendar/index.js';

export const calendarKinds = ['24x7', 'business'] as const;
export type CalendarKind = (typeof calendarKinds)[number];
export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export const calendars = pgTable(
  'calendars',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Set on shipped calendars ('24x7', 'china_mainland'): seeding finds them by key. */
    builtinKey: text('builtin_key'),
    name: text('name').notNull(),
    kind: text('kind').$type<CalendarKind>().notNull(),
    timeZone: text('time_zone').notNull(),
    /** Per weekday, the working intervals (empty for 7×24). */
    weeklyHours: jsonb('weekly_hours').$type<WeeklyHours>().notNull(),
    /** Hours of a make-up day that names none; null = the Monday hours. */
    makeUpHours: jsonb('make_up_hours').$type<WorkingInterval[]>(),
    /** Bumped on every change, day edits included: If-Match, and the compiled-calendar cache key. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('calendars_builtin_key_uq').on(t.builtinKey), index('calendars_name_idx').on(t.name)],
);

export const calendarDays = pgTable(
  'calendar_days',
  {
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => calendars.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').$type<CalendarDayKind>().notNull(),
    name: text('name'),
    /** Make-up days only: work the hours of this weekday. */
    hoursOf: text('hours_of').$type<WeekdayKey>(),
    /** Make-up days only: explicit hours for this one day. */
    hours: jsonb('hours').$type<WorkingInterval[]>(),
  },
  (t) => [primaryKey({ columns: [t.calendarId, t.date] })],
);

export const severities = ['L1', 'L2', 'L3', 'L4'] as const;
export type Severity = (typeof severities)[number];

/**
 * Minutes of working time; null = no target ("as agreed"). Each target may
 * count on its own calendar ("L1: 7×24, others: business hours"); absent or
 * null = the version's calendar. Stored in the version's jsonb, so it is
 * versioned with the rest of the policy.
 */
export interface SlaTarget {
  responseMinutes: number | null;
  resolutionMinutes: number | null;
  responseCalendarId?: string | null;
  resolutionCalendarId?: string | null;
}
export type SlaTargets = Record<Severity, SlaTarget>;

export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Set on shipped policies ('standard', 'business_hours', 'premium'). */
    builtinKey: text('builtin_key'),
    /** The name of the current version (denormalised for lists). */
    name: text('name').notNull(),
    /** The current (latest) version number; also the If-Match version. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('sla_policies_builtin_key_uq').on(t.builtinKey)],
);

export const slaPolicyVersions = pgTable(
  'sla_policy_versions',
  {
    policyId: uuid('policy_id')
      .notNull()
      .references(() => slaPolicies.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** From this instant on the version applies (until the next version's). */
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** Restrict: a calendar used by any version (old ones included) cannot be deleted. */
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => calendars.id, { onDelete: 'restrict' }),
    targets: jsonb('targets').$type<SlaTargets>().notNull(),
    warningPercent: integer('warning_percent').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.policyId, t.version] }),
    index('sla_policy_versions_effective_idx').on(t.policyId, t.effectiveFrom.desc()),
    index('sla_policy_versions_calendar_idx').on(t.calendarId),
  ],
);
