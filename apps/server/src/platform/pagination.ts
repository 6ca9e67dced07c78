/**
 * Keyset (cursor) pagination. A cursor is the sort value and id of the last
 * row of a page, base64url-encoded, so the next page starts strictly after it
 * and rows inserted meanwhile never shift a page.
 */
import { DomainError } from './errors.js';

export interface CursorValue {
  v: string | number | null;
  id: string;
}

export const encodeCursor = (c: CursorValue) => Buffer.from(JSON.stringify(c)).toString('base64url');

export function decodeCursor(raw: string | undefined): CursorValue | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as CursorValue;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.id !== 'string')
      throw new Error('shape');
    return parsed;
  } catch {
    throw new DomainError('validation', 'Invalid cursor', {
      issues: [{ path: ['querystring', 'cursor'], message: 'Not a cursor returned by this API' }],
    });
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
