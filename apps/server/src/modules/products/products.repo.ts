/**
 * SQL for the product catalog and product versions. The catalog is not
 * customer data, so there is no data scope here; usage checks (is a product
 * or version deployed anywhere) look across all customers on purpose.
 */
import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import {
  deployments,
  deploymentVersions,
  plannedUpgrades,
  products,
  productVersions,
} from '../../db/schema/products.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import { likeEscape } from '../../platform/search.js';
import type { ProductListQuery, ProductSort } from './products.schema.js';

export type ProductRow = typeof products.$inferSelect;
export type VersionRow = typeof productVersions.$inferSelect;

const newestFirst = [
  sql`${productVersions.releaseDate} desc nulls last`,
  desc(productVersions.createdAt),
  desc(productVersions.id),
];

// Raw "products"."id": drizzle renders a lone column of the outer table unqualified inside a subquery.
const productColumns = {
  product: products,
  versionCount: sql<number>`(select count(*)::int from product_versions pv where pv.product_id = "products"."id")`,
  latestVersion: sql<{ id: string; name: string } | null>`(
    select json_build_object('id', pv.id, 'name', pv.name) from product_versions pv
    where pv.product_id = "products"."id"
    order by pv.release_date desc nulls last, pv.created_at desc, pv.id desc limit 1)`,
};

export type ProductListRow = {
  product: ProductRow;
  versionCount: number;
  latestVersion: { id: string; name: string } | null;
};

const sortColumn = { name: products.name, code: products.code, createdAt: products.createdAt } as const;

function sortKey(sort: ProductSort) {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as keyof typeof sortColumn;
  return { field, column: sortColumn[field], descending };
}

export function productCursor(row: ProductRow, sort: ProductSort): CursorValue {
  const { field } = sortKey(sort);
  const v = row[field];
  return { v: v instanceof Date ? v.toISOString() : v, id: row.id };
}

/** One keyset page (limit + 1 rows, so the caller sees whether there is more). */
export async function listProducts(
  db: DbOrTx,
  q: ProductListQuery,
  cursor: CursorValue | undefined,
): Promise<ProductListRow[]> {
  const conds: SQL[] = [];
  if (q.q) {
    const pattern = `%${likeEscape(q.q)}%`;
    conds.push(or(ilike(products.name, pattern), ilike(products.code, pattern))!);
  }
  if (q.active !== undefined) conds.push(eq(products.active, q.active));
  if (q.critical !== undefined) conds.push(eq(products.critical, q.critical));
  const { column, descending, field } = sortKey(q.sort);
  if (cursor) {
    const v = field === 'createdAt' ? new Date(String(cursor.v)) : String(cursor.v);
    conds.push(
      descending
        ? sql`(${column}, ${products.id}) < (${v}, ${cursor.id})`
        : sql`(${column}, ${products.id}) > (${v}, ${cursor.id})`,
    );
  }
  const dir = descending ? desc : asc;
  return db
    .select(productColumns)
    .from(products)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(dir(column), dir(products.id))
    .limit(q.limit + 1);
}

export async function findProduct(db: DbOrTx, id: string): Promise<ProductListRow | undefined> {
  const rows = await db.select(productColumns).from(products).where(eq(products.id, id)).limit(1);
  return rows[0];
}

export async function lockProduct(db: DbOrTx, id: string): Promise<ProductRow | undefined> {
  const rows = await db.select().from(products).where(eq(products.id, id)).for('update').limit(1);
  return rows[0];
}

export async function productCodeTaken(db: DbOrTx, code: string, exceptId?: string): Promise<boolean> {
  const conds = [eq(products.code, code)];
  if (exceptId) conds.push(sql`${products.id} <> ${exceptId}`);
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(and(...conds))
    .limit(1);
  return rows.length > 0;
}

export async function insertProduct(db: DbOrTx, values: typeof products.$inferInsert) {
  const [row] = await db.insert(products).values(values).returning();
  return row!;
}

export async function updateProduct(db: DbOrTx, id: string, values: Partial<typeof products.$inferInsert>) {
  const [row] = await db.update(products).set(values).where(eq(products.id, id)).returning();
  return row!;
}

export async function deleteProduct(db: DbOrTx, id: string): Promise<void> {
  await db.delete(products).where(eq(products.id, id));
}

/** How many deployments use the product (any customer). */
export async function deploymentCountOfProduct(db: DbOrTx, productId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(deployments)
    .where(eq(deployments.productId, productId));
  return Number(rows[0]?.n ?? 0);
}

// ---- versions ----

export async function listVersions(db: DbOrTx, productId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(productVersions)
    .where(eq(productVersions.productId, productId))
    .orderBy(...newestFirst);
}

export async function findVersion(db: DbOrTx, id: string, lock = false): Promise<VersionRow | undefined> {
  const q = db.select().from(productVersions).where(eq(productVersions.id, id)).limit(1);
  const rows = lock ? await q.for('update') : await q;
  return rows[0];
}

export async function versionNameTaken(
  db: DbOrTx,
  productId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const conds = [eq(productVersions.productId, productId), eq(productVersions.name, name)];
  if (exceptId) conds.push(sql`${productVersions.id} <> ${exceptId}`);
  const rows = await db
    .select({ id: productVersions.id })
    .from(productVersions)
    .where(and(...conds))
    .limit(1);
  return rows.length > 0;
}

export async function insertVersion(db: DbOrTx, values: typeof productVersions.$inferInsert) {
  const [row] = await db.insert(productVersions).values(values).returning();
  return row!;
}

export async function updateVersion(
  db: DbOrTx,
  id: string,
  values: Partial<typeof productVersions.$inferInsert>,
) {
  const [row] = await db.update(productVersions).set(values).where(eq(productVersions.id, id)).returning();
  return row!;
}

export async function deleteVersion(db: DbOrTx, id: string): Promise<void> {
  await db.delete(productVersions).where(eq(productVersions.id, id));
}

/** Whether any deployment runs, ran or plans to run this version. */
export async function versionInUse(db: DbOrTx, versionId: string): Promise<boolean> {
  const rows = await db.execute<{ used: boolean }>(sql`select (
      exists (select 1 from ${deployments} where ${deployments.versionId} = ${versionId})
      or exists (select 1 from ${deploymentVersions} where ${deploymentVersions.toVersionId} = ${versionId}
                 or ${deploymentVersions.fromVersionId} = ${versionId})
      or exists (select 1 from ${plannedUpgrades} where ${plannedUpgrades.targetVersionId} = ${versionId})
    ) as used`);
  return rows.rows[0]?.used === true;
}
