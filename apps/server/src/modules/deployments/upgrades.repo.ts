/**
 * SQL for planned upgrades. Scoped like deployments: every query joins the
 * deployment's customer and applies the customers module's scope condition.
 */
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { customers } from '../../db/schema/customers.js';
import { deployments, plannedUpgrades, products, productVersions } from '../../db/schema/products.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import { customerScopeCondition } from '../customers/index.js';
import type { UpgradeListQuery } from './deployments.schema.js';

export type UpgradeRow = typeof plannedUpgrades.$inferSelect;

const current = alias(productVersions, 'current_version');
const target = alias(productVersions, 'target_version');

const select = (db: DbOrTx) =>
  db
    .select({
      upgrade: plannedUpgrades,
      customerId: deployments.customerId,
      customerName: customers.name,
      productId: deployments.productId,
      productName: products.name,
      environment: deployments.environment,
      currentVersionId: deployments.versionId,
      currentVersionName: current.name,
      targetVersionName: target.name,
    })
    .from(plannedUpgrades)
    .innerJoin(deployments, eq(deployments.id, plannedUpgrades.deploymentId))
    .innerJoin(customers, eq(customers.id, deployments.customerId))
    .innerJoin(products, eq(products.id, deployments.productId))
    .innerJoin(current, eq(current.id, deployments.versionId))
    .innerJoin(target, eq(target.id, plannedUpgrades.targetVersionId));

export type UpgradeListRow = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

/** Planned upgrades in scope by window start (limit + 1 rows); `deploymentId` narrows to one deployment. */
export async function listUpgrades(
  db: DbOrTx,
  actor: Actor,
  q: UpgradeListQuery & { deploymentId?: string },
  cursor: CursorValue | undefined,
): Promise<UpgradeListRow[]> {
  const conds: SQL[] = [customerScopeCondition(actor)];
  if (q.deploymentId) conds.push(eq(plannedUpgrades.deploymentId, q.deploymentId));
  if (q.customerId) conds.push(eq(deployments.customerId, q.customerId));
  if (q.status?.length) conds.push(inArray(plannedUpgrades.status, q.status));
  if (q.emergency !== undefined) conds.push(eq(plannedUpgrades.emergency, q.emergency));
  if (q.windowFrom) conds.push(gte(plannedUpgrades.windowStart, q.windowFrom));
  if (q.windowTo) conds.push(lt(plannedUpgrades.windowStart, q.windowTo));
  if (cursor) {
    conds.push(
      sql`(${plannedUpgrades.windowStart}, ${plannedUpgrades.id}) > (${new Date(String(cursor.v))}, ${cursor.id})`,
    );
  }
  return select(db)
    .where(and(...conds))
    .orderBy(asc(plannedUpgrades.windowStart), asc(plannedUpgrades.id))
    .limit(q.limit + 1);
}

export async function findUpgrade(db: DbOrTx, actor: Actor, id: string): Promise<UpgradeListRow | undefined> {
  const rows = await select(db)
    .where(and(eq(plannedUpgrades.id, id), customerScopeCondition(actor)))
    .limit(1);
  return rows[0];
}

/** The raw row in the actor's scope, locked for the rest of the transaction. */
export async function lockUpgrade(db: DbOrTx, actor: Actor, id: string): Promise<UpgradeRow | undefined> {
  const rows = await db
    .select({ upgrade: plannedUpgrades })
    .from(plannedUpgrades)
    .innerJoin(deployments, eq(deployments.id, plannedUpgrades.deploymentId))
    .innerJoin(customers, eq(customers.id, deployments.customerId))
    .where(and(eq(plannedUpgrades.id, id), customerScopeCondition(actor)))
    .for('update', { of: plannedUpgrades })
    .limit(1);
  return rows[0]?.upgrade;
}

export async function insertUpgrade(
  db: DbOrTx,
  values: typeof plannedUpgrades.$inferInsert,
): Promise<UpgradeRow> {
  const [row] = await db.insert(plannedUpgrades).values(values).returning();
  return row!;
}

export async function updateUpgrade(
  db: DbOrTx,
  id: string,
  values: Partial<typeof plannedUpgrades.$inferInsert>,
): Promise<UpgradeRow> {
  const [row] = await db.update(plannedUpgrades).set(values).where(eq(plannedUpgrades.id, id)).returning();
  return row!;
}
