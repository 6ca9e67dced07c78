/**
 * Search columns of a customer. Every write recomputes `search_vector`
 * (jieba words for Chinese and English) and `search_text` (the same fields as
 * plain text, for pg_trgm substring search) from the customer and its contacts.
 */
import { eq, or, type SQL, sql } from 'drizzle-orm';
import { contacts, customers } from '../../db/schema/customers.js';
import type { DbOrTx } from '../../platform/db.js';
import { indexTokens, likeEscape, queryTokens, toTsquery } from '../../platform/search.js';
import { normalizePhones } from './credit-code.js';
import { nameColumns } from './customers.names.js';
import { INDUSTRIES } from './reference/industries.js';

export interface SearchSource {
  name: string;
  creditCode?: string | null;
  industry?: string | null;
  /** Its section's Chinese name is searchable ("制造业"). */
  industryCode?: string | null;
  region?: string | null;
  address?: string | null;
  tags?: readonly string[];
  notes?: string | null;
  contacts?: readonly { name: string; phones?: readonly string[]; email?: string | null }[];
}

/** The plain text behind both search columns. */
export function searchText(s: SearchSource): string {
  const contactParts = (s.contacts ?? []).flatMap((c) => [
    c.name,
    ...(c.phones ?? []),
    // Digits only too, so "13800138000" finds "138-0013-8000".
    ...normalizePhones(c.phones ?? []),
    c.email ?? '',
  ]);
  const section = s.industryCode ? INDUSTRIES.find((i) => i.code === s.industryCode)?.nameZh : undefined;
  return [
    s.name,
    s.creditCode,
    section,
    s.industry,
    s.region,
    s.address,
    ...(s.tags ?? []),
    s.notes,
    ...contactParts,
  ]
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ')
    .normalize('NFKC')
    .toLowerCase();
}

/** Folded like `search_text`, so a case-sensitive LIKE (much cheaper per row than ILIKE) finds it. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Legal-form words are in almost every name: as query words they narrow nothing and cost a full GIN bitmap. */
const LEGAL_FORM_TOKENS = new Set([
  '公司',
  '有限',
  '有限公司',
  '责任',
  '有限责任',
  '股份',
  '集团',
  '集团股份',
]);

/**
 * The text form of a tsvector of these tokens. Sent as a bound parameter into
 * the tsvector column, PostgreSQL parses it with the tsvector input function,
 * so it fits plain `$inferInsert` values (factories, bulk loaders).
 */
export function tsvectorLiteral(tokens: string[]): string {
  return tokens.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' ');
}

/**
 * Values for the search columns, the name's core and its pinyin on insert or
 * update (callers set `normalizedName` themselves with `normalizeName`).
 */
export function searchColumns(s: SearchSource) {
  const text = searchText(s);
  const { nameCore, namePinyin } = nameColumns(s.name);
  return { searchVector: tsvectorLiteral(indexTokens(text)), searchText: text, nameCore, namePinyin };
}

/** Latin letters only (spaces and apostrophes allowed): may be pinyin, "haier" or "bjhx". */
const PINYIN_QUERY = /^[a-z][a-z' ]*$/;

/** Minimum query length for substring (trigram) search; shorter patterns cannot use the index. */
export const SUBSTRING_MIN = 3;

/**
 * Rows matching what a person typed: all words (jieba, prefix on the last)
 * or, from three characters on, the text as a substring anywhere.
 */
export function searchCondition(q: string): SQL {
  const tokens = queryTokens(q);
  const distinctive = tokens.filter((t) => !LEGAL_FORM_TOKENS.has(t));
  const tsq = toTsquery(distinctive.length ? distinctive : tokens);
  const parts: SQL[] = [];
  if (tsq) parts.push(sql`${customers.searchVector} @@ ${tsq}`);
  if ([...q].length >= SUBSTRING_MIN)
    parts.push(sql`${customers.searchText} like ${`%${likeEscape(fold(q))}%`}`);
  // Pinyin of the name: a prefix of any form from two letters ("hr" → 海尔), a substring from three.
  const letters = fold(q);
  if (PINYIN_QUERY.test(letters)) {
    const compact = letters.replace(/[' ]+/g, '');
    if (compact.length >= SUBSTRING_MIN) parts.push(sql`${customers.namePinyin} like ${`%${compact}%`}`);
    else if (compact.length === 2) {
      parts.push(sql`(' ' || ${customers.namePinyin}) like ${`% ${compact}%`}`);
    }
  }
  // Only punctuation typed: nothing can match.
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}

/**
 * Recomputes a customer's search columns from its current row and contacts;
 * called in the transaction of every contact change.
 */
export async function reindexCustomer(tx: DbOrTx, customerId: string): Promise<void> {
  const [row] = await tx.select().from(customers).where(eq(customers.id, customerId)).limit(1);
  if (!row) return;
  const people = await tx
    .select({ name: contacts.name, phones: contacts.phones, email: contacts.email })
    .from(contacts)
    .where(eq(contacts.customerId, customerId));
  await tx
    .update(customers)
    .set(searchColumns({ ...row, contacts: people }))
    .where(eq(customers.id, customerId));
}
