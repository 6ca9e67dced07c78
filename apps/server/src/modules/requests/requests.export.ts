/**
 * Request export: the whole filtered list (same view, filters and sort as
 * the list), read in keyset batches and streamed as CSV (UTF-8 BOM, so Excel
 * shows Chinese) or .xlsx. Public fields only: internal notes never leave
 * the timeline.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import type { CursorValue } from '../../platform/pagination.js';
import { type ExportFile, type ExportFormat, exportDay, exportTable } from '../../platform/table-export.js';
import * as repo from './requests.repo.js';
import type { RequestFilter } from './requests.schema.js';

const BATCH = 1000;

const header = [
  '编号',
  '主题',
  '客户',
  '级别',
  '类别',
  '渠道',
  '状态',
  '权益',
  '团队',
  '处理人',
  '受理时间',
  '响应截止',
  '解决截止',
  '首次响应',
  '解决时间',
  '响应达标',
  '解决达标',
];

const iso = (d: Date | null) => (d ? d.toISOString() : '');
const yesNo = (b: boolean | null) => (b === null ? '' : b ? '是' : '否');

async function* exportRows(deps: Deps, actor: Actor, filter: RequestFilter): AsyncGenerator<string[][]> {
  let cursor: CursorValue | undefined;
  for (;;) {
    const rows = await repo.listRequests(deps.db, actor, filter, { cursor, limit: BATCH });
    const page = rows.slice(0, BATCH);
    if (page.length === 0) return;
    yield page.map((r) => [
      r.number,
      r.subject,
      r.customerName,
      r.severity,
      r.category,
      r.channel,
      r.state,
      r.coverage,
      r.teamName ?? '',
      r.assigneeName ?? '',
      iso(r.receivedAt),
      iso(r.responseDueAt),
      iso(r.resolutionDueAt),
      iso(r.firstResponseAt),
      iso(r.resolvedAt),
      yesNo(r.responseMet),
      yesNo(r.resolutionMet),
    ]);
    if (rows.length <= BATCH) return;
    cursor = repo.cursorOf(page.at(-1)!, filter.sort);
  }
}

/** Starts an export; the permission is checked before anything is streamed. */
export function exportRequests(
  deps: Deps,
  actor: Actor,
  q: RequestFilter & { format: ExportFormat },
): ExportFile {
  requirePermission(actor, 'requests:read');
  const { format, ...filter } = q;
  return exportTable({
    format,
    baseName: `requests-${exportDay(deps.clock.now())}`,
    sheetName: '服务请求',
    header,
    batches: () => exportRows(deps, actor, filter),
  });
}
