/**
 * Zod field types every module's HTTP contract uses, so "a date", "an
 * instant" and "optional text" mean the same thing in every body.
 */
import { z } from 'zod';

/**
 * The years a date or instant may fall in. Wider than any real contract, warranty or request, narrow enough
 * that derived dates (a 24-month warranty, a renewal notice, an SLA due time) stay inside what JavaScript
 * dates, ISO strings and PostgreSQL hold: year 0000 or 9999 used to pass validation and crash later.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const outOfRange = `A year from ${MIN_YEAR} to ${MAX_YEAR}`;
const yearOf = (s: string) => Number(s.slice(0, 4));
const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 does not), in the years above. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date like 2026-03-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'Not a calendar date')
  .refine((s) => inRange(yearOf(s)), outOfRange);

/** An ISO 8601 instant with an offset, in the years above, kept as the string sent (query filters, echoes). */
export const instantString = z.iso
  .datetime({ offset: true })
  .refine((s) => !Number.isNaN(Date.parse(s)), 'Not a real instant')
  .refine((s) => inRange(new Date(s).getUTCFullYear()), outOfRange);

/** An ISO 8601 instant with an offset, in the years above, parsed to a Date. */
export const instant = instantString.transform((s) => new Date(s));

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max);

/** Optional text: empty strings become null so "clear the field" and "leave empty" agree. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
