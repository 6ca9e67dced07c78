/**
 * Warranty (质保期) use cases, SPEC §5. A deployment gets its warranty when
 * it gets an acceptance date (`syncWarrantyForDeployment`, called by the
 * deployments module in its transaction): start = acceptance date, 12 months
 * (24 for a critical product), all four service types covered. Staff may then
 * adjust start, months and coverage. The term rule lives in warranty-term.ts.
 */

import { coverageTypes } from '../../db/schema/products.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { invalid, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import * as repo from './warranties.repo.js';
import type { WarrantyDto, WarrantyListQuery, WarrantyPatch } from './warranties.schema.js';
import { daysLeft, shanghaiDate, standardMonths, warrantyEndDate, warrantyStatus } from './warranty-term.js';

export function toWarrantyDto(row: repo.WarrantyListRow, today: string): WarrantyDto {
  const w = row.warranty;
  return {
    id: w.id,
    deploymentId: w.deploymentId,
    customerId: w.customerId,
    customerName: row.customerName,
    productId: row.productId,
    productName: row.productName,
    productCode: row.productCode,
    environment: row.environment,
    startDate: w.startDate,
    startFromAcceptance: w.startFromAcceptance,
    months: w.months,
    endDate: w.endDate,
    coverage: w.coverage,
    status: warrantyStatus(w, today),
    daysLeft: daysLeft(w, today),
    notes: w.notes,
    version: w.version,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

/** Warranties in the caller's scope: by customer, product, status or "in force and ending within N days". */
export async function listWarranties(deps: Deps, actor: Actor, q: WarrantyListQuery) {
  requirePermission(actor, 'warranties:read');
  const today = shanghaiDate(deps.clock.now());
  const rows = await repo.listWarranties(deps.db, actor, q, today, decodeCursor(q.cursor));
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => toWarrantyDto(r, today)),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ v: last.warranty.endDate, id: last.warranty.id }) : null,
    today,
  };
}

/** The warranty of a deployment; 404 when the deployment is missing, out of scope, or not accepted yet. */
export async function getDeploymentWarranty(
  deps: Deps,
  actor: Actor,
  deploymentId: string,
): Promise<WarrantyDto> {
  requirePermission(actor, 'warranties:read');
  const row = await repo.findByDeployment(deps.db, actor, deploymentId);
  if (!row) throw notFound('Warranty');
  return toWarrantyDto(row, shanghaiDate(deps.clock.now()));
}

/** Adjusts start (or goes back to the acceptance date), months and coverage; If-Match required. */
export async function updateWarranty(
  deps: Deps,
  actor: Actor,
  deploymentId: string,
  expectedVersion: number | undefined,
  patch: WarrantyPatch,
): Promise<WarrantyDto> {
  requirePermission(actor, 'warranties:write');
  requireIfMatch(expectedVersion);
  return deps.db.transaction(async (tx) => {
    const deployment = await repo.deploymentInScope(tx, actor, deploymentId);
    if (!deployment) throw notFound('Warranty');
    const before = await repo.lockByDeployment(tx, deploymentId);
    if (!before) throw notFound('Warranty');
    assertVersion('warranty', before.version, expectedVersion);
    let startDate = before.startDate;
    let startFromAcceptance = before.startFromAcceptance;
    if (patch.startDate === null) {
      if (!deployment.acceptanceDate) {
        throw invalid(
          ['body', 'startDate'],
          'The deployment has no acceptance date to start from',
          'no_acceptance_date',
        );
      }
      startDate = deployment.acceptanceDate;
      startFromAcceptance = true;
    } else if (patch.startDate !== undefined) {
      startDate = patch.startDate;
      startFromAcceptance = false;
    }
    const months = patch.months ?? before.months;
    const after = await repo.updateWarranty(tx, before.id, {
      startDate,
      startFromAcceptance,
      months,
      endDate: warrantyEndDate(startDate, months),
      ...(patch.coverage ? { coverage: patch.coverage } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
      version: before.version + 1,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'warranty.update',
      entityType: 'warranty',
      entityId: before.id,
      customerId: before.customerId,
      before,
      after,
    });
    const row = await repo.findByDeployment(tx, actor, deploymentId);
    return toWarrantyDto(row!, shanghaiDate(deps.clock.now()));
  });
}

/**
 * Called by the deployments module inside its write transaction, after its
 * own access check: creates the warranty when the deployment has an
 * acceptance date and none exists yet, and moves a start that follows the
 * acceptance date when that date changes. An overridden start is left alone.
 */
export async function syncWarrantyForDeployment(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  deployment: { id: string; customerId: string; acceptanceDate: string | null; critical: boolean },
): Promise<void> {
  if (!deployment.acceptanceDate) return;
  const existing = await repo.lockByDeployment(tx, deployment.id);
  const now = deps.clock.now();
  if (!existing) {
    const months = standardMonths(deployment.critical);
    const row = await repo.insertWarranty(tx, {
      deploymentId: deployment.id,
      customerId: deployment.customerId,
      startDate: deployment.acceptanceDate,
      startFromAcceptance: true,
      months,
      endDate: warrantyEndDate(deployment.acceptanceDate, months),
      coverage: [...coverageTypes],
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'warranty.create',
      entityType: 'warranty',
      entityId: row.id,
      customerId: row.customerId,
      after: row,
    });
    return;
  }
  if (!existing.startFromAcceptance || existing.startDate === deployment.acceptanceDate) return;
  const after = await repo.updateWarranty(tx, existing.id, {
    startDate: deployment.acceptanceDate,
    endDate: warrantyEndDate(deployment.acceptanceDate, existing.months),
    version: existing.version + 1,
    updatedAt: now,
  });
  await recordAudit(tx, deps.clock, actor, {
    action: 'warranty.update',
    entityType: 'warranty',
    entityId: existing.id,
    customerId: existing.customerId,
    before: existing,
    after,
  });
}

/** Whether a deployment has a warranty (the deployments module refuses to clear acceptance then). */
export async function hasWarranty(tx: Tx, deploymentId: string): Promise<boolean> {
  return (await repo.lockByDeployment(tx, deploymentId)) !== undefined;
}

/**
 * The warranties of a customer covering an instant (its Asia/Shanghai date),
 * optionally of one deployment or product: the entitlement check at intake
 * (SPEC §5). No actor: the calling module has done its own access check.
 */
export async function findWarrantiesInForce(
  deps: Pick<Deps, 'db'>,
  f: { customerId: string; deploymentId?: string; productId?: string; at: Date },
): Promise<WarrantyDto[]> {
  const date = shanghaiDate(f.at);
  const rows = await repo.inForceOn(deps.db, {
    customerId: f.customerId,
    deploymentId: f.deploymentId,
    productId: f.productId,
    date,
  });
  return rows.map((r) => toWarrantyDto(r, date));
}
