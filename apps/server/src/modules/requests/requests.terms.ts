/**
 * The SLA terms a request runs on: which policy (and version) applies, its
 * targets for the request's severity, and the compiled calendar. Intake, a
 * severity change, a policy change, the historical import and the test
 * factory all derive their clock columns here, so they agree to the minute.
 */
import { eq } from 'drizzle-orm';
import { type Severity, slaPolicies } from '../../db/schema/sla.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import type { Entitlement } from '../../workflows/entitlement.js';
import { calendarFor } from '../calendars/index.js';
import { resolvePolicyAt, targetCalendars } from '../sla/index.js';
import { type ClockCalendars, clockTimes, nextSlaCheckAt, type SlaRow } from './requests.clock.js';

export interface SlaTerms {
  slaPolicyId: string;
  slaPolicyVersion: number;
  /** The policy version's calendar. */
  calendarId: string;
  /** The calendar each target of the severity counts on (stored on the request). */
  responseCalendarId: string;
  resolutionCalendarId: string;
  calendar: ClockCalendars;
  responseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  warningPercent: number;
}

/** The shipped 'standard' policy (SPEC §6 default targets on 7×24). */
export async function standardPolicyId(db: DbOrTx): Promise<string> {
  const id = await standardPolicyIdOrNull(db);
  if (!id) throw noStandardPolicy();
  return id;
}

export async function standardPolicyIdOrNull(db: DbOrTx): Promise<string | null> {
  const rows = await db
    .select({ id: slaPolicies.id })
    .from(slaPolicies)
    .where(eq(slaPolicies.builtinKey, 'standard'))
    .limit(1);
  return rows[0]?.id ?? null;
}

export const noStandardPolicy = () =>
  new DomainError('unavailable', 'The standard SLA policy is not seeded', {
    detailCode: 'standard_sla_missing',
  });

/**
 * The policy of an entitlement decision. A covering contract brings its own
 * policy. Warranty and billable requests — and a contract that names no
 * policy — run on the seeded 'standard' policy: SPEC §6 calls its table "the
 * default", and a request without targets could never be at risk, which
 * would hide exactly the paying customers' work from the queue views.
 */
export async function policyIdFor(db: DbOrTx, ent: Entitlement): Promise<string> {
  return ent.contract?.slaPolicyId ?? (await standardPolicyId(db));
}

/** Terms of that policy version in effect at `at`, for the severity. */
export async function termsFor(
  deps: Pick<Deps, 'db'>,
  policyId: string,
  severity: Severity,
  at: Date,
): Promise<SlaTerms> {
  // resolvePolicyAt and the compiled-calendar cache only read deps.db.
  const p = await resolvePolicyAt(deps as Deps, policyId, at);
  const target = p.targets[severity];
  const cals = targetCalendars(p, severity);
  return {
    slaPolicyId: p.policyId,
    slaPolicyVersion: p.version,
    calendarId: p.calendarId,
    responseCalendarId: cals.responseCalendarId,
    resolutionCalendarId: cals.resolutionCalendarId,
    calendar: { response: cals.response, resolution: cals.resolution },
    responseTargetMinutes: target.responseMinutes,
    resolutionTargetMinutes: target.resolutionMinutes,
    warningPercent: p.warningPercent,
  };
}

/**
 * The calendars a stored request counts on: each target's own, else the
 * policy's (requests received before per-target calendars carry only that);
 * null when the request has no calendar at all (imported without a policy).
 */
export async function calendarsOf(
  deps: Pick<Deps, 'db'>,
  row: { calendarId: string | null; responseCalendarId: string | null; resolutionCalendarId: string | null },
): Promise<ClockCalendars | null> {
  const response = row.responseCalendarId ?? row.calendarId;
  const resolution = row.resolutionCalendarId ?? row.calendarId;
  if (!response || !resolution) return null;
  // The compiled-calendar cache only reads deps.db.
  return {
    response: await calendarFor(deps as Deps, response),
    resolution: await calendarFor(deps as Deps, resolution),
  };
}

/** The stored columns of the terms (everything but the compiled calendar). */
export function termColumns(t: SlaTerms) {
  return {
    slaPolicyId: t.slaPolicyId,
    slaPolicyVersion: t.slaPolicyVersion,
    calendarId: t.calendarId,
    responseCalendarId: t.responseCalendarId,
    resolutionCalendarId: t.resolutionCalendarId,
    responseTargetMinutes: t.responseTargetMinutes,
    resolutionTargetMinutes: t.resolutionTargetMinutes,
    warningPercent: t.warningPercent,
  };
}

/** Clock columns of a fresh (running, unanswered) request received at `receivedAt`. */
export function freshClock(t: SlaTerms, receivedAt: Date) {
  const times = clockTimes({
    calendar: t.calendar,
    receivedAt,
    responseTargetMinutes: t.responseTargetMinutes,
    resolutionTargetMinutes: t.resolutionTargetMinutes,
    warningPercent: t.warningPercent,
    pausedWorkingSeconds: 0,
    pausedAt: null,
  });
  const row: SlaRow = {
    receivedAt,
    responseTargetMinutes: t.responseTargetMinutes,
    resolutionTargetMinutes: t.resolutionTargetMinutes,
    warningPercent: t.warningPercent,
    pausedWorkingSeconds: 0,
    pausedAt: null,
    ...times,
    responseWarnedAt: null,
    responseBreachedAt: null,
    resolutionWarnedAt: null,
    resolutionBreachedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
  };
  return { ...times, pausedAt: null, pausedWorkingSeconds: 0, nextSlaCheckAt: nextSlaCheckAt(row) };
}

/** Shanghai calendar year of an instant (request numbers are per year as people there see it). */
export function shanghaiYear(at: Date): number {
  return Number(shanghaiYearFormat.format(at));
}

// Building an Intl formatter costs more than the rest of the numbering; it is immutable, so share one.
const shanghaiYearFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });

/** SR-<year>-<6+ digits> from the global sequence. */
export function requestNumber(year: number, n: number): string {
  return `SR-${year}-${String(n).padStart(6, '0')}`;
}
