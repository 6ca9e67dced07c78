/**
 * The two rules every cell of a file we hand out passes through, so data
 * typed by one user cannot hurt another who opens the export:
 *
 * - safeCsvCell: a CSV cell beginning with = + - @ tab or CR is run as a
 *   formula by Excel and WPS (`=HYPERLINK(...)` exfiltrates, `=cmd|...` runs
 *   programs). OWASP's rule: prefix such a text with a single quote so it is
 *   shown as text.
 * - xmlSafe: an .xlsx is XML, and one character outside XML 1.0's Char
 *   production (a C0 control other than tab/LF/CR, U+FFFE, U+FFFF, a lone
 *   surrogate) makes the whole workbook unreadable. Input is refused at the
 *   edge, but rows stored or imported before that must still export, so the
 *   output replaces them with U+FFFD.
 *
 * The web app has the same CSV rule in apps/web/src/lib/csv.ts; a test keeps
 * the two in step.
 */

const formulaStart = /^[=+\-@\t\r]/;

/**
 * A CSV cell that no spreadsheet runs as a formula. Only text is prefixed:
 * a real number (`-2` of type number) is data, the string `-1+1` is not.
 * Text is also made XML-safe: a control character stored before input was
 * guarded would otherwise make the file's own re-import refuse it, and a NUL
 * cuts the cell short in some spreadsheet programs.
 */
export function safeCsvCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = xmlSafe(value);
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * A cell read back from a CSV: the quote safeCsvCell added is dropped again, so
 * an export can be edited and imported without `'+86 …` phones or `'-` names.
 * Spreadsheets treat that leading quote as "this is text" in the same way.
 */
export function fromCsvCell(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * One character not in XML 1.0's Char: C0 controls except tab, LF, CR; U+FFFE/U+FFFF; surrogates without
 * their pair (with the u flag a proper pair is read as one code point above U+FFFF, so only lone halves
 * match). The edge guard refuses input by the same pattern (input-guard.ts).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const xmlInvalidCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const xmlInvalid = new RegExp(xmlInvalidCharacter.source, 'gu');

/** Text with every character XML 1.0 cannot carry replaced by U+FFFD (so a reader sees something was there). */
export function xmlSafe(text: string): string {
  return text.replace(xmlInvalid, '\uFFFD');
}

/** An .xlsx cell value: text made XML-safe, other values (numbers, dates, booleans, null) unchanged. */
export function safeXlsxCell(value: unknown): unknown {
  return typeof value === 'string' ? xmlSafe(value) : value;
}
