/**
 * Keyset (cursor) pagination. A cursor is the sort value and id of the last
 * row of a page, base64url-encoded, so the next page starts strictly after it
 * and rows inserted meanwhile never shift a page.
 */
import { DomainError } from './errors.js';
import { MAX_YEAR, MIN_YEAR } from './fields.js';
import { hasForbiddenCharacter } from './input-guard.js';

export interface CursorValue {
  v: string | number | null;
  id: string;
}

export const encodeCursor = (c: CursorValue) => Buffer.from(JSON.stringify(c)).toString('base64url');

const uuidOrSerial = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,18})$/i;
const looksLikeInstant = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}|$)/;

/**
 * Whether a decoded value could have come from encodeCursor. A cursor is client input that goes into SQL: a
 * forged one (an object, NUL, a non-UUID id, year 9999, 1e308) must be a 400 here, not a PostgreSQL error.
 */
function isCursorValue(c: unknown): c is CursorValue {
  if (typeof c !== 'object' || c === null) return false;
  const { v, id } = c as { v?: unknown; id?: unknown };
  if (typeof id !== 'string' || !uuidOrSerial.test(id)) return false;
  if (v === null) return true;
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) <= 2_147_483_647;
  if (typeof v !== 'string' || v.length > 500 || hasForbiddenCharacter(v)) return false;
  if (!looksLikeInstant.test(v)) return true;
  // Dates and instants (the common sort keys) must be real and inside the years every date field allows.
  const year = new Date(v.length === 10 ? `${v}T00:00:00Z` : v).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function decodeCursor(raw: string | undefined): CursorValue | undefined {
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!isCursorValue(parsed)) throw new Error('shape');
    return parsed;
  } catch {
    throw new DomainError('validation', 'Invalid cursor', {
      issues: [
        {
          path: ['querystring', 'cursor'],
          message: 'Not a cursor returned by this API',
          code: 'invalid_cursor',
        },
      ],
    });
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
