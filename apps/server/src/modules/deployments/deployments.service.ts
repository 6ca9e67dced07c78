/**
 * Deployment (部署/交付) use cases, SPEC §3: customer × product × version ×
 * environment with go-live and acceptance dates. The version running now is
 * on the deployment; every version it ran is in its history (one 'initial'
 * row, then one row per upgrade). Giving a deployment an acceptance date
 * creates its warranty in the same transaction (warranties module).
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx, Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, invalidState, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import { checkVersion } from '../../platform/versioning.js';
import { customerInScope } from '../customers/index.js';
import { findProductVersion } from '../products/index.js';
import {
  daysLeft,
  hasWarranty,
  shanghaiDate,
  syncWarrantyForDeployment,
  warrantyStatus,
} from '../warranties/index.js';
import * as repo from './deployments.repo.js';
import type {
  DeploymentCreate,
  DeploymentDto,
  DeploymentListQuery,
  DeploymentPatch,
  DirectUpgrade,
  HistoryEntryDto,
} from './deployments.schema.js';

export function toDeploymentDto(row: repo.DeploymentListRow, today: string): DeploymentDto {
  const d = row.deployment;
  const term =
    row.warrantyStart && row.warrantyEnd ? { startDate: row.warrantyStart, endDate: row.warrantyEnd } : null;
  return {
    id: d.id,
    customerId: d.customerId,
    customerName: row.customerName,
    productId: d.productId,
    productName: row.productName,
    productCode: row.productCode,
    critical: row.critical,
    versionId: d.versionId,
    versionName: row.versionName,
    environment: d.environment,
    goLiveDate: d.goLiveDate,
    acceptanceDate: d.acceptanceDate,
    notes: d.notes,
    warranty: term ? { ...term, status: warrantyStatus(term, today), daysLeft: daysLeft(term, today) } : null,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

async function loadDeployment(db: DbOrTx, actor: Actor, id: string, today: string): Promise<DeploymentDto> {
  const row = await repo.findDeployment(db, actor, id);
  if (!row) throw notFound('Deployment');
  return toDeploymentDto(row, today);
}

const todayOf = (deps: Deps) => shanghaiDate(deps.clock.now());

/** Deployments in the caller's scope, filtered by customer, product, version, environment. */
export async function listDeployments(
  deps: Deps,
  actor: Actor,
  q: DeploymentListQuery,
): Promise<Page<DeploymentDto>> {
  requirePermission(actor, 'deployments:read');
  const rows = await repo.listDeployments(deps.db, actor, q, decodeCursor(q.cursor));
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  const today = todayOf(deps);
  return {
    items: items.map((r) => toDeploymentDto(r, today)),
    nextCursor:
      rows.length > q.limit && last
        ? encodeCursor({ v: last.deployment.createdAt.toISOString(), id: last.deployment.id })
        : null,
  };
}

/** The deployments of one customer; 404 when the customer is missing or outside the caller's scope. */
export async function listCustomerDeployments(
  deps: Deps,
  actor: Actor,
  customerId: string,
  q: Omit<DeploymentListQuery, 'customerId'>,
): Promise<Page<DeploymentDto>> {
  requirePermission(actor, 'deployments:read');
  if (!(await customerInScope(deps.db, actor, customerId))) throw notFound('Customer');
  return listDeployments(deps, actor, { ...q, customerId });
}

export async function getDeployment(deps: Deps, actor: Actor, id: string): Promise<DeploymentDto> {
  requirePermission(actor, 'deployments:read');
  return loadDeployment(deps.db, actor, id, todayOf(deps));
}

/** Records a deployment at a customer with its initial history row (and warranty when accepted). */
export async function createDeployment(
  deps: Deps,
  actor: Actor,
  input: DeploymentCreate,
): Promise<DeploymentDto> {
  requirePermission(actor, 'deployments:write');
  return deps.db.transaction(async (tx) => {
    if (!(await customerInScope(tx, actor, input.customerId))) throw notFound('Customer');
    const pv = await findProductVersion(tx, input.productId, input.versionId);
    if (!pv) throw invalid(['body', 'versionId'], 'No such version of this product', 'not_product_version');
    if (!pv.product.active) {
      throw invalidState(
        'The product is inactive; it cannot be deployed',
        { productId: pv.product.id },
        'product_inactive',
      );
    }
    const now = deps.clock.now();
    const row = await repo.insertDeployment(tx, {
      customerId: input.customerId,
      productId: input.productId,
      versionId: input.versionId,
      environment: input.environment,
      goLiveDate: input.goLiveDate ?? null,
      acceptanceDate: input.acceptanceDate ?? null,
      notes: input.notes,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertHistory(tx, {
      deploymentId: row.id,
      fromVersionId: null,
      toVersionId: row.versionId,
      at: now,
      byUserId: actor.via === 'system' ? null : actor.userId,
      byName: actor.displayName,
      kind: 'initial',
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'deployment.create',
      entityType: 'deployment',
      entityId: row.id,
      customerId: row.customerId,
      after: row,
    });
    await syncWarrantyForDeployment(tx, deps, actor, { ...row, critical: pv.product.critical });
    return loadDeployment(tx, actor, row.id, todayOf(deps));
  });
}

/** Updates environment, dates and notes (not the version: that is an upgrade); If-Match required. */
export async function updateDeployment(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: DeploymentPatch,
): Promise<DeploymentDto> {
  requirePermission(actor, 'deployments:write');
  return deps.db.transaction(async (tx) => {
    const before = await repo.lockDeployment(tx, actor, id);
    if (!before) throw notFound('Deployment');
    checkVersion('deployment', before.version, expectedVersion);
    if (patch.acceptanceDate === null && before.acceptanceDate && (await hasWarranty(tx, id))) {
      throw new DomainError('invalid_state', 'The deployment has a warranty; adjust the warranty instead', {
        detailCode: 'warranty_exists',
        issues: [
          {
            path: ['body', 'acceptanceDate'],
            message: 'Cannot be removed once a warranty exists',
            code: 'warranty_exists',
          },
        ],
      });
    }
    const after = await repo.updateDeployment(tx, id, {
      ...patch,
      version: before.version + 1,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'deployment.update',
      entityType: 'deployment',
      entityId: id,
      customerId: before.customerId,
      before,
      after,
    });
    const current = await loadDeployment(tx, actor, id, todayOf(deps));
    await syncWarrantyForDeployment(tx, deps, actor, { ...after, critical: current.critical });
    return loadDeployment(tx, actor, id, todayOf(deps));
  });
}

/** Deletes a deployment recorded by mistake, with its history, planned upgrades and warranty. */
export async function deleteDeployment(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
): Promise<void> {
  requirePermission(actor, 'deployments:write');
  await deps.db.transaction(async (tx) => {
    const before = await repo.lockDeployment(tx, actor, id);
    if (!before) throw notFound('Deployment');
    if (expectedVersion !== undefined) checkVersion('deployment', before.version, expectedVersion);
    const history = await repo.listHistory(tx, id);
    await repo.deleteDeployment(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'deployment.delete',
      entityType: 'deployment',
      entityId: id,
      customerId: before.customerId,
      before: { ...before, history: history.map((h) => h.entry) },
    });
  });
}

/**
 * Moves a locked deployment to another version of its product and writes
 * the history row; shared by direct upgrades and completed planned upgrades.
 */
export async function applyUpgrade(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  before: repo.DeploymentRow,
  change: {
    toVersionId: string;
    kind: 'planned' | 'emergency';
    note: string | null;
    plannedUpgradeId?: string;
  },
): Promise<repo.DeploymentRow> {
  const now = deps.clock.now();
  const after = await repo.updateDeployment(tx, before.id, {
    versionId: change.toVersionId,
    version: before.version + 1,
    updatedAt: now,
  });
  const entry = await repo.insertHistory(tx, {
    deploymentId: before.id,
    fromVersionId: before.versionId,
    toVersionId: change.toVersionId,
    at: now,
    byUserId: actor.via === 'system' ? null : actor.userId,
    byName: actor.displayName,
    kind: change.kind,
    note: change.note,
    plannedUpgradeId: change.plannedUpgradeId ?? null,
  });
  await recordAudit(tx, deps.clock, actor, {
    action: 'deployment.upgrade',
    entityType: 'deployment',
    entityId: before.id,
    customerId: before.customerId,
    before: { versionId: before.versionId, version: before.version },
    after: { versionId: after.versionId, version: after.version, history: entry },
  });
  return after;
}

/** Checks that a version is another version of the deployment's product. */
export async function checkTargetVersion(
  db: DbOrTx,
  deployment: repo.DeploymentRow,
  versionId: string,
  path: (string | number)[],
): Promise<void> {
  if (!(await findProductVersion(db, deployment.productId, versionId))) {
    throw invalid(path, 'No such version of the deployed product', 'not_product_version');
  }
  if (versionId === deployment.versionId) {
    throw invalid(path, 'The deployment already runs this version', 'version_unchanged');
  }
}

/** Upgrades (or rolls back) a deployment now, outside a planned upgrade; If-Match required. */
export async function upgradeDeployment(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: DirectUpgrade,
): Promise<DeploymentDto> {
  requirePermission(actor, 'deployments:write');
  return deps.db.transaction(async (tx) => {
    const before = await repo.lockDeployment(tx, actor, id);
    if (!before) throw notFound('Deployment');
    checkVersion('deployment', before.version, expectedVersion);
    await checkTargetVersion(tx, before, input.toVersionId, ['body', 'toVersionId']);
    await applyUpgrade(tx, deps, actor, before, {
      toVersionId: input.toVersionId,
      kind: input.kind,
      note: input.note,
    });
    return loadDeployment(tx, actor, id, todayOf(deps));
  });
}

/** The versions a deployment ran, newest first. */
export async function deploymentHistory(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ items: HistoryEntryDto[] }> {
  requirePermission(actor, 'deployments:read');
  if (!(await repo.findDeployment(deps.db, actor, id))) throw notFound('Deployment');
  const rows = await repo.listHistory(deps.db, id);
  return {
    items: rows.map((r) => ({
      id: r.entry.id,
      fromVersionId: r.entry.fromVersionId,
      fromVersionName: r.fromVersionName,
      toVersionId: r.entry.toVersionId,
      toVersionName: r.toVersionName,
      at: r.entry.at.toISOString(),
      byUserId: r.entry.byUserId,
      byName: r.entry.byName,
      kind: r.entry.kind,
      note: r.entry.note,
      plannedUpgradeId: r.entry.plannedUpgradeId,
    })),
  };
}
