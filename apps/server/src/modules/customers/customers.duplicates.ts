/**
 * Duplicate detection (查重) on credit code, normalised name, name core
 * (near-duplicates such as 华信智联科技（北京）有限公司 ~ 北京华信智联, with a
 * score) and contact phone. A shared credit code is always refused; name and
 * phone matches are warnings the caller may override with `allowDuplicate`.
 */
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import { isUniqueViolation } from '../../platform/db.js';
import { DomainError } from '../../platform/errors.js';
import { normalizePhones } from './credit-code.js';
import { nameCore, nameSimilarity, normalizeName } from './customers.names.js';
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
  score = 1,
): DuplicateMatch {
  return r.inScope
    ? { id: r.id, name: r.name, reason, score, inScope: true, ownerName: r.ownerName }
    : { id: null, name: null, reason, score, inScope: false, ownerName: null };
}

/**
 * Near-duplicates among candidates found by core: rows whose normalised name
 * differs from ours but whose core is ours, or whose normalised name is our core,
 * or whose core is our normalised name (both directions of 华信智联科技 ~ 华信智联).
 */
export function similarNames<R extends { key: string; core: string | null }>(
  normalized: string,
  rows: readonly R[],
): { row: R; score: number }[] {
  const core = nameCore(normalized);
  return rows
    .filter((r) => r.key !== normalized && (r.core === core || r.key === core || r.core === normalized))
    .map((r) => ({ row: r, score: nameSimilarity(normalized, r.key) }));
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
    cores: normalized ? [...new Set([nameCore(normalized), normalized])] : [],
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
  for (const { row, score } of similarNames(normalized, found.byCore).sort((a, b) => b.score - a.score)) {
    if (seen.has(`${row.id}:name`) || seen.has(`${row.id}:similar_name`)) continue;
    seen.add(`${row.id}:similar_name`);
    out.push(toDuplicateMatch(row, 'similar_name', score));
  }
  add(found.byPhone, 'phone');
  return out;
}

export const duplicateError = (matches: DuplicateMatch[]) =>
  new DomainError('duplicate', 'A customer like this already exists', {
    detailCode: 'customer_duplicate',
    details: { matches },
  });

/** Throws `duplicate` for a credit-code match always, and for name/phone matches unless allowed. */
export function assertNoDuplicates(matches: DuplicateMatch[], allowDuplicate: boolean): void {
  const blocking = allowDuplicate ? matches.filter((m) => m.reason === 'credit_code') : matches;
  if (blocking.length) throw duplicateError(matches);
}

/** True when a PostgreSQL error is the credit-code unique index (two concurrent creates). */
export const isCreditCodeConflict = (err: unknown) => isUniqueViolation(err, 'customers_credit_code_uq');
