/** Reads of the audit log (writes go through platform/audit.ts inside each module's transaction). */
import { and, desc, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
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
  return db
    .select()
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
}
