/**
 * Duplicate detection (查重) on credit code, normalised name and contact
 * phone. A shared credit code is always refused; name and phone matches are
 * warnings the caller may override with `allowDuplicate`.
 */
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import { isUniqueViolation } from '../../platform/db.js';
import { DomainError } from '../../platform/errors.js';
import { normalizeName, normalizePhones } from './credit-code.js';
import * as repo from './customers.repo.js';
import type { DuplicateMatch } from './customers.schema.js';

export interface DuplicateKeys {
  name?: string | undefined;
  creditCode?: string | null | undefined;
  phones?: readonly string[] | undefined;
  excludeId?: string | undefined;
}

/** A match outside the caller's scope is only said to exist: its id, name and owner stay hidden. */
export function toDuplicateMatch(
  r: { id: string; name: string; ownerName: string | null; inScope: boolean },
  reason: DuplicateMatch['reason'],
): DuplicateMatch {
  return r.inScope
    ? { id: r.id, name: r.name, reason, inScope: true, ownerName: r.ownerName }
    : { id: null, name: null, reason, inScope: false, ownerName: null };
}

/** Customers sharing a credit code, normalised name or contact phone with the given keys. */
export async function findDuplicates(
  db: DbOrTx,
  actor: Actor,
  keys: DuplicateKeys,
): Promise<DuplicateMatch[]> {
  const normalized = keys.name ? normalizeName(keys.name) : '';
  const found = await repo.findDuplicateCandidates(db, actor, {
    creditCodes: keys.creditCode ? [keys.creditCode.toUpperCase()] : [],
    names: normalized ? [normalized] : [],
    phones: normalizePhones(keys.phones ?? []),
    excludeId: keys.excludeId,
  });
  const seen = new Set<string>();
  const out: DuplicateMatch[] = [];
  const add = (
    rows: { id: string; name: string; ownerName: string | null; inScope: boolean }[],
    reason: DuplicateMatch['reason'],
  ) => {
    for (const r of rows) {
      const k = `${r.id}:${reason}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(toDuplicateMatch(r, reason));
    }
  };
  add(found.byCode, 'credit_code');
  add(found.byName, 'name');
  add(found.byPhone, 'phone');
  return out;
}

export const duplicateError = (matches: DuplicateMatch[]) =>
  new DomainError('duplicate', 'A customer like this already exists', { details: { matches } });

/** Throws `duplicate` for a credit-code match always, and for name/phone matches unless allowed. */
export function assertNoDuplicates(matches: DuplicateMatch[], allowDuplicate: boolean): void {
  const blocking = allowDuplicate ? matches.filter((m) => m.reason === 'credit_code') : matches;
  if (blocking.length) throw duplicateError(matches);
}

/** True when a PostgreSQL error is the credit-code unique index (two concurrent creates). */
export const isCreditCodeConflict = (err: unknown) => isUniqueViolation(err, 'customers_credit_code_uq');
