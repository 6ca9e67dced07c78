/**
 * Reads of the audit log (writes go through platform/audit.ts inside each module's transaction). The listing
 * reads other modules' tables by primary key, read-only, for the names a person reads instead of UUIDs.
 */
import { and, eq, getTableColumns, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema/audit.js';
import type { DbOrTx } from '../../platform/db.js';
import { likeEscape } from '../../platform/search.js';

export interface AuditFilter {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  customerId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export async function listAudit(
  db: DbOrTx,
  f: AuditFilter,
  after: { at: string; id: number } | undefined,
  limit: number,
) {
  const conds: SQL[] = [];
  if (f.actorId) conds.push(eq(auditLog.actorId, f.actorId));
  if (f.entityType) conds.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) conds.push(eq(auditLog.entityId, f.entityId));
  if (f.action) conds.push(like(auditLog.action, `${likeEscape(f.action)}%`));
  if (f.customerId) conds.push(eq(auditLog.customerId, f.customerId));
  if (f.from) conds.push(gte(auditLog.at, f.from));
  if (f.to) conds.push(lt(auditLog.at, f.to));
  if (after) conds.push(sql`(${auditLog.at}, ${auditLog.id}) < (${after.at}::timestamptz, ${after.id})`);
  return (
    db
      .select({ ...getTableColumns(auditLog), ...namesOf })
      .from(auditLog)
      .where(conds.length ? and(...conds) : undefined)
      // NULLS LAST as in audit_at_idx and audit_customer_idx, so PostgreSQL reads the newest entries from the index.
      .orderBy(sql`${auditLog.at} desc nulls last`, sql`${auditLog.id} desc nulls last`)
      .limit(limit + 1)
  );
}

const UUID = sql.raw(`'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);
/** The entity id as a uuid when it is one (a few entities are keyed otherwise), so lookups use primary keys. */
const uid = sql`(case when ${auditLog.entityId} ~ ${UUID} then ${auditLog.entityId}::uuid end)`;
const bigId = sql`(case when ${auditLog.entityId} ~ '^[0-9]{1,18}$' then ${auditLog.entityId}::bigint end)`;

/**
 * Who and what an entry is about, by name, resolved in SQL for one page of entries (a primary-key lookup
 * per row): the actor's current name (the stored one if the user is gone), the entity's name or number,
 * its English name where it has one (teams, roles), the key of a built-in (calendars, SLA policies, so the
 * reader sees it translated) and the parent record its page lives on (a request for a reply or time entry,
 * a contract for a document, change request or renewal task, a product for a version). The audit log
 * stays as written: names are read at display time, so a renamed customer shows its current name.
 */
const namesOf = {
  actorName: sql<
    string | null
  >`coalesce((select u.display_name from users u where u.id = ${auditLog.actorId}), ${auditLog.actorName})`,
  entityName: sql<string | null>`(case ${auditLog.entityType}
    when 'service_request' then (select r.number from service_requests r where r.id = ${uid})
    when 'contract' then (select c.number from contracts c where c.id = ${uid})
    when 'customer' then (select c.name from customers c where c.id = ${uid})
    when 'contact' then (select c.name from contacts c where c.id = ${uid})
    when 'user' then (select u.display_name from users u where u.id = ${uid})
    when 'role' then (select r.name_zh from roles r where r.id = ${uid})
    when 'team' then (select t.name_zh from teams t where t.id = ${uid})
    when 'team_queue' then (select t.name_zh from teams t where t.id = ${uid})
    when 'product' then (select p.name from products p where p.id = ${uid})
    when 'product_version' then (select p.name || ' ' || v.name from product_versions v join products p on p.id = v.product_id where v.id = ${uid})
    when 'deployment' then (select p.name from deployments d join products p on p.id = d.product_id where d.id = ${uid})
    when 'calendar' then (select c.name from calendars c where c.id = ${uid})
    when 'sla_policy' then (select p.name from sla_policies p where p.id = ${uid})
    when 'api_token' then (select t.name from api_tokens t where t.id = ${uid})
    when 'approval' then (select a.title from approval_requests a where a.id = ${uid})
    when 'saved_view' then (select v.name from saved_views v where v.id = ${uid})
    when 'contract_document' then (select d.file_name from contract_documents d where d.id = ${uid})
    when 'contract_change_request' then (select c.number from contract_change_requests x join contracts c on c.id = x.contract_id where x.id = ${uid})
    when 'renewal_task' then (select c.number from renewal_tasks x join contracts c on c.id = x.contract_id where x.id = ${uid})
    when 'request_timeline' then (select r.number from request_timeline x join service_requests r on r.id = x.request_id where x.id = ${bigId})
    when 'time_entry' then (select r.number from time_entries x join service_requests r on r.id = x.request_id where x.id = ${uid})
    when 'request_attachment' then (select r.number from request_attachments x join service_requests r on r.id = x.request_id where x.id = ${uid})
  end)`,
  entityNameEn: sql<string | null>`(case ${auditLog.entityType}
    when 'role' then (select r.name_en from roles r where r.id = ${uid})
    when 'team' then (select t.name_en from teams t where t.id = ${uid})
    when 'team_queue' then (select t.name_en from teams t where t.id = ${uid})
  end)`,
  entityKey: sql<string | null>`(case ${auditLog.entityType}
    when 'calendar' then (select c.builtin_key from calendars c where c.id = ${uid})
    when 'sla_policy' then (select p.builtin_key from sla_policies p where p.id = ${uid})
  end)`,
  parentId: sql<string | null>`(case ${auditLog.entityType}
    when 'request_timeline' then (select x.request_id::text from request_timeline x where x.id = ${bigId})
    when 'time_entry' then (select x.request_id::text from time_entries x where x.id = ${uid})
    when 'request_attachment' then (select x.request_id::text from request_attachments x where x.id = ${uid})
    when 'contract_document' then (select x.contract_id::text from contract_documents x where x.id = ${uid})
    when 'contract_change_request' then (select x.contract_id::text from contract_change_requests x where x.id = ${uid})
    when 'renewal_task' then (select x.contract_id::text from renewal_tasks x where x.id = ${uid})
    when 'product_version' then (select x.product_id::text from product_versions x where x.id = ${uid})
  end)`,
};
