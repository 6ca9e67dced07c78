/**
 * Streams a table as CSV (with a UTF-8 BOM, so Excel shows Chinese) or .xlsx.
 * Rows arrive in batches from an async source (keyset pages), so an export
 * of any size holds one batch in memory. The caller checks access first:
 * nothing here knows who asks. Every cell, header and sheet name goes through
 * export-cells.ts: formula-safe in CSV, XML-safe in .xlsx.
 */
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { safeCsvCell, safeXlsxCell, xmlSafe } from './export-cells.js';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  fileName: string;
  contentType: string;
  stream: Readable;
}

export interface TableExport {
  format: ExportFormat;
  /** File name without extension, e.g. `customers-20261122`. */
  baseName: string;
  /** The worksheet name of the .xlsx. */
  sheetName: string;
  header: string[];
  batches: () => AsyncIterable<unknown[][]>;
}

const csvRows = (rows: unknown[][]) => stringify(rows.map((row) => row.map(safeCsvCell)));
const xlsxRow = (row: unknown[]) => row.map(safeXlsxCell);

export function exportTable(t: TableExport): ExportFile {
  if (t.format === 'csv') {
    async function* csv() {
      yield `\uFEFF${csvRows([t.header])}`;
      for await (const batch of t.batches()) yield csvRows(batch);
    }
    return {
      fileName: `${t.baseName}.csv`,
      contentType: 'text/csv; charset=utf-8',
      stream: Readable.from(csv()),
    };
  }
  const out = new PassThrough();
  const fill = async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = wb.addWorksheet(xmlSafe(t.sheetName));
    sheet.addRow(xlsxRow(t.header)).commit();
    for await (const batch of t.batches()) {
      for (const row of batch) sheet.addRow(xlsxRow(row)).commit();
    }
    sheet.commit();
    await wb.commit();
  };
  // An error mid-stream ends the download with an error instead of a truncated file that looks complete.
  fill().catch((err) => out.destroy(err as Error));
  return {
    fileName: `${t.baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    stream: out,
  };
}

/** The date part of export file names (UTC day of `now`), e.g. 20261122. */
export const exportDay = (now: Date) => now.toISOString().slice(0, 10).replace(/-/g, '');
