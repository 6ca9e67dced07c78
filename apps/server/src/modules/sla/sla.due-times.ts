/**
 * What the service desk asks of SLA policies: which version applies to a
 * request received at T, on which calendar each of its targets counts, and
 * when its first response and resolution are due.
 */
import type { Severity, SlaTargets } from '../../db/schema/sla.js';
import { addWorkingTime, type Calendar } from '../../platform/calendar/index.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { calendarFor } from '../calendars/index.js';
import * as repo from './sla.repo.js';

export interface PolicyAt {
  policyId: string;
  version: number;
  /** From when that version applies. */
  effectiveFrom: Date;
  /** The name of that version (shown by the entitlement check). */
  name: string;
  calendarId: string;
  /** Compiled, from the per-version cache of the calendars module. */
  calendar: Calendar;
  targets: SlaTargets;
  warningPercent: number;
  /** Every calendar the version names (its own and the per-target ones), compiled, by id. */
  calendars: Map<string, Calendar>;
}

/** The calendar of each target of one severity. */
export interface TargetCalendars {
  responseCalendarId: string;
  response: Calendar;
  resolutionCalendarId: string;
  resolution: Calendar;
}

/**
 * The policy version in effect at `at` with its compiled calendars. An
 * instant before the first version (a request older than the policy) gets
 * version 1. A calendar is the current state of the calendar that version
 * names: holidays are facts about dates, not part of the agreement. No
 * permission check: this is for other modules' use cases, which check their own.
 */
export async function resolvePolicyAt(deps: Deps, policyId: string, at: Date): Promise<PolicyAt> {
  const v = (await repo.versionAt(deps.db, policyId, at)) ?? (await repo.findVersion(deps.db, policyId, 1));
  if (!v) throw notFound('SLA policy');
  const ids = new Set([v.calendarId]);
  for (const t of Object.values(v.targets)) {
    if (t.responseCalendarId) ids.add(t.responseCalendarId);
    if (t.resolutionCalendarId) ids.add(t.resolutionCalendarId);
  }
  const calendars = new Map<string, Calendar>();
  for (const id of ids) calendars.set(id, await calendarFor(deps, id));
  return {
    policyId,
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    name: v.name,
    calendarId: v.calendarId,
    calendar: calendars.get(v.calendarId)!,
    targets: v.targets,
    warningPercent: v.warningPercent,
    calendars,
  };
}

/** On which calendar the response and the resolution target of a severity count. */
export function targetCalendars(policyAt: PolicyAt, severity: Severity): TargetCalendars {
  const t = policyAt.targets[severity];
  const responseCalendarId = t.responseCalendarId ?? policyAt.calendarId;
  const resolutionCalendarId = t.resolutionCalendarId ?? policyAt.calendarId;
  const compiled = (id: string) => policyAt.calendars.get(id) ?? policyAt.calendar;
  return {
    responseCalendarId,
    response: compiled(responseCalendarId),
    resolutionCalendarId,
    resolution: compiled(resolutionCalendarId),
  };
}

export interface DueTimes {
  firstResponseDue: Date | null;
  resolutionDue: Date | null;
}

/** Due instants of a request of that severity received at `receivedAt`; null where the policy sets no target. */
export function computeDueTimes(policyAt: PolicyAt, severity: Severity, receivedAt: Date): DueTimes {
  const target = policyAt.targets[severity];
  const cals = targetCalendars(policyAt, severity);
  const due = (minutes: number | null, calendar: Calendar) =>
    minutes === null ? null : addWorkingTime(receivedAt, minutes, calendar);
  return {
    firstResponseDue: due(target.responseMinutes, cals.response),
    resolutionDue: due(target.resolutionMinutes, cals.resolution),
  };
}
