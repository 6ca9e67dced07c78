/**
 * SQL for approval requests and decisions. Requests carry their subject's
 * customer; lists apply the customers module's scope condition to it, so a
 * request about a customer outside the caller's scope is never listed.
 */
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { approvalDecisionRows, approvalRequests } from '../../db/schema/approvals.js';
import { customers } from '../../db/schema/customers.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import { customerScopeCondition } from '../customers/index.js';
import type { ApprovalListQuery } from './approvals.schema.js';

export type ApprovalRow = typeof approvalRequests.$inferSelect;
export type DecisionRow = typeof approvalDecisionRows.$inferSelect;

const visibleCustomer = (actor: Actor): SQL =>
  sql`(${approvalRequests.customerId} is null or exists (select 1 from ${customers} where ${customers.id} = ${approvalRequests.customerId} and ${customerScopeCondition(actor)}))`;

export async function listRequests(
  db: DbOrTx,
  actor: Actor,
  kinds: string[],
  q: ApprovalListQuery,
  cursor: CursorValue | undefined,
): Promise<ApprovalRow[]> {
  if (!kinds.length) return [];
  const conds: SQL[] = [inArray(approvalRequests.kind, kinds), visibleCustomer(actor)];
  if (q.mine) {
    conds.push(
      eq(approvalRequests.status, 'pending'),
      sql`${approvalRequests.steps}[${approvalRequests.currentStep} + 1] = ${actor.roleKey}`,
    );
  }
  if (q.status) conds.push(eq(approvalRequests.status, q.status));
  if (q.kind) conds.push(eq(approvalRequests.kind, q.kind));
  if (q.subjectId) conds.push(eq(approvalRequests.subjectId, q.subjectId));
  if (cursor) {
    conds.push(
      sql`(${approvalRequests.createdAt}, ${approvalRequests.id}) < (${String(cursor.v)}::timestamptz, ${cursor.id})`,
    );
  }
  return db
    .select()
    .from(approvalRequests)
    .where(and(...conds))
    .orderBy(desc(approvalRequests.createdAt), desc(approvalRequests.id))
    .limit(q.limit + 1);
}

export async function findRequest(db: DbOrTx, id: string): Promise<ApprovalRow | undefined> {
  const rows = await db.select().from(approvalRequests).where(eq(approvalRequests.id, id)).limit(1);
  return rows[0];
}

export async function lockRequest(db: DbOrTx, id: string): Promise<ApprovalRow | undefined> {
  const rows = await db
    .select()
    .from(approvalRequests)
    .where(eq(approvalRequests.id, id))
    .for('update')
    .limit(1);
  return rows[0];
}

export async function insertRequest(db: DbOrTx, values: typeof approvalRequests.$inferInsert) {
  const [row] = await db.insert(approvalRequests).values(values).returning();
  return row!;
}

export async function updateRequest(
  db: DbOrTx,
  id: string,
  values: Partial<typeof approvalRequests.$inferInsert>,
): Promise<ApprovalRow> {
  const [row] = await db.update(approvalRequests).set(values).where(eq(approvalRequests.id, id)).returning();
  return row!;
}

export async function insertDecision(db: DbOrTx, values: typeof approvalDecisionRows.$inferInsert) {
  const [row] = await db.insert(approvalDecisionRows).values(values).returning();
  return row!;
}

export async function decisionsOf(db: DbOrTx, requestIds: string[]): Promise<DecisionRow[]> {
  if (!requestIds.length) return [];
  return db
    .select()
    .from(approvalDecisionRows)
    .where(inArray(approvalDecisionRows.requestId, requestIds))
    .orderBy(asc(approvalDecisionRows.at), asc(approvalDecisionRows.step));
}

export async function findLatestForSubject(db: DbOrTx, subjectId: string): Promise<ApprovalRow | undefined> {
  const rows = await db
    .select()
    .from(approvalRequests)
    .where(eq(approvalRequests.subjectId, subjectId))
    // A pending request first: at most one is pending per subject, and it is the one that matters.
    .orderBy(
      desc(sql`${approvalRequests.status} = 'pending'`),
      desc(approvalRequests.createdAt),
      desc(approvalRequests.id),
    )
    .limit(1);
  return rows[0];
}
