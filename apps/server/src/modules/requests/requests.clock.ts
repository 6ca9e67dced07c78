/**
 * The SLA clocks of a request, as pure functions of its row and the policy's
 * compiled calendar (no database, no "now" but the one passed in).
 *
 * Working time is additive, which keeps pauses simple: the resolution due
 * instant is always `receivedAt + target + paused working time`, computed on
 * the calendar. Pausing only clears the resolution instants (nothing can be
 * due while we wait for the customer); resuming adds the working time that
 * passed while paused and recomputes them. A severity or policy change
 * recomputes both from `receivedAt` with the new targets, so the elapsed
 * working time is never counted twice or lost.
 *
 * The response clock never pauses: waiting for the customer comes after the
 * first response in every flow the desk allows.
 *
 * Each target counts on its own calendar (an L1 response on 7×24 while its
 * resolution counts business hours); a single Calendar means both. Met,
 * breached and the breach count are decided by requests.verdict.ts only.
 */
import type { SlaEventKind, SlaTargetKind } from '../../db/schema/requests.js';
import { addWorkingTime, type Calendar, workingMinutesBetween } from '../../platform/calendar/index.js';
import { slaVerdicts } from './requests.verdict.js';

/** The calendar of each target. */
export interface ClockCalendars {
  response: Calendar;
  resolution: Calendar;
}
/** A single calendar counts for both targets. */
export type CalendarArg = Calendar | ClockCalendars;

export function clockCalendars(c: CalendarArg): ClockCalendars {
  return 'response' in c ? c : { response: c, resolution: c };
}

export interface ClockInput {
  calendar: CalendarArg;
  receivedAt: Date;
  responseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  warningPercent: number;
  pausedWorkingSeconds: number;
  /** Non-null: the resolution clock is paused since then. */
  pausedAt: Date | null;
}

export interface ClockTimes {
  responseWarnAt: Date | null;
  responseDueAt: Date | null;
  resolutionWarnAt: Date | null;
  resolutionDueAt: Date | null;
}

/** Minutes of a target after which the warning fires (e.g. 75% of 240 = 180). */
export function warningMinutes(targetMinutes: number, warningPercent: number): number {
  return Math.ceil((targetMinutes * warningPercent) / 100);
}

/** Warning and due instants of both targets; resolution ones are null while paused, any is null without a target. */
export function clockTimes(c: ClockInput): ClockTimes {
  const cals = clockCalendars(c.calendar);
  const onResponse = (minutes: number) => addWorkingTime(c.receivedAt, minutes, cals.response);
  const onResolution = (minutes: number) => addWorkingTime(c.receivedAt, minutes, cals.resolution);
  const response = c.responseTargetMinutes;
  const resolution = c.resolutionTargetMinutes;
  const paused = c.pausedWorkingSeconds / 60;
  const running = c.pausedAt === null;
  return {
    responseWarnAt: response === null ? null : onResponse(warningMinutes(response, c.warningPercent)),
    responseDueAt: response === null ? null : onResponse(response),
    resolutionWarnAt:
      resolution === null || !running
        ? null
        : onResolution(warningMinutes(resolution, c.warningPercent) + paused),
    resolutionDueAt: resolution === null || !running ? null : onResolution(resolution + paused),
  };
}

/** Working seconds in [a, b) on the calendar, rounded to the second. */
function workingSecondsBetween(a: Date, b: Date, calendar: Calendar): number {
  return Math.round(workingMinutesBetween(a, b, calendar) * 60);
}

/** The row fields the SLA state machine reads. */
export interface SlaRow {
  receivedAt: Date;
  responseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  warningPercent: number;
  pausedWorkingSeconds: number;
  pausedAt: Date | null;
  responseWarnAt: Date | null;
  responseDueAt: Date | null;
  resolutionWarnAt: Date | null;
  resolutionDueAt: Date | null;
  responseWarnedAt: Date | null;
  responseBreachedAt: Date | null;
  resolutionWarnedAt: Date | null;
  resolutionBreachedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
}

/** What the functions below return: columns to write with saveRequest (only those that change). */
export interface SlaPatch extends Partial<SlaRow> {
  nextSlaCheckAt?: Date | null;
  firstResponseCalendarMinutes?: number | null;
  firstResponseWorkingMinutes?: number | null;
  responseMet?: boolean | null;
  resolutionCalendarMinutes?: number | null;
  resolutionWorkingMinutes?: number | null;
  resolutionMet?: boolean | null;
  breachCount?: number;
}

const clockInput = (row: SlaRow, calendar: CalendarArg): ClockInput => ({
  calendar,
  receivedAt: row.receivedAt,
  responseTargetMinutes: row.responseTargetMinutes,
  resolutionTargetMinutes: row.resolutionTargetMinutes,
  warningPercent: row.warningPercent,
  pausedWorkingSeconds: row.pausedWorkingSeconds,
  pausedAt: row.pausedAt,
});

export interface PendingSlaEvent {
  target: SlaTargetKind;
  kind: SlaEventKind;
  /** The warning or due instant (part of the sla_events exactly-once key). */
  at: Date;
}

/**
 * The warnings and breaches still to fire: the response pair while there is
 * no first response, the resolution pair while unresolved and running; a
 * breached target fires nothing more. Oldest first, a warning before a
 * breach at the same instant. The sweep fires the ones whose instant passed.
 */
export function pendingSlaEvents(row: SlaRow): PendingSlaEvent[] {
  const out: PendingSlaEvent[] = [];
  const add = (
    target: SlaTargetKind,
    warnAt: Date | null,
    dueAt: Date | null,
    warned: Date | null,
    breached: Date | null,
  ) => {
    if (breached) return;
    if (warnAt && !warned) out.push({ target, kind: 'warning', at: warnAt });
    if (dueAt) out.push({ target, kind: 'breach', at: dueAt });
  };
  if (!row.firstResponseAt) {
    add('response', row.responseWarnAt, row.responseDueAt, row.responseWarnedAt, row.responseBreachedAt);
  }
  if (!row.resolvedAt && !row.pausedAt) {
    add(
      'resolution',
      row.resolutionWarnAt,
      row.resolutionDueAt,
      row.resolutionWarnedAt,
      row.resolutionBreachedAt,
    );
  }
  const rank = (e: PendingSlaEvent) => (e.kind === 'warning' ? 0 : 1);
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || rank(a) - rank(b));
}

/** The earliest warning or breach still to fire, or null. The SLA sweep picks requests by this instant. */
export function nextSlaCheckAt(row: SlaRow): Date | null {
  const first = pendingSlaEvents(row)[0];
  return first ? new Date(first.at.getTime()) : null;
}

/** Patch that pauses the resolution clock at `at` (entering a pending state). No-op fields if already paused. */
export function pauseClock(row: SlaRow, at: Date): SlaPatch {
  if (row.pausedAt) return {};
  const next = { ...row, pausedAt: at, resolutionWarnAt: null, resolutionDueAt: null };
  return {
    pausedAt: at,
    resolutionWarnAt: null,
    resolutionDueAt: null,
    nextSlaCheckAt: nextSlaCheckAt(next),
  };
}

/** Patch that resumes the resolution clock at `at`: paused working time is added and the due instants recomputed. */
export function resumeClock(row: SlaRow, calendar: CalendarArg, at: Date): SlaPatch {
  if (!row.pausedAt) return {};
  const pausedWorkingSeconds =
    row.pausedWorkingSeconds + workingSecondsBetween(row.pausedAt, at, clockCalendars(calendar).resolution);
  const times = clockTimes({ ...clockInput(row, calendar), pausedWorkingSeconds, pausedAt: null });
  const next = {
    ...row,
    pausedAt: null,
    pausedWorkingSeconds,
    resolutionWarnAt: times.resolutionWarnAt,
    resolutionDueAt: times.resolutionDueAt,
  };
  return {
    pausedAt: null,
    pausedWorkingSeconds,
    resolutionWarnAt: times.resolutionWarnAt,
    resolutionDueAt: times.resolutionDueAt,
    nextSlaCheckAt: nextSlaCheckAt(next),
  };
}

/**
 * Patch after new targets (severity or policy change). A target whose due
 * instant moved gets its warned/breached marks cleared, so the new instants
 * fire again (sla_events keys include the due instant); a target already
 * done keeps the due instants it was measured against, so its verdict stands.
 */
export function recomputeClock(
  row: SlaRow,
  calendar: CalendarArg,
  targets: {
    responseTargetMinutes: number | null;
    resolutionTargetMinutes: number | null;
    warningPercent: number;
  },
) {
  const times = clockTimes({ ...clockInput(row, calendar), ...targets });
  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
  const responseMoved = !row.firstResponseAt && !same(times.responseDueAt, row.responseDueAt);
  const resolutionMoved =
    !row.resolvedAt && !row.pausedAt && !same(times.resolutionDueAt, row.resolutionDueAt);
  const patch = {
    ...targets,
    ...times,
    ...(row.pausedAt ? { resolutionWarnAt: null, resolutionDueAt: null } : {}),
    ...(row.firstResponseAt ? { responseWarnAt: row.responseWarnAt, responseDueAt: row.responseDueAt } : {}),
    ...(row.resolvedAt
      ? { resolutionWarnAt: row.resolutionWarnAt, resolutionDueAt: row.resolutionDueAt }
      : {}),
    ...(responseMoved ? { responseWarnedAt: null, responseBreachedAt: null } : {}),
    ...(resolutionMoved ? { resolutionWarnedAt: null, resolutionBreachedAt: null } : {}),
  };
  const next = { ...row, ...patch };
  return { ...patch, ...slaVerdicts(next), nextSlaCheckAt: nextSlaCheckAt(next) };
}

const calendarMinutes = (a: Date, b: Date) => Math.max(0, Math.round((b.getTime() - a.getTime()) / 60_000));

/** KPI patch for the first human response at `at` (also clears the pending response events). */
export function responseKpis(row: SlaRow, calendar: CalendarArg, at: Date): SlaPatch {
  const working = Math.round(workingMinutesBetween(row.receivedAt, at, clockCalendars(calendar).response));
  const next = { ...row, firstResponseAt: at };
  const v = slaVerdicts(next);
  return {
    firstResponseAt: at,
    firstResponseCalendarMinutes: calendarMinutes(row.receivedAt, at),
    firstResponseWorkingMinutes: working,
    responseMet: v.responseMet,
    responseBreachedAt: v.responseBreachedAt,
    breachCount: v.breachCount,
    nextSlaCheckAt: nextSlaCheckAt(next),
  };
}

/**
 * KPI patch for resolution at `at`: working minutes exclude paused time. A
 * request resolved while paused (the customer confirmed) closes its pause
 * first; one resolved before any reply records its first response too.
 */
export function resolutionKpis(row: SlaRow, calendar: CalendarArg, at: Date): SlaPatch {
  const resumed = row.pausedAt ? { ...row, ...resumeClock(row, calendar, at) } : row;
  const paused = resumed.pausedWorkingSeconds / 60;
  const onResolution = clockCalendars(calendar).resolution;
  const working = Math.max(0, Math.round(workingMinutesBetween(row.receivedAt, at, onResolution) - paused));
  // Resolving answers the customer: a request resolved before any reply gets its first response now.
  const response = row.firstResponseAt ? {} : responseKpis(row, calendar, at);
  const next = { ...resumed, ...response, resolvedAt: at };
  const v = slaVerdicts(next);
  return {
    ...response,
    pausedAt: null,
    pausedWorkingSeconds: resumed.pausedWorkingSeconds,
    resolutionWarnAt: resumed.resolutionWarnAt,
    resolutionDueAt: resumed.resolutionDueAt,
    resolvedAt: at,
    resolutionCalendarMinutes: calendarMinutes(row.receivedAt, at),
    resolutionWorkingMinutes: working,
    ...v,
    nextSlaCheckAt: nextSlaCheckAt(next),
  };
}

/** Patch for a reopened request: resolution KPIs are cleared and its clock runs again from where it stopped. */
export function reopenClock(row: SlaRow, calendar: CalendarArg, at: Date): SlaPatch {
  // The time between resolution and reopening is not the vendor's: it counts as paused.
  const pausedWorkingSeconds = row.resolvedAt
    ? row.pausedWorkingSeconds +
      workingSecondsBetween(row.resolvedAt, at, clockCalendars(calendar).resolution)
    : row.pausedWorkingSeconds;
  const times = clockTimes({ ...clockInput(row, calendar), pausedWorkingSeconds, pausedAt: null });
  const next = {
    ...row,
    pausedAt: null,
    pausedWorkingSeconds,
    resolvedAt: null,
    resolutionWarnAt: times.resolutionWarnAt,
    resolutionDueAt: times.resolutionDueAt,
  };
  return {
    pausedAt: null,
    pausedWorkingSeconds,
    resolutionWarnAt: times.resolutionWarnAt,
    resolutionDueAt: times.resolutionDueAt,
    resolvedAt: null,
    resolutionCalendarMinutes: null,
    resolutionWorkingMinutes: null,
    ...slaVerdicts(next),
    nextSlaCheckAt: nextSlaCheckAt(next),
  };
}

const flagColumn = {
  response: { warning: 'responseWarnedAt', breach: 'responseBreachedAt' },
  resolution: { warning: 'resolutionWarnedAt', breach: 'resolutionBreachedAt' },
} as const;

/**
 * What the sweep writes at `now`: the flags of every warning and breach due,
 * the verdicts (breach count included) and the next check. Pure, so the
 * property test runs the sweep's decision without a database.
 */
export function sweepPatch(row: SlaRow, now: Date): { events: PendingSlaEvent[]; patch: SlaPatch } {
  const events = pendingSlaEvents(row).filter((e) => e.at <= now);
  const flags: SlaPatch = {};
  for (const e of events) flags[flagColumn[e.target][e.kind]] = e.at;
  const next = { ...row, ...flags };
  return { events, patch: { ...flags, ...slaVerdicts(next, now), nextSlaCheckAt: nextSlaCheckAt(next) } };
}
