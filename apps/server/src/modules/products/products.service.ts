/**
 * Product catalog use cases: products (code unique) and their versions
 * (version string unique per product). Each starts with one permission
 * check; every write is audited in its transaction; updates need If-Match.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db.js';
import { isUniqueViolation } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import { checkVersion } from '../../platform/versioning.js';
import * as repo from './products.repo.js';
import type {
  ProductCreate,
  ProductDto,
  ProductListQuery,
  ProductPatch,
  VersionCreate,
  VersionDto,
  VersionPatch,
} from './products.schema.js';

export function toProductDto(row: repo.ProductListRow): ProductDto {
  const p = row.product;
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    description: p.description,
    critical: p.critical,
    active: p.active,
    versionCount: Number(row.versionCount),
    latestVersion: row.latestVersion,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toVersionDto(v: repo.VersionRow): VersionDto {
  return {
    id: v.id,
    productId: v.productId,
    name: v.name,
    releaseDate: v.releaseDate,
    releaseNotes: v.releaseNotes,
    fixedDefects: v.fixedDefects,
    securityFixes: v.securityFixes,
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

const codeTaken = () =>
  new DomainError('conflict', 'Another product already has this code', {
    issues: [{ path: ['body', 'code'], message: 'Already used by another product', code: 'duplicate' }],
  });
const versionTaken = () =>
  new DomainError('conflict', 'This product already has a version with this name', {
    issues: [{ path: ['body', 'name'], message: 'Already exists for this product', code: 'duplicate' }],
  });

async function loadProduct(db: DbOrTx, id: string): Promise<ProductDto> {
  const row = await repo.findProduct(db, id);
  if (!row) throw notFound('Product');
  return toProductDto(row);
}

/** A page of products, filtered (q on name/code, active, critical) and sorted. */
export async function listProducts(deps: Deps, actor: Actor, q: ProductListQuery): Promise<Page<ProductDto>> {
  requirePermission(actor, 'products:read');
  const rows = await repo.listProducts(deps.db, q, decodeCursor(q.cursor));
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map(toProductDto),
    nextCursor: rows.length > q.limit && last ? encodeCursor(repo.productCursor(last.product, q.sort)) : null,
  };
}

export async function getProduct(deps: Deps, actor: Actor, id: string): Promise<ProductDto> {
  requirePermission(actor, 'products:read');
  return loadProduct(deps.db, id);
}

export async function createProduct(deps: Deps, actor: Actor, input: ProductCreate): Promise<ProductDto> {
  requirePermission(actor, 'products:manage');
  if (await repo.productCodeTaken(deps.db, input.code)) throw codeTaken();
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await repo.insertProduct(tx, { ...input, createdAt: now, updatedAt: now });
      await recordAudit(tx, deps.clock, actor, {
        action: 'product.create',
        entityType: 'product',
        entityId: row.id,
        after: row,
      });
      return loadProduct(tx, row.id);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'products_code_uq')) throw codeTaken();
    throw err;
  }
}

export async function updateProduct(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: ProductPatch,
): Promise<ProductDto> {
  requirePermission(actor, 'products:manage');
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await repo.lockProduct(tx, id);
      if (!before) throw notFound('Product');
      checkVersion('product', before.version, expectedVersion);
      if (patch.code && patch.code !== before.code && (await repo.productCodeTaken(tx, patch.code, id))) {
        throw codeTaken();
      }
      const after = await repo.updateProduct(tx, id, {
        ...patch,
        version: before.version + 1,
        updatedAt: deps.clock.now(),
      });
      await recordAudit(tx, deps.clock, actor, {
        action: 'product.update',
        entityType: 'product',
        entityId: id,
        before,
        after,
      });
      return loadProduct(tx, id);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'products_code_uq')) throw codeTaken();
    throw err;
  }
}

/** Deletes a product and its versions; refused while any customer has it deployed. */
export async function deleteProduct(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
): Promise<void> {
  requirePermission(actor, 'products:manage');
  await deps.db.transaction(async (tx) => {
    const before = await repo.lockProduct(tx, id);
    if (!before) throw notFound('Product');
    if (expectedVersion !== undefined) checkVersion('product', before.version, expectedVersion);
    const used = await repo.deploymentCountOfProduct(tx, id);
    if (used > 0) {
      throw new DomainError('invalid_state', 'The product is deployed at customers; deactivate it instead', {
        detailCode: 'product_deployed',
        details: { deploymentCount: used },
      });
    }
    const versions = await repo.listVersions(tx, id);
    await repo.deleteProduct(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'product.delete',
      entityType: 'product',
      entityId: id,
      before: { ...before, versions },
    });
  });
}

// ---- versions ----

/** All versions of a product, newest release first. */
export async function listVersions(
  deps: Deps,
  actor: Actor,
  productId: string,
): Promise<{ items: VersionDto[] }> {
  requirePermission(actor, 'products:read');
  if (!(await repo.findProduct(deps.db, productId))) throw notFound('Product');
  return { items: (await repo.listVersions(deps.db, productId)).map(toVersionDto) };
}

export async function getVersion(deps: Deps, actor: Actor, id: string): Promise<VersionDto> {
  requirePermission(actor, 'products:read');
  const row = await repo.findVersion(deps.db, id);
  if (!row) throw notFound('Product version');
  return toVersionDto(row);
}

export async function createVersion(
  deps: Deps,
  actor: Actor,
  productId: string,
  input: VersionCreate,
): Promise<VersionDto> {
  requirePermission(actor, 'products:manage');
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      // Lock the product so a concurrent delete cannot orphan the new version.
      if (!(await repo.lockProduct(tx, productId))) throw notFound('Product');
      if (await repo.versionNameTaken(tx, productId, input.name)) throw versionTaken();
      const row = await repo.insertVersion(tx, {
        ...input,
        releaseDate: input.releaseDate ?? null,
        productId,
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit(tx, deps.clock, actor, {
        action: 'product_version.create',
        entityType: 'product_version',
        entityId: row.id,
        after: row,
      });
      return toVersionDto(row);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'product_versions_name_uq')) throw versionTaken();
    throw err;
  }
}

export async function updateVersion(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: VersionPatch,
): Promise<VersionDto> {
  requirePermission(actor, 'products:manage');
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await repo.findVersion(tx, id, true);
      if (!before) throw notFound('Product version');
      checkVersion('version', before.version, expectedVersion);
      if (
        patch.name &&
        patch.name !== before.name &&
        (await repo.versionNameTaken(tx, before.productId, patch.name, id))
      ) {
        throw versionTaken();
      }
      const after = await repo.updateVersion(tx, id, {
        ...patch,
        version: before.version + 1,
        updatedAt: deps.clock.now(),
      });
      await recordAudit(tx, deps.clock, actor, {
        action: 'product_version.update',
        entityType: 'product_version',
        entityId: id,
        before,
        after,
      });
      return toVersionDto(after);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'product_versions_name_uq')) throw versionTaken();
    throw err;
  }
}

/** Deletes a version nobody runs, ran or plans to run (history must stay intact). */
export async function deleteVersion(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
): Promise<void> {
  requirePermission(actor, 'products:manage');
  await deps.db.transaction(async (tx) => {
    const before = await repo.findVersion(tx, id, true);
    if (!before) throw notFound('Product version');
    if (expectedVersion !== undefined) checkVersion('version', before.version, expectedVersion);
    if (await repo.versionInUse(tx, id)) {
      throw new DomainError(
        'invalid_state',
        'The version is or was deployed at customers; it cannot be deleted',
        { detailCode: 'version_deployed' },
      );
    }
    await repo.deleteVersion(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'product_version.delete',
      entityType: 'product_version',
      entityId: id,
      before,
    });
  });
}

/**
 * For other modules, after their own access check: the product and version
 * if the version belongs to the product (undefined otherwise).
 */
export async function findProductVersion(db: DbOrTx, productId: string, versionId: string) {
  const [product, version] = await Promise.all([
    repo.findProduct(db, productId),
    repo.findVersion(db, versionId),
  ]);
  if (!product || !version || version.productId !== productId) return undefined;
  return { product: product.product, version };
}
