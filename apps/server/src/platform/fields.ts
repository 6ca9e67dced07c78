/**
 * Zod field types every module's HTTP contract uses, so "a date", "an
 * instant" and "optional text" mean the same thing in every body.
 */
import { z } from 'zod';

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date like 2026-03-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'Not a calendar date');

/** An ISO 8601 instant with an offset, parsed to a Date. */
export const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

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
