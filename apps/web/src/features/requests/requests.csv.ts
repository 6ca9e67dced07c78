/**
 * The historical import file, read in the browser: an RFC 4180 CSV parser,
 * the column mapping (English keys or Chinese headers), value lookups that
 * accept the keys and the labels people see in the app, and date-times that
 * mean Shanghai time when they carry no offset. Rows that cannot be turned
 * into the API's row shape are reported here and never sent, so the server's
 * per-row report only has to explain business problems (unknown customer,
 * times out of order, a number already in use).
 */
import { toCsv } from '../../lib/csv';
import { entitlementsI18n } from '../entitlements/i18n';
import { en } from './i18n.en';
import { zhCN } from './i18n.zh-CN';
import { channels, severities } from './requests.types';

/** Records of a CSV text: quoted fields, "" inside quotes, CRLF/LF/CR line ends, a UTF-8 BOM dropped. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && src[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  // Blank lines (often a trailing one, or spreadsheet padding) are not rows.
  return records.filter((r) => r.some((f) => f.trim() !== ''));
}

/** The import columns in template order, with their Chinese headers. */
export const importColumns = [
  ['customerName', '客户名称'],
  ['customerId', '客户ID'],
  ['number', '编号'],
  ['subject', '主题'],
  ['description', '描述'],
  ['severity', '严重级别'],
  ['category', '类别'],
  ['channel', '渠道'],
  ['receivedAt', '受理时间'],
  ['firstResponseAt', '首次响应时间'],
  ['resolvedAt', '解决时间'],
  ['closedAt', '关闭时间'],
  ['tags', '标签'],
] as const;
export type ImportColumn = (typeof importColumns)[number][0];

const categories = Object.keys(entitlementsI18n.en.entitlements.category);

/** key → key, plus every label of both languages (case-insensitive) → key. */
function lookup(keys: readonly string[], ...labels: Record<string, string>[]) {
  const map = new Map<string, string>();
  for (const k of keys) map.set(k.toLowerCase(), k);
  for (const l of labels) for (const [k, v] of Object.entries(l)) map.set(v.toLowerCase(), k);
  return (value: string) => map.get(value.trim().toLowerCase());
}
const severityOf = lookup(severities, zhCN.requests.severity, en.requests.severity);
const categoryOf = lookup(
  categories,
  entitlementsI18n['zh-CN'].entitlements.category,
  entitlementsI18n.en.entitlements.category,
);
const channelOf = lookup(channels, zhCN.requests.channel, en.requests.channel);

const headerOf = new Map<string, ImportColumn>(
  importColumns.flatMap(([key, zh]) => [
    [key.toLowerCase(), key],
    [zh, key],
  ]),
);

const localDateTime =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An instant from `2026-03-02 10:00`, `2026/3/2 10:00:30`, `2026-03-02T10:00:00Z`
 * or `…+09:00`. Without an offset it is Shanghai wall-clock time (+08:00, no DST):
 * the old systems we migrate from kept local times. Null when it is not a real date.
 */
export function parseInstant(value: string): string | null {
  const m = localDateTime.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = m;
  const num = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(num[0], num[1] - 1, num[2], num[3], num[4], num[5], Number(ms.padEnd(3, '0')));
  const check = new Date(wall);
  // Date.UTC rolls 2026-02-30 over into March; a date that does not survive the round trip is not real.
  if (check.getUTCMonth() !== num[1] - 1 || check.getUTCDate() !== num[2] || num[3] > 23 || num[5] > 59)
    return null;
  let offsetMinutes = 8 * 60;
  if (zone && zone.toUpperCase() === 'Z') offsetMinutes = 0;
  else if (zone) {
    const z = zone.replace(':', '');
    offsetMinutes = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  }
  return new Date(wall - offsetMinutes * 60_000).toISOString();
}

/** One row in the API's import shape (requests.import.ts importRow). */
export interface ImportRowInput {
  customerId?: string;
  customerName?: string;
  number?: string;
  subject: string;
  description?: string;
  severity: string;
  category: string;
  channel?: string;
  receivedAt: string;
  firstResponseAt?: string;
  resolvedAt?: string;
  closedAt?: string;
  tags?: string[];
}

/** A problem found in the browser; `code` names a string under requests.import.errors. */
export interface CellIssue {
  column: ImportColumn;
  code: 'required' | 'invalidValue' | 'invalidDate' | 'tooLong' | 'invalidId';
}

export interface ParsedRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  line: number;
  values: Partial<Record<ImportColumn, string>>;
  input: ImportRowInput | null;
  issues: CellIssue[];
}

export interface ParsedFile {
  rows: ParsedRow[];
  /** Headers that match no column (ignored, but said, since a typo would drop data silently). */
  unknownHeaders: string[];
  /** Columns the file must have and does not. */
  missingColumns: ImportColumn[];
}

const required: ImportColumn[] = ['subject', 'severity', 'category', 'receivedAt'];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const maxLength: Partial<Record<ImportColumn, number>> = {
  customerName: 200,
  number: 40,
  subject: 300,
  description: 20_000,
};

function toRow(line: number, values: Partial<Record<ImportColumn, string>>): ParsedRow {
  const issues: CellIssue[] = [];
  const v = (c: ImportColumn) => values[c]?.trim() ?? '';
  for (const c of required) if (!v(c)) issues.push({ column: c, code: 'required' });
  if (!v('customerId') && !v('customerName')) issues.push({ column: 'customerName', code: 'required' });
  for (const [c, max] of Object.entries(maxLength) as [ImportColumn, number][])
    if (v(c).length > max) issues.push({ column: c, code: 'tooLong' });
  if (v('customerId') && !uuid.test(v('customerId')))
    issues.push({ column: 'customerId', code: 'invalidId' });
  const pick = (c: ImportColumn, of: (s: string) => string | undefined) => {
    const key = v(c) ? of(v(c)) : undefined;
    if (v(c) && !key) issues.push({ column: c, code: 'invalidValue' });
    return key;
  };
  const severity = pick('severity', severityOf);
  const category = pick('category', categoryOf);
  const channel = pick('channel', channelOf);
  const when = (c: ImportColumn) => {
    if (!v(c)) return undefined;
    const at = parseInstant(v(c));
    if (!at) issues.push({ column: c, code: 'invalidDate' });
    return at ?? undefined;
  };
  const receivedAt = when('receivedAt');
  const firstResponseAt = when('firstResponseAt');
  const resolvedAt = when('resolvedAt');
  const closedAt = when('closedAt');
  const tags = v('tags')
    .split(/[;；，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (tags.length > 30 || tags.some((s) => s.length > 40)) issues.push({ column: 'tags', code: 'tooLong' });
  const unique = issues.filter(
    (a, i) => issues.findIndex((b) => b.column === a.column && b.code === a.code) === i,
  );
  if (unique.length) return { line, values, input: null, issues: unique };
  const optional = (c: ImportColumn) => (v(c) ? { [c]: v(c) } : {});
  return {
    line,
    values,
    issues: [],
    input: {
      ...optional('customerId'),
      ...(v('customerId') ? {} : optional('customerName')),
      ...optional('number'),
      ...optional('description'),
      subject: v('subject'),
      severity: severity!,
      category: category!,
      ...(channel ? { channel } : {}),
      receivedAt: receivedAt!,
      ...(firstResponseAt ? { firstResponseAt } : {}),
      ...(resolvedAt ? { resolvedAt } : {}),
      ...(closedAt ? { closedAt } : {}),
      tags,
    },
  };
}

/** The rows of an import file, each either ready for the API or with its problems. */
export function readImportFile(text: string): ParsedFile {
  const [header = [], ...records] = parseCsv(text);
  const columns = header.map((h) => headerOf.get(h.trim()) ?? headerOf.get(h.trim().toLowerCase()));
  const unknownHeaders = header.filter((h, i) => h.trim() && !columns[i]).map((h) => h.trim());
  const present = new Set(columns.filter(Boolean));
  const missingColumns = required.filter((c) => !present.has(c));
  if (!present.has('customerId') && !present.has('customerName')) missingColumns.unshift('customerName');
  const rows = records.map((record, i) => {
    const values: Partial<Record<ImportColumn, string>> = {};
    for (const [j, c] of columns.entries()) if (c && record[j] !== undefined) values[c] = record[j];
    return toRow(i + 2, values);
  });
  return { rows, unknownHeaders, missingColumns };
}

/** The template: Chinese headers and two example rows (one answered late, one on time). */
export function importTemplate(): string {
  return `\ufeff${toCsv([
    importColumns.map(([, zh]) => zh),
    [
      '示例客户有限公司',
      '',
      'OLD-2025-0001',
      '月结报表导出超时',
      '旧系统迁移的历史请求',
      'L2',
      '故障',
      '电话',
      '2025-11-03 09:30',
      '2025-11-03 15:00',
      '2025-11-05 17:00',
      '2025-11-06 10:00',
      '迁移;报表',
    ],
    [
      '示例客户有限公司',
      '',
      'OLD-2025-0002',
      '如何配置审批流',
      '',
      'L4',
      '功能咨询',
      '邮件',
      '2025-11-10 10:00',
      '2025-11-10 10:20',
      '2025-11-10 16:00',
      '',
      '迁移',
    ],
  ])}\r\n`;
}
