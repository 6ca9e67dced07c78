/**
 * SLA clock display: which phase a response or resolution clock is in at a
 * given instant, and compact durations. Pure, so the countdowns re-render
 * from one shared ticking "now" without asking the server.
 */
import type { SlaFields } from './requests.types';

export type ClockPhase = 'none' | 'running' | 'warning' | 'breached' | 'paused' | 'met' | 'missed';

export interface ClockView {
  phase: ClockPhase;
  /** Milliseconds to the due instant (negative when overdue); null when there is none. */
  remainingMs: number | null;
  dueAt: string | null;
  doneAt: string | null;
}

export type ClockTarget = 'response' | 'resolution';

const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : null);

/** The phase of one clock: done (met/missed), paused, breached, warning or running. */
export function clockView(r: SlaFields, target: ClockTarget, now: number): ClockView {
  const response = target === 'response';
  const dueAt = response ? r.responseDueAt : r.resolutionDueAt;
  const warnAt = response ? r.responseWarnAt : r.resolutionWarnAt;
  const doneAt = response ? r.firstResponseAt : r.resolvedAt;
  const breachedAt = response ? r.responseBreachedAt : r.resolutionBreachedAt;
  const warnedAt = response ? r.responseWarnedAt : r.resolutionWarnedAt;
  const metFlag = response ? r.responseMet : r.resolutionMet;
  const due = ms(dueAt);
  if (doneAt) {
    const done = ms(doneAt) ?? 0;
    const met = metFlag ?? (due === null ? !breachedAt : done <= due && !breachedAt);
    return { phase: met ? 'met' : 'missed', remainingMs: null, dueAt, doneAt };
  }
  // A closed request that never got the event (merged duplicate) has no running clock.
  if (r.stateCategory === 'closed') return { phase: 'none', remainingMs: null, dueAt, doneAt: null };
  if (!response && r.pausedAt) return { phase: 'paused', remainingMs: null, dueAt, doneAt: null };
  if (due === null) return { phase: breachedAt ? 'breached' : 'none', remainingMs: null, dueAt, doneAt };
  const remainingMs = due - now;
  if (breachedAt || remainingMs <= 0) return { phase: 'breached', remainingMs, dueAt, doneAt: null };
  const warn = ms(warnAt);
  if (warnedAt || (warn !== null && now >= warn))
    return { phase: 'warning', remainingMs, dueAt, doneAt: null };
  return { phase: 'running', remainingMs, dueAt, doneAt: null };
}

/** The clock a queue row shows: the response clock until answered, then the resolution clock. */
export function rowTarget(r: SlaFields): ClockTarget {
  return !r.firstResponseAt && r.responseDueAt && !r.resolvedAt ? 'response' : 'resolution';
}

/** Localized unit suffixes (天/小时/分 or d/h/m), from the `requests.units` strings. */
export interface Units {
  d: string;
  h: string;
  m: string;
}
const defaultUnits: Units = { d: 'd', h: 'h', m: 'm' };

/** "2d 03:04:05" / "03:04:05" / "04:05" — a countdown that reads at a glance. */
export function formatCountdown(msLeft: number, u: Units = defaultUnits): string {
  const total = Math.floor(Math.abs(msLeft) / 1000);
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(h)}:${pad(m)}:${pad(s)}`;
  return d > 0 ? `${d}${u.d} ${clock}` : clock;
}

/** Minutes as "1h 30m" (or "45m", "2d 4h"). */
export function formatMinutes(minutes: number | null | undefined, u: Units = defaultUnits): string {
  if (minutes === null || minutes === undefined) return '—';
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d ? `${d}${u.d}` : '', h ? `${h}${u.h}` : '', m || (!d && !h) ? `${m}${u.m}` : ''];
  return parts.filter(Boolean).join(' ');
}

export const severityColor: Record<string, string> = {
  L1: 'red',
  L2: 'orange',
  L3: 'blue',
  L4: 'default',
};

export const categoryColor: Record<string, string> = {
  new: 'purple',
  open: 'processing',
  pending: 'warning',
  resolved: 'success',
  closed: 'default',
};

export const coverageColor: Record<string, string> = {
  contract: 'success',
  warranty: 'processing',
  billable: 'warning',
};
