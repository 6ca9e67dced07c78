/** Date-only fields of contracts (YYYY-MM-DD, Asia/Shanghai calendar days). */
import { isoDate } from '../../platform/fields.js';

export { isoDate };

const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The date `days` days after (or before, when negative) a date. */
export const addDays = (date: string, days: number): string =>
  new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
