/**
 * Customer export: the whole filtered list (same filters and sort as the
 * list), read in keyset batches and streamed as CSV (with a UTF-8 BOM so
 * Excel shows Chinese) or .xlsx. Columns are the import headers, so an
 * export can be edited and imported again.
 */
import { asc, inArray } from 'drizzle-orm';
import { contacts } from '../../db/schema/customers.js';
import type { Actor } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import type { CursorValue } from '../../platform/pagination.js';
import { type ExportFile, type ExportFormat, exportDay, exportTable } from '../../platform/table-export.js';
import { chineseHeader } from './customers.import-file.js';
import { requireCustomerAccess } from './customers.policy.js';
import * as repo from './customers.repo.js';
import type { CustomerFilter } from './customers.schema.js';
import { INDUSTRIES } from './reference/industries.js';

const BATCH = 1000;

const header = [
  chineseHeader.name,
  chineseHeader.creditCode,
  chineseHeader.industry,
  chineseHeader.scale,
  chineseHeader.region,
  chineseHeader.address,
  chineseHeader.source,
  chineseHeader.stage,
  chineseHeader.tier,
  chineseHeader.tags,
  chineseHeader.notes,
  chineseHeader.owner,
  '团队',
  chineseHeader.contactName,
  chineseHeader.contactPhone,
  chineseHeader.contactEmail,
  '创建时间',
];

/** Rows of the export, batch by batch, in keyset order. */
async function* exportRows(deps: Deps, actor: Actor, filter: CustomerFilter): AsyncGenerator<string[][]> {
  let cursor: CursorValue | undefined;
  for (;;) {
    const rows = await repo.listCustomers(deps.db, actor, filter, { cursor, limit: BATCH });
    const page = rows.slice(0, BATCH);
    if (page.length === 0) return;
    // The first contact of each customer goes into the contact columns.
    const people = await deps.db
      .select()
      .from(contacts)
      .where(
        inArray(
          contacts.customerId,
          page.map((r) => r.id),
        ),
      )
      .orderBy(asc(contacts.createdAt), asc(contacts.id));
    const first = new Map<string, (typeof people)[number]>();
    for (const p of people) if (!first.has(p.customerId)) first.set(p.customerId, p);
    yield page.map((r) => {
      const c = first.get(r.id);
      return [
        r.name,
        r.creditCode ?? '',
        // The section's name, so an export imports again to the same code.
        (r.industryCode ? INDUSTRIES.find((i) => i.code === r.industryCode)?.nameZh : r.industry) ?? '',
        r.scale ?? '',
        r.region ?? '',
        r.address ?? '',
        r.source ?? '',
        r.stage,
        r.tier,
        (r.tags ?? []).join(';'),
        r.notes ?? '',
        r.ownerUsername ?? '',
        r.teamName ?? '',
        c?.name ?? '',
        c?.phones.join(';') ?? '',
        c?.email ?? '',
        r.createdAt.toISOString(),
      ];
    });
    if (rows.length <= BATCH) return;
    cursor = repo.cursorOf(page.at(-1)!, filter.sort);
  }
}

/** Starts an export; the permission is checked before anything is streamed. */
export function exportCustomers(
  deps: Deps,
  actor: Actor,
  q: CustomerFilter & { format: ExportFormat },
): ExportFile {
  requireCustomerAccess(actor, 'export');
  const { format, ...filter } = q;
  return exportTable({
    format,
    baseName: `customers-${exportDay(deps.clock.now())}`,
    sheetName: '客户',
    header,
    batches: () => exportRows(deps, actor, filter),
  });
}
