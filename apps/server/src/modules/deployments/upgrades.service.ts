/**
 * Planned upgrades (SPEC §3, [002 §4.4]): advance notice to the customer,
 * preparation guide, execution window, follow-up. Status moves
 *   planned → notified → in_progress → done, and any open status → cancelled;
 * an emergency upgrade may go from planned straight to in_progress (no time
 * for notice). Completing an upgrade moves the deployment to the target
 * version (a history row) in the same transaction.
 */
import type { UpgradeStatus } from '../../db/schema/products.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { invalid, invalidState, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import { checkVersion } from '../../platform/versioning.js';
import { shanghaiDate } from '../warranties/index.js';
import * as deploymentsRepo from './deployments.repo.js';
import type {
  TransitionInput,
  UpgradeCreate,
  UpgradeDto,
  UpgradeListQuery,
  UpgradePatch,
} from './deployments.schema.js';
import { applyUpgrade, checkTargetVersion } from './deployments.service.js';
import * as repo from './upgrades.repo.js';

const transitions: Record<UpgradeStatus, readonly UpgradeStatus[]> = {
  planned: ['notified', 'cancelled'],
  notified: ['in_progress', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/** Where an upgrade may go next; emergencies may skip the notice. */
export function nextStatuses(u: { status: UpgradeStatus; emergency: boolean }): UpgradeStatus[] {
  const base = [...transitions[u.status]];
  if (u.status === 'planned' && u.emergency) base.splice(1, 0, 'in_progress');
  return base;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toUpgradeDto(r: repo.UpgradeListRow): UpgradeDto {
  const u = r.upgrade;
  return {
    id: u.id,
    deploymentId: u.deploymentId,
    customerId: r.customerId,
    customerName: r.customerName,
    productId: r.productId,
    productName: r.productName,
    environment: r.environment,
    currentVersionId: r.currentVersionId,
    currentVersionName: r.currentVersionName,
    targetVersionId: u.targetVersionId,
    targetVersionName: r.targetVersionName,
    noticeDate: u.noticeDate,
    windowStart: u.windowStart.toISOString(),
    windowEnd: u.windowEnd.toISOString(),
    status: u.status,
    emergency: u.emergency,
    preparationGuide: u.preparationGuide,
    notes: u.notes,
    followUp: u.followUp,
    notifiedAt: iso(u.notifiedAt),
    startedAt: iso(u.startedAt),
    completedAt: iso(u.completedAt),
    cancelledAt: iso(u.cancelledAt),
    nextStatuses: nextStatuses(u),
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

async function loadUpgrade(db: DbOrTx, actor: Actor, id: string): Promise<UpgradeDto> {
  const row = await repo.findUpgrade(db, actor, id);
  if (!row) throw notFound('Planned upgrade');
  return toUpgradeDto(row);
}

/** The window must end after it starts; notice comes before the window and is required unless emergency. */
function checkSchedule(s: {
  windowStart: Date;
  windowEnd: Date;
  noticeDate: string | null;
  emergency: boolean;
}) {
  if (s.windowEnd <= s.windowStart)
    throw invalid(['body', 'windowEnd'], 'The window must end after it starts', 'end_before_start');
  if (!s.noticeDate && !s.emergency) {
    throw invalid(
      ['body', 'noticeDate'],
      'A planned upgrade needs an advance-notice date (or mark it emergency)',
      'notice_date_required',
    );
  }
  if (s.noticeDate && s.noticeDate > shanghaiDate(s.windowStart)) {
    throw invalid(
      ['body', 'noticeDate'],
      'The customer must be notified before the window starts',
      'notice_after_window',
    );
  }
}

function pageOf(rows: repo.UpgradeListRow[], limit: number): Page<UpgradeDto> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toUpgradeDto),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ v: last.upgrade.windowStart.toISOString(), id: last.upgrade.id })
        : null,
  };
}

/** Planned upgrades in the caller's scope, by window start. */
export async function listUpgrades(deps: Deps, actor: Actor, q: UpgradeListQuery): Promise<Page<UpgradeDto>> {
  requirePermission(actor, 'deployments:read');
  return pageOf(await repo.listUpgrades(deps.db, actor, q, decodeCursor(q.cursor)), q.limit);
}

/** The planned upgrades of one deployment; 404 when the deployment is missing or out of scope. */
export async function listDeploymentUpgrades(
  deps: Deps,
  actor: Actor,
  deploymentId: string,
  q: UpgradeListQuery,
): Promise<Page<UpgradeDto>> {
  requirePermission(actor, 'deployments:read');
  if (!(await deploymentsRepo.findDeployment(deps.db, actor, deploymentId))) throw notFound('Deployment');
  return pageOf(
    await repo.listUpgrades(deps.db, actor, { ...q, deploymentId }, decodeCursor(q.cursor)),
    q.limit,
  );
}

export async function getUpgrade(deps: Deps, actor: Actor, id: string): Promise<UpgradeDto> {
  requirePermission(actor, 'deployments:read');
  return loadUpgrade(deps.db, actor, id);
}

export async function createUpgrade(
  deps: Deps,
  actor: Actor,
  deploymentId: string,
  input: UpgradeCreate,
): Promise<UpgradeDto> {
  requirePermission(actor, 'deployments:write');
  return deps.db.transaction(async (tx) => {
    const deployment = await deploymentsRepo.lockDeployment(tx, actor, deploymentId);
    if (!deployment) throw notFound('Deployment');
    await checkTargetVersion(tx, deployment, input.targetVersionId, ['body', 'targetVersionId']);
    const noticeDate = input.noticeDate ?? null;
    checkSchedule({ ...input, noticeDate });
    const now = deps.clock.now();
    const row = await repo.insertUpgrade(tx, {
      ...input,
      noticeDate,
      deploymentId,
      status: 'planned',
      createdBy: actor.via === 'system' ? null : actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'planned_upgrade.create',
      entityType: 'planned_upgrade',
      entityId: row.id,
      customerId: deployment.customerId,
      after: row,
    });
    return loadUpgrade(tx, actor, row.id);
  });
}

/** Edits the plan while it is open (planned/notified); the follow-up stays editable afterwards. */
export async function updateUpgrade(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: UpgradePatch,
): Promise<UpgradeDto> {
  requirePermission(actor, 'deployments:write');
  return deps.db.transaction(async (tx) => {
    const before = await repo.lockUpgrade(tx, actor, id);
    if (!before) throw notFound('Planned upgrade');
    checkVersion('planned upgrade', before.version, expectedVersion);
    const { followUp, ...planFields } = patch;
    const editsPlan = Object.values(planFields).some((v) => v !== undefined);
    if (editsPlan && before.status !== 'planned' && before.status !== 'notified') {
      // Not `status`: problem details are merged into the problem document, whose `status` is the HTTP code.
      throw invalidState(
        `The upgrade is ${before.status}; only the follow-up can change now`,
        {
          currentStatus: before.status,
        },
        'upgrade_locked',
      );
    }
    const deployment = await deploymentsRepo.lockDeployment(tx, actor, before.deploymentId);
    if (!deployment) throw notFound('Planned upgrade');
    if (patch.targetVersionId && patch.targetVersionId !== before.targetVersionId) {
      await checkTargetVersion(tx, deployment, patch.targetVersionId, ['body', 'targetVersionId']);
    }
    const next = { ...before, ...planFields };
    if (editsPlan) checkSchedule({ ...next, noticeDate: next.noticeDate ?? null });
    const after = await repo.updateUpgrade(tx, id, {
      ...patch,
      version: before.version + 1,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'planned_upgrade.update',
      entityType: 'planned_upgrade',
      entityId: id,
      customerId: deployment.customerId,
      before,
      after,
    });
    return loadUpgrade(tx, actor, id);
  });
}

/**
 * Moves an upgrade to its next status (409 invalid_state when the move is
 * not allowed). `done` upgrades the deployment in the same transaction; if
 * the deployment already runs the target version no history row is added.
 */
export async function transitionUpgrade(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: TransitionInput,
): Promise<UpgradeDto> {
  requirePermission(actor, 'deployments:write');
  return deps.db.transaction(async (tx) => {
    const before = await repo.lockUpgrade(tx, actor, id);
    if (!before) throw notFound('Planned upgrade');
    checkVersion('planned upgrade', before.version, expectedVersion);
    const allowed = nextStatuses(before);
    if (!allowed.includes(input.status)) {
      throw invalidState(
        `A ${before.status} upgrade cannot become ${input.status}`,
        {
          from: before.status,
          to: input.status,
          allowed,
        },
        'upgrade_transition',
      );
    }
    const deployment = await deploymentsRepo.lockDeployment(tx, actor, before.deploymentId);
    if (!deployment) throw notFound('Planned upgrade');
    const now = deps.clock.now();
    const stamp = {
      notified: { notifiedAt: now },
      in_progress: { startedAt: now },
      done: { completedAt: now },
      cancelled: { cancelledAt: now },
    }[input.status];
    if (input.status === 'done' && deployment.versionId !== before.targetVersionId) {
      await applyUpgrade(tx, deps, actor, deployment, {
        toVersionId: before.targetVersionId,
        kind: before.emergency ? 'emergency' : 'planned',
        note: input.note,
        plannedUpgradeId: before.id,
      });
    }
    const after = await repo.updateUpgrade(tx, id, {
      status: input.status,
      ...stamp,
      version: before.version + 1,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'planned_upgrade.transition',
      entityType: 'planned_upgrade',
      entityId: id,
      customerId: deployment.customerId,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, note: input.note },
    });
    return loadUpgrade(tx, actor, id);
  });
}
