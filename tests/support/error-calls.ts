/**
 * Finds the places in the server's source that raise an error with a message a person may read
 * (`new DomainError(`, `invalid(`, `invalidState(`, `conflict(`, `forbidden(`) and tells whether each carries a
 * message code. Calls are cut out by matching brackets (strings and template literals skipped), so a call
 * spread over several lines reads as one. Used by tests/server/error-codes.test.ts and message-codes.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const serverSrc = path.resolve(import.meta.dirname, '../../apps/server/src');

export function serverSourceFiles(dir = serverSrc): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return name === 'seed' || name === 'migrations' ? [] : serverSourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

export type ErrorCallee = 'new DomainError' | 'invalid' | 'invalidState' | 'conflict' | 'forbidden';

export interface ErrorCall {
  file: string;
  line: number;
  callee: ErrorCallee;
  /** The top-level arguments as written. */
  args: string[];
  /** The whole call as written, `callee(` to `)`. */
  text: string;
}

const CALL = /(?<![\w.])(new DomainError|invalidState|invalid|conflict|forbidden)\(/g;

/** The top-level arguments from just after `(` up to the matching `)`; `end` is that `)`'s index. */
function splitArgs(text: string, start: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | null = null;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      current += c;
      if (c === '\\') current += text[++i] ?? '';
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim()) args.push(current.trim());
  return { args, end: i };
}

/** Every error-raising call in `text` (a `function invalid(` definition is skipped). */
export function errorCallsIn(text: string, file = '<text>'): ErrorCall[] {
  const calls: ErrorCall[] = [];
  for (const m of text.matchAll(CALL)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/function\s+$/.test(before)) continue;
    const { args, end } = splitArgs(text, m.index + m[0].length);
    const callee = m[1] as ErrorCallee;
    calls.push({
      file,
      line: text.slice(0, m.index).split('\n').length,
      callee,
      args,
      text: text.slice(m.index, end + 1),
    });
  }
  return calls;
}

/** String and template literal contents blanked, so a `{` or `message` inside a text does not count. */
const blankStrings = (s: string) => s.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");

/**
 * Whether the call carries a message code: invalid(path, message, code), invalidState/conflict(message,
 * details, code), forbidden(message, code) or forbidden() (the generic text), new DomainError with a
 * `detailCode`, or one with field issues that each name their `code`.
 */
export function hasCode(call: ErrorCall): boolean {
  const n = call.args.length;
  switch (call.callee) {
    case 'invalid':
    case 'invalidState':
    case 'conflict':
      return n >= 3 && call.args[2] !== 'undefined';
    case 'forbidden':
      return n === 0 || n >= 2;
    case 'new DomainError': {
      // texts blanked, comments and the params objects of issues dropped
      const opts = blankStrings(call.args.slice(2).join(','))
        .replace(/\/\/.*$/gm, '')
        .replace(/\bparams:\s*\{[^{}]*\}/g, '');
      if (/\bdetailCode\b/.test(opts)) return true;
      if (!/\bissues\b/.test(opts)) return false;
      // Innermost objects that are field issues (they have a message) must name their code; the form shows
      // them at their fields, the generic category text says the rest.
      const issueObjects = [...opts.matchAll(/\{[^{}]*\}/g)]
        .map((o) => o[0])
        .filter((o) => /\bmessage\b/.test(o));
      return issueObjects.every((o) => /\bcode\b/.test(o));
    }
  }
}

/** A string literal argument's value (the code of a helper call), or undefined. */
export const literal = (arg: string | undefined) => /^'([a-z_]+)'$/.exec(arg ?? '')?.[1];

/** The message code a helper call passes positionally (invalid's third argument, forbidden's second, ...). */
export function positionalCode(call: ErrorCall): string | undefined {
  if (call.callee === 'forbidden') return literal(call.args[1]);
  if (call.callee === 'new DomainError') return undefined;
  return literal(call.args[2]);
}

export function serverErrorCalls(): ErrorCall[] {
  return serverSourceFiles().flatMap((f) =>
    errorCallsIn(readFileSync(f, 'utf8'), path.relative(serverSrc, f).split(path.sep).join('/')),
  );
}
