/**
 * Factories for products, versions and deployments: real rows through the
 * product's tables. A deployment gets its 'initial' history row, and a
 * warranty computed by the warranties module's rule when it has an
 * acceptance date, exactly as the API would create them.
 *   const p = await newProduct(db, { critical: true, versions: ['1.0.0', '1.1.0'] });
 *   const d = await newDeployment(db, { customerId, productId: p.id, acceptanceDate: '2026-01-15' });
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { standardMonths, warrantyEndDate } from '../../modules/warranties/index.js';
import type { DbOrTx } from '../../platform/db.js';
import {
  coverageTypes,
  deployments,
  deploymentVersions,
  type Environment,
  products,
  productVersions,
  warranties,
} from '../schema/products.js';

let seq = 0;

export type NewProductOptions = Partial<typeof products.$inferInsert> & {
  /** Version strings to create, oldest first (release dates a month apart unless given). */
  versions?: (string | Partial<typeof productVersions.$inferInsert>)[];
};

export async function newProduct(db: DbOrTx, o: NewProductOptions = {}) {
  const { versions = ['1.0.0'], ...over } = o;
  const n = ++seq;
  const at = over.createdAt ?? new Date();
  const [product] = await db
    .insert(products)
    .values({
      code: `P${Date.now().toString(36).toUpperCase()}${n}${randomUUID().slice(0, 4).toUpperCase()}`,
      name: `测试产品${n}`,
      ...over,
      createdAt: at,
      updatedAt: over.updatedAt ?? at,
    })
    .returning();
  const created = [];
  for (const [i, v] of versions.entries()) {
    created.push(
      await newProductVersion(db, product!.id, {
        releaseDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
        ...(typeof v === 'string' ? { name: v } : v),
      }),
    );
  }
  return { ...product!, versions: created };
}

export async function newProductVersion(
  db: DbOrTx,
  productId: string,
  o: Partial<typeof productVersions.$inferInsert> = {},
) {
  const at = o.createdAt ?? new Date();
  const [row] = await db
    .insert(productVersions)
    .values({ name: `1.${++seq}.0`, ...o, productId, createdAt: at, updatedAt: o.updatedAt ?? at })
    .returning();
  return row!;
}

export interface NewDeploymentOptions {
  customerId: string;
  /** Defaults to a new product with one version. */
  productId?: string;
  /** Defaults to the product's newest version. */
  versionId?: string;
  environment?: Environment;
  goLiveDate?: string | null;
  acceptanceDate?: string | null;
  notes?: string | null;
  /** Overrides of the warranty created for an accepted deployment. */
  warranty?: { startDate?: string; months?: number };
  at?: Date;
}

export async function newDeployment(db: DbOrTx, o: NewDeploymentOptions) {
  const at = o.at ?? new Date();
  let productId = o.productId;
  let versionId = o.versionId;
  if (!productId) {
    const p = await newProduct(db);
    productId = p.id;
    versionId ??= p.versions.at(-1)!.id;
  }
  const [product] = await db.select().from(products).where(eq(products.id, productId));
  if (!versionId) {
    const [latest] = await db
      .select()
      .from(productVersions)
      .where(eq(productVersions.productId, productId))
      .orderBy(sql`${productVersions.releaseDate} desc nulls last`, sql`${productVersions.createdAt} desc`)
      .limit(1);
    versionId = latest!.id;
  }
  const [row] = await db
    .insert(deployments)
    .values({
      customerId: o.customerId,
      productId,
      versionId,
      environment: o.environment ?? 'production',
      goLiveDate: o.goLiveDate ?? null,
      acceptanceDate: o.acceptanceDate ?? null,
      notes: o.notes ?? null,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  await db.insert(deploymentVersions).values({
    deploymentId: row!.id,
    toVersionId: versionId,
    at,
    byName: 'seed',
    kind: 'initial',
  });
  if (row!.acceptanceDate) {
    const startDate = o.warranty?.startDate ?? row!.acceptanceDate;
    const months = o.warranty?.months ?? standardMonths(product!.critical);
    await db.insert(warranties).values({
      deploymentId: row!.id,
      customerId: row!.customerId,
      startDate,
      startFromAcceptance: o.warranty?.startDate === undefined,
      months,
      endDate: warrantyEndDate(startDate, months),
      coverage: [...coverageTypes],
      createdAt: at,
      updatedAt: at,
    });
  }
  return row!;
}
