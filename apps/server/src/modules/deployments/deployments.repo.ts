/**
 * SQL for deployments and their version history. Every query an actor makes
 * joins the deployment's customer and applies the customers module's scope
 * condition, so a deployment of a customer outside the caller's scope
 * behaves exactly like a missing one.
 */
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { customers } from '../../db/schema/customers.js';
import {
  deployments,
  deploymentVersions,
  products,
  productVersions,
  warranties,
} from '../../db/schema/products.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import { customerScopeCondition } from '../customers/index.js';
import type { DeploymentListQuery } from './deployments.schema.js';

export type DeploymentRow = typeof deployments.$inferSelect;

const columns = {
  deployment: deployments,
  customerName: customers.name,
  productName: products.name,
  productCode: products.code,
  critical: products.critical,
  versionName: productVersions.name,
  warrantyStart: warranties.startDate,
  warrantyEnd: warranties.endDate,
};

const select = (db: DbOrTx) =>
  db
    .select(columns)
    .from(deployments)
    .innerJoin(customers, eq(customers.id, deployments.customerId))
    .innerJoin(products, eq(products.id, deployments.productId))
    .innerJoin(productVersions, eq(productVersions.id, deployments.versionId))
    .leftJoin(warranties, eq(warranties.deploymentId, deployments.id));

export type DeploymentListRow = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

/** One keyset page by creation time (limit + 1 rows). */
export async function listDeployments(
  db: DbOrTx,
  actor: Actor,
  q: DeploymentListQuery,
  cursor: CursorValue | undefined,
): Promise<DeploymentListRow[]> {
  const conds: SQL[] = [customerScopeCondition(actor)];
  if (q.customerId) conds.push(eq(deployments.customerId, q.customerId));
  if (q.productId) conds.push(eq(deployments.productId, q.productId));
  if (q.versionId) conds.push(eq(deployments.versionId, q.versionId));
  if (q.environment) conds.push(eq(deployments.environment, q.environment));
  const descending = q.sort === '-createdAt';
  if (cursor) {
    const v = new Date(String(cursor.v));
    conds.push(
      descending
        ? sql`(${deployments.createdAt}, ${deployments.id}) < (${v}, ${cursor.id})`
        : sql`(${deployments.createdAt}, ${deployments.id}) > (${v}, ${cursor.id})`,
    );
  }
  const dir = descending ? desc : asc;
  return select(db)
    .where(and(...conds))
    .orderBy(dir(deployments.createdAt), dir(deployments.id))
    .limit(q.limit + 1);
}

export async function findDeployment(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<DeploymentListRow | undefined> {
  const rows = await select(db)
    .where(and(eq(deployments.id, id), customerScopeCondition(actor)))
    .limit(1);
  return rows[0];
}

/** The raw deployment row in the actor's scope, locked for the rest of the transaction. */
export async function lockDeployment(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<DeploymentRow | undefined> {
  const rows = await db
    .select({ deployment: deployments })
    .from(deployments)
    .innerJoin(customers, eq(customers.id, deployments.customerId))
    .where(and(eq(deployments.id, id), customerScopeCondition(actor)))
    .for('update', { of: deployments })
    .limit(1);
  return rows[0]?.deployment;
}

export async function insertDeployment(
  db: DbOrTx,
  values: typeof deployments.$inferInsert,
): Promise<DeploymentRow> {
  const [row] = await db.insert(deployments).values(values).returning();
  return row!;
}

export async function updateDeployment(
  db: DbOrTx,
  id: string,
  values: Partial<typeof deployments.$inferInsert>,
): Promise<DeploymentRow> {
  const [row] = await db.update(deployments).set(values).where(eq(deployments.id, id)).returning();
  return row!;
}

export async function deleteDeployment(db: DbOrTx, id: string): Promise<void> {
  await db.delete(deployments).where(eq(deployments.id, id));
}

// ---- version history ----

export async function insertHistory(db: DbOrTx, values: typeof deploymentVersions.$inferInsert) {
  const [row] = await db.insert(deploymentVersions).values(values).returning();
  return row!;
}

const fromVersion = alias(productVersions, 'from_version');
const toVersion = alias(productVersions, 'to_version');

/** The versions a deployment ran, newest first. */
export async function listHistory(db: DbOrTx, deploymentId: string) {
  return db
    .select({
      entry: deploymentVersions,
      fromVersionName: fromVersion.name,
      toVersionName: toVersion.name,
    })
    .from(deploymentVersions)
    .leftJoin(fromVersion, eq(fromVersion.id, deploymentVersions.fromVersionId))
    .innerJoin(toVersion, eq(toVersion.id, deploymentVersions.toVersionId))
    .where(eq(deploymentVersions.deploymentId, deploymentId))
    .orderBy(
      desc(deploymentVersions.at),
      // Same instant (a test clock, a scripted import): the initial row is still the oldest.
      sql`${deploymentVersions.kind} = 'initial'`,
      desc(deploymentVersions.id),
    );
}
