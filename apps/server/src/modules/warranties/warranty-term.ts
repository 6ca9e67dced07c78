/**
 * Warranty term arithmetic on calendar dates (YYYY-MM-DD). Pure functions.
 *
 * The rule (SPEC §5; documented in the API too):
 * - Dates are calendar days in Asia/Shanghai: "today" is the Shanghai date of
 *   the injected clock's instant, so a warranty ends at local midnight, not UTC's.
 * - A warranty of N months starting on S covers S up to, and including, the
 *   day before S's N-month anniversary. The anniversary keeps S's day of the
 *   month; when the target month has no such day (31st, 29 Feb) the
 *   anniversary is the 1st of the month after. So 2026-03-15 + 12 months ends
 *   2027-03-14, 2026-01-31 + 1 month ends 2026-02-28, and 2024-02-29 + 12
 *   months ends 2025-02-28: never a day short, never a day into the next term.
 * - Status: not_started before S, in_force from S to the end date inclusive,
 *   expired from the day after the end date.
 * - Days left: days still in force counting today (1 on the last day, 0 once
 *   expired); before the start it is the whole term.
 */

export const WARRANTY_TIME_ZONE = 'Asia/Shanghai';
export const STANDARD_MONTHS = 12;
export const CRITICAL_MONTHS = 24;

export type WarrantyStatus = 'not_started' | 'in_force' | 'expired';

const DAY_MS = 86_400_000;

const shanghaiFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: WARRANTY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Asia/Shanghai at an instant. */
export function shanghaiDate(at: Date): string {
  return shanghaiFormat.format(at);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function parse(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The date `days` days after (or before, when negative) a date. */
export function addDays(date: string, days: number): string {
  return toIso(new Date(parse(date).getTime() + days * DAY_MS));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / DAY_MS);
}

/** The N-month anniversary of a date; a missing day of month rolls to the 1st of the next month. */
export function anniversary(start: string, months: number): string {
  const s = parse(start);
  const day = s.getUTCDate();
  const monthIndex = s.getUTCMonth() + months;
  const firstOfTarget = new Date(Date.UTC(s.getUTCFullYear(), monthIndex, 1));
  const daysInTarget = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  if (day <= daysInTarget) {
    return toIso(new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), day)));
  }
  return toIso(new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 1)));
}

/** The inclusive last day in force of a warranty of `months` months starting on `start`. */
export function warrantyEndDate(start: string, months: number): string {
  return addDays(anniversary(start, months), -1);
}

/** The standard term: 24 months for critical systems, otherwise 12. */
export function standardMonths(critical: boolean): number {
  return critical ? CRITICAL_MONTHS : STANDARD_MONTHS;
}

export function warrantyStatus(term: { startDate: string; endDate: string }, today: string): WarrantyStatus {
  if (today < term.startDate) return 'not_started';
  if (today > term.endDate) return 'expired';
  return 'in_force';
}

export function daysLeft(term: { startDate: string; endDate: string }, today: string): number {
  const from = today < term.startDate ? term.startDate : today;
  return Math.max(0, daysBetween(from, term.endDate) + 1);
}
