/**
 * SQL for warranties. Every query an actor makes joins the warranty's
 * customer and applies the customers module's scope condition, so a warranty
 * of a customer outside the caller's scope behaves exactly like a missing one.
 */
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { customers } from '../../db/schema/customers.js';
import { deployments, products, warranties } from '../../db/schema/products.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import { customerScopeCondition } from '../customers/index.js';
import type { WarrantyListQuery } from './warranties.schema.js';
import { addDays } from './warranty-term.js';

export type WarrantyRow = typeof warranties.$inferSelect;

const columns = {
  warranty: warranties,
  customerName: customers.name,
  productId: products.id,
  productName: products.name,
  productCode: products.code,
  environment: deployments.environment,
};

const select = (db: DbOrTx) =>
  db
    .select(columns)
    .from(warranties)
    .innerJoin(deployments, eq(deployments.id, warranties.deploymentId))
    .innerJoin(products, eq(products.id, deployments.productId))
    .innerJoin(customers, eq(customers.id, warranties.customerId));

export type WarrantyListRow = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

/** Status as a SQL condition for a given Asia/Shanghai date. */
function statusCondition(status: 'not_started' | 'in_force' | 'expired', today: string): SQL {
  switch (status) {
    case 'not_started':
      return sql`${warranties.startDate} > ${today}`;
    case 'expired':
      return sql`${warranties.endDate} < ${today}`;
    case 'in_force':
      return and(lte(warranties.startDate, today), gte(warranties.endDate, today))!;
    default: {
      const never: never = status;
      throw new Error(`unknown status ${String(never)}`);
    }
  }
}

/** One keyset page ordered by end date (limit + 1 rows). */
export async function listWarranties(
  db: DbOrTx,
  actor: Actor,
  q: WarrantyListQuery,
  today: string,
  cursor: CursorValue | undefined,
): Promise<WarrantyListRow[]> {
  const conds: SQL[] = [customerScopeCondition(actor)];
  if (q.customerId) conds.push(eq(warranties.customerId, q.customerId));
  if (q.productId) conds.push(eq(deployments.productId, q.productId));
  if (q.status) conds.push(statusCondition(q.status, today));
  if (q.expiringWithinDays !== undefined) {
    conds.push(
      statusCondition('in_force', today),
      lte(warranties.endDate, addDays(today, q.expiringWithinDays)),
    );
  }
  const descending = q.sort === '-endDate';
  if (cursor) {
    conds.push(
      descending
        ? sql`(${warranties.endDate}, ${warranties.id}) < (${String(cursor.v)}, ${cursor.id})`
        : sql`(${warranties.endDate}, ${warranties.id}) > (${String(cursor.v)}, ${cursor.id})`,
    );
  }
  const dir = descending ? desc : asc;
  return select(db)
    .where(and(...conds))
    .orderBy(dir(warranties.endDate), dir(warranties.id))
    .limit(q.limit + 1);
}

/** The warranty of a deployment in the actor's scope. */
export async function findByDeployment(
  db: DbOrTx,
  actor: Actor,
  deploymentId: string,
): Promise<WarrantyListRow | undefined> {
  const rows = await select(db)
    .where(and(eq(warranties.deploymentId, deploymentId), customerScopeCondition(actor)))
    .limit(1);
  return rows[0];
}

/** Whether the deployment exists in the actor's scope (to tell "no warranty yet" from "no deployment"). */
export async function deploymentInScope(db: DbOrTx, actor: Actor, deploymentId: string) {
  const rows = await db
    .select({
      id: deployments.id,
      acceptanceDate: deployments.acceptanceDate,
      customerId: deployments.customerId,
    })
    .from(deployments)
    .innerJoin(customers, eq(customers.id, deployments.customerId))
    .where(and(eq(deployments.id, deploymentId), customerScopeCondition(actor)))
    .limit(1);
  return rows[0];
}

/** The raw warranty row of a deployment, locked for the rest of the transaction (no scope: callers checked it). */
export async function lockByDeployment(db: DbOrTx, deploymentId: string): Promise<WarrantyRow | undefined> {
  const rows = await db
    .select()
    .from(warranties)
    .where(eq(warranties.deploymentId, deploymentId))
    .for('update')
    .limit(1);
  return rows[0];
}

export async function insertWarranty(
  db: DbOrTx,
  values: typeof warranties.$inferInsert,
): Promise<WarrantyRow> {
  const [row] = await db.insert(warranties).values(values).returning();
  return row!;
}

export async function updateWarranty(
  db: DbOrTx,
  id: string,
  values: Partial<typeof warranties.$inferInsert>,
): Promise<WarrantyRow> {
  const [row] = await db.update(warranties).set(values).where(eq(warranties.id, id)).returning();
  return row!;
}

/** Warranties of a customer in force on a date, optionally of one deployment or product (no actor: internal). */
export async function inForceOn(
  db: DbOrTx,
  f: { customerId: string; deploymentId?: string | undefined; productId?: string | undefined; date: string },
): Promise<WarrantyListRow[]> {
  const conds: SQL[] = [
    eq(warranties.customerId, f.customerId),
    lte(warranties.startDate, f.date),
    gte(warranties.endDate, f.date),
  ];
  if (f.deploymentId) conds.push(eq(warranties.deploymentId, f.deploymentId));
  if (f.productId) conds.push(eq(deployments.productId, f.productId));
  return select(db)
    .where(and(...conds))
    .orderBy(asc(warranties.endDate), asc(warranties.id));
}
