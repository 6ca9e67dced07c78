/**
 * The edge guard for every string the API accepts. PostgreSQL refuses NUL in
 * text and lone UTF-16 surrogates cannot be encoded as UTF-8, so either used
 * to surface as a 500 deep in a repo; XML 1.0 forbids the other C0 controls
 * and U+FFFE/U+FFFF, which would later corrupt an XLSX export. One hook walks
 * the parsed body, query and path parameters of every route (public ones such
 * as login too) and answers 400 with the field path before validation runs.
 * Nesting is bounded here as well, so no later recursive walk (zod, JSON
 * serialisation, jsonb) meets a 10,000-deep array. Multipart uploads are
 * streamed, so their parts are not here: text fields are enums validated where
 * read, file names lose control characters (file-types.ts), and contents are checked
 * by the module that parses them (the customer import refuses such cells).
 */
import type { FastifyRequest } from 'fastify';
import { DomainError, type FieldIssue } from './errors.js';
import { xmlInvalidCharacter } from './export-cells.js';

/** Deeper than any contract nests; 400 beyond it. */
export const MAX_DEPTH = 32;

// What the exports replace is what the edge refuses: one definition of XML 1.0's forbidden characters.
const forbidden = xmlInvalidCharacter;

/** Whether the string holds a character XML 1.0 forbids (NUL and lone surrogates included). */
export function hasForbiddenCharacter(s: string): boolean {
  return forbidden.test(s);
}

function describe(s: string): string {
  const m = forbidden.exec(s);
  const code = m ? (m[0].codePointAt(0) ?? 0) : 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first offending value under `root`, as a path and a message; undefined when clean.
 * Iterative, so a hostile nesting depth cannot overflow the stack before the limit applies.
 */
export function findBadInput(root: unknown, basePath: (string | number)[]): FieldIssue | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: basePath }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value === 'string') {
      if (hasForbiddenCharacter(value)) {
        return {
          path,
          message: `Contains a character that is not allowed (${describe(value)}): control characters, NUL, lone surrogates, U+FFFE and U+FFFF`,
          code: 'invalid_character',
        };
      }
      continue;
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (path.length - basePath.length >= MAX_DEPTH) {
      return { path, message: `Nested deeper than ${MAX_DEPTH} levels`, code: 'too_deep' };
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (hasForbiddenCharacter(key)) {
        return {
          path: [...path, key],
          message: 'Field name contains a forbidden character',
          code: 'invalid_character',
        };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}

/** preValidation hook: params, query and body of every request, before zod sees them. */
export async function inputGuard(req: FastifyRequest): Promise<void> {
  // The multipart parser throws a bare error (a 500) for a form without a boundary when the route reads it.
  const type = req.headers['content-type'] ?? '';
  if (/^multipart\/form-data/i.test(type) && !/;\s*boundary=/i.test(type)) {
    throw new DomainError('unsupported_media_type', 'multipart/form-data needs a boundary parameter');
  }
  for (const [context, value] of [
    ['params', req.params],
    ['querystring', req.query],
    ['body', req.body],
  ] as const) {
    const issue = findBadInput(value, [context]);
    if (issue) throw new DomainError('validation', issue.message, { issues: [issue] });
  }
}
