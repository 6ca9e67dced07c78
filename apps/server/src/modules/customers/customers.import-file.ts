/**
 * Reads an uploaded customer file (CSV in UTF-8 or GB18030, or .xlsx) into
 * rows of named fields, and turns a row into the API's create body, so
 * imported rows are validated by exactly the same schema as the API.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  customerScales,
  customerSources,
  customerTiers,
  lifecycleStages,
} from '../../db/schema/customers.js';
import { DomainError } from '../../platform/errors.js';
import { fromCsvCell } from '../../platform/export-cells.js';
import { hasForbiddenCharacter } from '../../platform/input-guard.js';
import { mapIndustry } from './reference/industries.js';
import { mapRegion } from './reference/regions.js';

export const importFields = [
  'name',
  'creditCode',
  'industry',
  'scale',
  'region',
  'address',
  'source',
  'stage',
  'tier',
  'tags',
  'notes',
  'contactName',
  'contactPhone',
  'contactEmail',
  'owner',
] as const;
export type ImportField = (typeof importFields)[number];

/** Chinese header of each field (used by the export too, so an export can be re-imported). */
export const chineseHeader: Record<ImportField, string> = {
  name: '名称',
  creditCode: '统一社会信用代码',
  industry: '行业',
  scale: '规模',
  region: '地区',
  address: '地址',
  source: '来源',
  stage: '阶段',
  tier: '等级',
  tags: '标签',
  notes: '备注',
  contactName: '联系人',
  contactPhone: '联系电话',
  contactEmail: '联系人邮箱',
  owner: '负责人',
};

const headerAliases: Record<string, ImportField> = {
  客户名称: 'name',
  公司名称: 'name',
  信用代码: 'creditCode',
  所属行业: 'industry',
  企业规模: 'scale',
  区域: 'region',
  客户来源: 'source',
  客户阶段: 'stage',
  生命周期: 'stage',
  客户等级: 'tier',
  级别: 'tier',
  联系人姓名: 'contactName',
  电话: 'contactPhone',
  手机: 'contactPhone',
  邮箱: 'contactEmail',
  负责人账号: 'owner',
};

const headerKey = (h: string) =>
  h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*\-:：]+/g, '');

const headerToField = new Map<string, ImportField>([
  ...importFields.map((f) => [headerKey(f), f] as const),
  ...importFields.map((f) => [headerKey(chineseHeader[f]), f] as const),
  ...Object.entries(headerAliases).map(([h, f]) => [headerKey(h), f] as const),
]);

/** Chinese labels accepted for enum columns, besides the English values. */
const enumLabels: Partial<Record<ImportField, Record<string, string>>> = {
  stage: {
    线索: 'lead',
    潜在客户: 'prospect',
    成交客户: 'customer',
    战略伙伴: 'strategic_partner',
    流失: 'churned',
  },
  scale: {
    微型: 'micro',
    小型: 'small',
    中型: 'medium',
    大型: 'large',
    特大型: 'enterprise',
    集团: 'enterprise',
  },
  source: {
    推荐: 'referral',
    转介绍: 'referral',
    展会: 'exhibition',
    网站: 'web',
    官网: 'web',
    合作伙伴: 'partner',
    电话: 'cold_call',
    陌拜: 'cold_call',
    活动: 'event',
    其他: 'other',
  },
};
const enumValues: Partial<Record<ImportField, readonly string[]>> = {
  stage: lifecycleStages,
  scale: customerScales,
  source: customerSources,
  tier: customerTiers,
};

export interface FileRow {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  values: Partial<Record<ImportField, string>>;
}

export const MAX_IMPORT_ROWS = 100_000;

function decodeText(buf: Buffer): string {
  try {
    // fatal: a byte sequence that is not UTF-8 throws, and we retry as GB18030 (Excel's "CSV" on Chinese Windows).
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

async function readCells(buf: Buffer, fileName: string): Promise<{ row: number; cells: string[] }[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
    } catch {
      throw new DomainError('validation', 'The file is not a readable .xlsx workbook', {
        issues: [{ path: ['file'], message: 'Unreadable workbook', code: 'unreadable_file' }],
      });
    }
    const sheet = wb.worksheets[0];
    const out: { row: number; cells: string[] }[] = [];
    sheet?.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const values = r.values as ExcelJS.CellValue[];
      // exceljs rows are 1-based: values[0] is always empty.
      out.push({ row: rowNumber, cells: values.slice(1).map((v) => cellText(v).trim()) });
    });
    return out;
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    let records: string[][];
    try {
      records = parse(decodeText(buf), { relax_column_count: true, bom: true, skip_empty_lines: false });
    } catch (err) {
      throw new DomainError('validation', `The CSV file cannot be parsed: ${(err as Error).message}`, {
        issues: [{ path: ['file'], message: 'Malformed CSV', code: 'unreadable_file' }],
      });
    }
    return records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => fromCsvCell(c).trim()) }));
  }
  throw new DomainError('unsupported_media_type', 'Upload a .csv or .xlsx file', {
    detailCode: 'file_type_csv_xlsx',
    issues: [{ path: ['file'], message: 'Expected .csv or .xlsx', code: 'file_type_csv_xlsx' }],
  });
}

/** The data rows of the file with cells keyed by field; unknown columns are ignored. */
export async function readImportFile(buf: Buffer, fileName: string): Promise<FileRow[]> {
  const all = await readCells(buf, fileName);
  const header = all.find((r) => r.cells.some(Boolean));
  if (!header)
    throw new DomainError('validation', 'The file is empty', {
      issues: [{ path: ['file'], message: 'No header row', code: 'file_empty' }],
    });
  const columns = header.cells.map((h) => headerToField.get(headerKey(h)));
  if (!columns.includes('name')) {
    throw new DomainError('validation', 'The header row needs a 名称 / name column', {
      issues: [{ path: ['file', 'name'], message: 'Missing name column', code: 'missing_name_column' }],
    });
  }
  const rows: FileRow[] = [];
  for (const r of all) {
    // The edge guard cannot see inside a file: NUL, lone surrogates and other XML-invalid characters in a
    // cell would reach PostgreSQL (a 500) or a later XLSX export, so the file is refused at the first one.
    const bad = r.cells.findIndex(hasForbiddenCharacter);
    if (bad >= 0) {
      throw new DomainError(
        'validation',
        `Row ${r.row} has a control or invalid character in column ${bad + 1}`,
        {
          issues: [
            { path: ['file', r.row, bad + 1], message: 'Invalid character', code: 'invalid_character' },
          ],
        },
      );
    }
    if (r.row <= header.row || !r.cells.some(Boolean)) continue;
    const values: FileRow['values'] = {};
    columns.forEach((field, i) => {
      const v = r.cells[i];
      if (field && v) values[field] = v;
    });
    rows.push({ row: r.row, values });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new DomainError('payload_too_large', `At most ${MAX_IMPORT_ROWS} rows can be imported at once`, {
      detailCode: 'import_too_many_rows',
      params: { max: MAX_IMPORT_ROWS },
    });
  }
  return rows;
}

function enumValue(field: ImportField, raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const label = enumLabels[field]?.[raw];
  if (label) return label;
  const allowed = enumValues[field] ?? [];
  return allowed.find((v) => v.toLowerCase() === raw.toLowerCase()) ?? raw;
}

const splitList = (s: string | undefined) =>
  (s ?? '')
    .split(/[;,；，、]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Region and industry as typed in a file, mapped to codes ("北京市海淀区" →
 * 110108, "制造业" → C). A value that maps to nothing is listed in `unmapped`
 * and kept as free text, so the row still imports and nothing typed is lost.
 */
export function mapCodedValues(v: FileRow['values']) {
  const regionCode = v.region ? mapRegion(v.region) : undefined;
  const industryCode = v.industry ? mapIndustry(v.industry) : undefined;
  const unmapped: { field: 'region' | 'industry'; value: string }[] = [];
  if (v.region && !regionCode) unmapped.push({ field: 'region', value: v.region });
  if (v.industry && !industryCode) unmapped.push({ field: 'industry', value: v.industry });
  return {
    regionCode: regionCode ?? null,
    industryCode: industryCode ?? null,
    freeText: {
      region: v.region && !regionCode ? v.region.slice(0, 100) : null,
      industry: v.industry && !industryCode ? v.industry.slice(0, 100) : null,
    },
    unmapped,
  };
}

/** The create body a row stands for (unvalidated; the API schema validates it). */
export function rowToCreateBody(v: FileRow['values']): Record<string, unknown> {
  const hasContact = v.contactName || v.contactPhone || v.contactEmail;
  const coded = mapCodedValues(v);
  return {
    name: v.name ?? '',
    creditCode: v.creditCode,
    industryCode: coded.industryCode,
    scale: enumValue('scale', v.scale),
    regionCode: coded.regionCode,
    address: v.address,
    source: enumValue('source', v.source),
    stage: enumValue('stage', v.stage),
    tier: v.tier?.toUpperCase(),
    tags: splitList(v.tags),
    notes: v.notes,
    contacts: hasContact
      ? [
          {
            name: v.contactName ?? '',
            phones: splitList(v.contactPhone?.replace(/\//g, ';')),
            email: v.contactEmail,
          },
        ]
      : [],
  };
}

/** Maps a zod issue path of the create body back to the column the person sees. */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  if (path[0] === 'contacts') {
    const inner = path[2];
    return inner === 'phones' ? 'contactPhone' : inner === 'email' ? 'contactEmail' : 'contactName';
  }
  const field = String(path[0] ?? 'row');
  return field === 'regionCode' ? 'region' : field === 'industryCode' ? 'industry' : field;
}
