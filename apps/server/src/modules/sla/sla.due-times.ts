/**
 * What the service desk asks of SLA policies: which version applies to a
 * request received at T, and when its first response and resolution are due.
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
  /** The name of that version (shown by the entitlement check). */
  name: string;
  calendarId: string;
  /** Compiled, from the per-version cache of the calendars module. */
  calendar: Calendar;
  targets: SlaTargets;
  warningPercent: number;
}

/**
 * The policy version in effect at `at` with its compiled calendar. An instant
 * before the first version (a request older than the policy) gets version 1.
 * The calendar is the current state of the calendar that version names:
 * holidays are facts about dates, not part of the agreement. No permission
 * check: this is for other modules' use cases, which check their own.
 */
export async function resolvePolicyAt(deps: Deps, policyId: string, at: Date): Promise<PolicyAt> {
  const v = (await repo.versionAt(deps.db, policyId, at)) ?? (await repo.findVersion(deps.db, policyId, 1));
  if (!v) throw notFound('SLA policy');
  return {
    policyId,
    version: v.version,
    name: v.name,
    calendarId: v.calendarId,
    calendar: await calendarFor(deps, v.calendarId),
    targets: v.targets,
    warningPercent: v.warningPercent,
  };
}

export interface DueTimes {
  firstResponseDue: Date | null;
  resolutionDue: Date | null;
}

/** Due instants of a request of that severity received at `receivedAt`; null where the policy sets no target. */
export function computeDueTimes(policyAt: PolicyAt, severity: Severity, receivedAt: Date): DueTimes {
  const target = policyAt.targets[severity];
  const due = (minutes: number | null) =>
    minutes === null ? null : addWorkingTime(receivedAt, minutes, policyAt.calendar);
  return { firstResponseDue: due(target.responseMinutes), resolutionDue: due(target.resolutionMinutes) };
}
