/**
 * Every CSV the web app writes (e.g. the request import template) goes
 * through toCsv, so no cell is run as a formula by Excel or WPS. The rule is
 * the server's (apps/server/src/platform/export-cells.ts, OWASP's CSV
 * injection advice); a test keeps the two in step. No DOM here, so the
 * server's tests can import it.
 */

const formulaStart = /^[=+\-@\t\r]/;

// Not in XML 1.0's Char (the server's xmlSafe): replaced by U+FFFD, as the server's CSV cells are.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** A cell that begins with = + - @ tab or CR gets a leading single quote, so it is shown as text. */
export const csvSafe = (field: string) => {
  const text = field.replace(xmlInvalid, '\uFFFD');
  return formulaStart.test(text) ? `'${text}` : text;
};

const needsQuotes = /[",\r\n]/;

/** CSV text of records: formula-safe cells, CRLF line ends, fields quoted when needed. */
export const toCsv = (records: string[][]) =>
  records
    .map((r) =>
      r
        .map(csvSafe)
        .map((f) => (needsQuotes.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
        .join(','),
    )
    .join('\r\n');
