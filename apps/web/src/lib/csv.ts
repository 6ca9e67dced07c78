/**
 * Every CSV the web app writes (e.g. the request import template) goes
 * through toCsv, so no cell is run as a formula by Excel or WPS. The rule is
 * the server's (apps/server/src/platform/export-cells.ts, OWASP's CSV
 * injection advice); a test keeps the two in step. No DOM here, so the
 * server's tests can import it.
 */

const formulaStart = /^[=+\-@\t\r]/;

/** A cell that begins with = + - @ tab or CR gets a leading single quote, so it is shown as text. */
export const csvSafe = (field: string) => (formulaStart.test(field) ? `'${field}` : field);

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
