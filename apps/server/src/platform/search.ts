/**
 * Chinese + English search tokens. Text is segmented with jieba (search mode,
 * which also emits the sub-words of long words) and lower-cased; the tokens
 * become a `tsvector('simple')`, and queries become `tsquery` ANDs of the
 * words a person typed. Substrings are covered separately by pg_trgm.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { type SQL, sql } from 'drizzle-orm';

let jieba: Jieba | undefined;
const segmenter = () => {
  jieba ??= Jieba.withDict(dict);
  return jieba;
};

const WORD = /[\p{L}\p{N}]/u;

/** Distinct lower-case tokens of the text, for indexing. */
export function indexTokens(...parts: (string | null | undefined | readonly string[])[]): string[] {
  const text = parts
    .flat()
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ');
  const out = new Set<string>();
  for (const token of segmenter().cutForSearch(text, true)) {
    const t = token.trim().toLowerCase();
    if (t && WORD.test(t)) out.add(t);
  }
  return [...out];
}

/** Tokens of what a person typed, for querying (precise mode: 测试合同 → 测试 & 合同). */
export function queryTokens(query: string): string[] {
  const out = new Set<string>();
  for (const token of segmenter().cut(query, true)) {
    const t = token.trim().toLowerCase();
    if (t && WORD.test(t)) out.add(t);
  }
  return [...out];
}

/** `to_tsvector` input: tokens quoted so punctuation inside a token cannot change the parse. */
export function toTsvector(tokens: string[]): SQL {
  const literal = tokens.map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' ');
  return sql`${literal}::tsvector`;
}

/** A tsquery matching documents that contain every token (prefix match on the last, for type-ahead). */
export function toTsquery(tokens: string[]): SQL | undefined {
  if (tokens.length === 0) return undefined;
  const q = tokens
    .map((t, i) => {
      const quoted = `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
      // Prefix-match only what is likely still being typed (Latin/digits, or one character): a prefix
      // match on a complete, frequent Chinese word makes GIN collect its whole posting list.
      const partial = /^[\p{Script=Latin}\p{N}]+$/u.test(t) || [...t].length === 1;
      return i === tokens.length - 1 && partial ? `${quoted}:*` : quoted;
    })
    .join(' & ');
  return sql`${q}::tsquery`;
}

/** Escapes LIKE wildcards in user input. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
