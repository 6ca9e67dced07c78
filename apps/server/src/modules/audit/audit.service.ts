/** Browsing the audit log (admins and roles with audit:read). Customer timelines use `listAuditEntries` too. */
import { type Actor, requirePermission } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import { type AuditFilter, listAudit } from './audit.repo.js';
import type { AuditEntryView, ListAuditQuery } from './audit.schema.js';

/**
 * A page of audit entries, newest first. No access check: callers check
 * (browseAudit below; the customers module checks the customer is in scope).
 */
export async function listAuditEntries(
  deps: Deps,
  f: AuditFilter,
  cursor: string | undefined,
  limit: number,
): Promise<Page<AuditEntryView>> {
  const after = decodeCursor(cursor);
  const rows = await listAudit(
    deps.db,
    f,
    after ? { at: String(after.v), id: Number(after.id) } : undefined,
    limit,
  );
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor({ v: last.at.toISOString(), id: String(last.id) }) : null,
  };
}

export async function browseAudit(
  deps: Deps,
  actor: Actor,
  q: ListAuditQuery,
): Promise<Page<AuditEntryView>> {
  requirePermission(actor, 'audit:read');
  const { cursor, limit, from, to, ...rest } = q;
  return listAuditEntries(
    deps,
    { ...rest, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
    cursor,
    limit,
  );
}
