/**
 * SQL for renewal tasks as people see them: joined to the contract and its
 * customer and filtered by the contracts scope condition, so a task of an
 * invisible contract behaves like a missing one.
 */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { contracts, renewalTasks } from '../../db/schema/contracts.js';
import { customers } from '../../db/schema/customers.js';
import { users } from '../../db/schema/identity.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import type { RenewalTaskListQuery } from './contracts.renewal-tasks.schema.js';
import { contractScope } from './contracts.repo.js';

export type RenewalTaskRow = typeof renewalTasks.$inferSelect;

const select = (db: DbOrTx) =>
  db
    .select({
      task: renewalTasks,
      contractNumber: contracts.number,
      contractTitle: contracts.title,
      contractState: contracts.state,
      customerName: customers.name,
      ownerName: users.displayName,
    })
    .from(renewalTasks)
    .innerJoin(contracts, eq(contracts.id, renewalTasks.contractId))
    .innerJoin(customers, eq(customers.id, contracts.customerId))
    .leftJoin(users, eq(users.id, renewalTasks.ownerId));

export type RenewalTaskListRow = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

/**
 * Renewal evaluations are internal (notes about negotiations): customer
 * contacts, who may read their contracts in force, see none of them.
 */
function taskScope(actor: Actor): SQL {
  return actor.scope === 'organisation' ? sql`false` : contractScope(actor);
}

/** Tasks in scope, soonest end first (keyset on end date, id). */
export async function listRenewalTasks(
  db: DbOrTx,
  actor: Actor,
  q: RenewalTaskListQuery,
  cursor: CursorValue | undefined,
): Promise<RenewalTaskListRow[]> {
  const conds: SQL[] = [taskScope(actor)];
  if (q.status) conds.push(eq(renewalTasks.status, q.status));
  if (q.ownerId) conds.push(eq(renewalTasks.ownerId, q.ownerId));
  if (cursor)
    conds.push(sql`(${renewalTasks.endDate}, ${renewalTasks.id}) > (${String(cursor.v)}, ${cursor.id})`);
  return select(db)
    .where(and(...conds))
    .orderBy(asc(renewalTasks.endDate), asc(renewalTasks.id))
    .limit(q.limit + 1);
}

export async function findRenewalTask(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<RenewalTaskListRow | undefined> {
  const rows = await select(db)
    .where(and(eq(renewalTasks.id, id), taskScope(actor)))
    .limit(1);
  return rows[0];
}

export async function lockRenewalTask(db: DbOrTx, id: string): Promise<RenewalTaskRow | undefined> {
  const rows = await db.select().from(renewalTasks).where(eq(renewalTasks.id, id)).for('update').limit(1);
  return rows[0];
}

export async function updateRenewalTask(
  db: DbOrTx,
  id: string,
  values: Partial<typeof renewalTasks.$inferInsert>,
): Promise<RenewalTaskRow> {
  const [row] = await db.update(renewalTasks).set(values).where(eq(renewalTasks.id, id)).returning();
  return row!;
}
