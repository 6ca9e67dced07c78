/**
 * The generic approval engine. A use case opens a request on its subject
 * with ordered approver roles (`openApproval`, inside its own transaction);
 * users holding the current step's role decide it one step at a time. When a
 * request completes (the last step approves, or any step rejects) the handler
 * registered for its kind runs in the SAME transaction as the decision, so a
 * contract is activated, or a change request applied, exactly when the
 * approval commits. Handlers are registered by the owning module at import
 * time (`registerApprovalKind`), so this module imports none of them.
 */
import { type Actor, can } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx, Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, forbidden, invalidState, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import type { Permission } from '../../platform/permissions.js';
import { notify, roleMemberIds } from '../notifications/index.js';
import * as repo from './approvals.repo.js';
import type { ApprovalDto, ApprovalListQuery, DecideInput } from './approvals.schema.js';

export type ApprovalRow = repo.ApprovalRow;
export type ApprovalOutcome = 'approved' | 'rejected';

export interface ApprovalKindHandler {
  /** The permission needed to see and decide requests of this kind. */
  permission: Permission;
  /** Whether the actor may see the subject (data scope); false answers 404. */
  subjectVisible(db: DbOrTx, actor: Actor, subjectId: string): Promise<boolean>;
  /** Runs in the decision's transaction when the request completes. */
  onComplete(tx: Tx, deps: Deps, actor: Actor, request: ApprovalRow, outcome: ApprovalOutcome): Promise<void>;
}

const handlers = new Map<string, ApprovalKindHandler>();

/** Registers the use case behind a kind of approval (called once by the owning module). */
export function registerApprovalKind(kind: string, handler: ApprovalKindHandler): void {
  handlers.set(kind, handler);
}

function handlerOf(kind: string): ApprovalKindHandler {
  const h = handlers.get(kind);
  if (!h) throw new Error(`no approval handler registered for kind ${kind}`);
  return h;
}

const kindsFor = (actor: Actor) => [...handlers].filter(([, h]) => can(actor, h.permission)).map(([k]) => k);

/** The one access check: the actor may decide at least one kind of approval. */
function requireApprovalAccess(actor: Actor): string[] {
  const kinds = kindsFor(actor);
  if (!kinds.length) throw forbidden('You may not see approvals', 'approvals_hidden');
  return kinds;
}

function toDto(r: ApprovalRow, decisions: repo.DecisionRow[]): ApprovalDto {
  return {
    id: r.id,
    kind: r.kind,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    customerId: r.customerId,
    title: r.title,
    steps: r.steps,
    currentStep: r.currentStep,
    currentRole: r.status === 'pending' ? (r.steps[r.currentStep] ?? null) : null,
    status: r.status,
    requestedBy: r.requestedBy,
    requestedByName: r.requestedByName,
    decisions: decisions
      .filter((d) => d.requestId === r.id)
      .map((d) => ({
        step: d.step,
        roleKey: d.roleKey,
        userId: d.userId,
        userName: d.userName,
        decision: d.decision,
        comment: d.comment,
        at: d.at.toISOString(),
      })),
    completedAt: r.completedAt?.toISOString() ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Approval requests the caller may see; `mine=true`: pending ones awaiting the caller's role. */
export async function listApprovals(deps: Deps, actor: Actor, q: ApprovalListQuery) {
  const kinds = requireApprovalAccess(actor);
  const rows = await repo.listRequests(deps.db, actor, kinds, q, decodeCursor(q.cursor));
  const items = rows.slice(0, q.limit);
  const decisions = await repo.decisionsOf(
    deps.db,
    items.map((r) => r.id),
  );
  const last = items.at(-1);
  return {
    items: items.map((r) => toDto(r, decisions)),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ v: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

async function loadVisible(db: DbOrTx, actor: Actor, id: string, lock: boolean) {
  const row = lock ? await repo.lockRequest(db, id) : await repo.findRequest(db, id);
  if (!row || !handlers.has(row.kind)) throw notFound('Approval');
  const h = handlerOf(row.kind);
  if (!can(actor, h.permission) || !(await h.subjectVisible(db, actor, row.subjectId))) {
    throw notFound('Approval');
  }
  return { row, handler: h };
}

export async function getApproval(deps: Deps, actor: Actor, id: string): Promise<ApprovalDto> {
  requireApprovalAccess(actor);
  const { row } = await loadVisible(deps.db, actor, id, false);
  return toDto(row, await repo.decisionsOf(deps.db, [row.id]));
}

/**
 * Records the caller's decision on the current step. Only a user whose role
 * is the current step's may decide (403 otherwise); a rejection ends the
 * request, the last approval completes it; both run the kind's handler.
 */
export async function decideApproval(
  deps: Deps,
  actor: Actor,
  id: string,
  input: DecideInput,
): Promise<ApprovalDto> {
  requireApprovalAccess(actor);
  return deps.db.transaction(async (tx) => {
    const { row, handler } = await loadVisible(tx, actor, id, true);
    if (row.status !== 'pending') {
      throw invalidState(
        `The approval is already ${row.status}`,
        { approvalStatus: row.status },
        'approval_decided',
      );
    }
    const role = row.steps[row.currentStep];
    if (role !== actor.roleKey) {
      throw new DomainError('forbidden', `This step awaits the decision of role ${role}`, {
        details: { awaitingRole: role },
        detailCode: 'approval_other_role',
      });
    }
    const now = deps.clock.now();
    await repo.insertDecision(tx, {
      requestId: row.id,
      step: row.currentStep,
      roleKey: actor.roleKey,
      userId: actor.via === 'system' ? null : actor.userId,
      userName: actor.displayName,
      decision: input.decision,
      comment: input.comment || null,
      at: now,
    });
    const last = row.currentStep + 1 >= row.steps.length;
    const outcome: ApprovalOutcome | null =
      input.decision === 'reject' ? 'rejected' : last ? 'approved' : null;
    const after = await repo.updateRequest(tx, row.id, {
      ...(outcome ? { status: outcome, completedAt: now } : { currentStep: row.currentStep + 1 }),
      version: row.version + 1,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: `approval.${input.decision}`,
      entityType: 'approval',
      entityId: row.id,
      customerId: row.customerId,
      before: row,
      after: { ...after, comment: input.comment ?? null },
    });
    if (outcome) await handler.onComplete(tx, deps, actor, after, outcome);
    if (outcome) await tellDecided(tx, deps, actor, after, outcome, input.comment ?? '');
    else await tellWaiting(tx, deps, after);
    return toDto(after, await repo.decisionsOf(tx, [row.id]));
  });
}

/** Opens a request inside the caller's transaction (the caller did its own access check). */
export async function openApproval(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  input: {
    kind: string;
    subjectType: string;
    subjectId: string;
    customerId: string | null;
    title: string;
    steps: readonly string[];
  },
): Promise<ApprovalRow> {
  handlerOf(input.kind);
  if (!input.steps.length) throw new Error('an approval needs at least one step');
  const now = deps.clock.now();
  const row = await repo.insertRequest(tx, {
    ...input,
    steps: [...input.steps],
    requestedBy: actor.via === 'system' ? null : actor.userId,
    requestedByName: actor.displayName,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(tx, deps.clock, actor, {
    action: 'approval.opened',
    entityType: 'approval',
    entityId: row.id,
    customerId: row.customerId,
    after: row,
  });
  await tellWaiting(tx, deps, row);
  return row;
}

/** The members of the role the current step waits on hear of it, once per step. */
async function tellWaiting(tx: Tx, deps: Pick<Deps, 'clock'>, row: ApprovalRow): Promise<void> {
  const role = row.steps[row.currentStep];
  const userIds = role ? await roleMemberIds(tx, [role]) : [];
  if (!userIds.length) return;
  await notify(tx, deps.clock, {
    userIds,
    kind: 'approval.waiting',
    message: {
      code: 'approval_waiting',
      params: {
        title: row.title,
        requester: row.requestedByName,
        step: row.currentStep + 1,
        steps: row.steps.length,
      },
    },
    link: '/approvals',
    data: { approvalId: row.id, subjectType: row.subjectType, subjectId: row.subjectId },
  });
}

/** The submitter hears the outcome (not when they decided it themselves). */
async function tellDecided(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  row: ApprovalRow,
  outcome: ApprovalOutcome,
  comment: string,
): Promise<void> {
  if (!row.requestedBy || row.requestedBy === actor.userId) return;
  await notify(tx, deps.clock, {
    userIds: [row.requestedBy],
    kind: `approval.${outcome}`,
    message: {
      code: outcome === 'approved' ? 'approval_approved' : 'approval_rejected',
      params: { title: row.title, decider: actor.displayName, comment },
    },
    // The submitter may not hold the approver's permission: send them to the subject when it has a page.
    link: row.subjectType === 'contract' ? `/contracts/${row.subjectId}` : '/approvals',
    data: { approvalId: row.id, subjectType: row.subjectType, subjectId: row.subjectId },
  });
}

/** Cancels a pending request (e.g. a contract withdrawn from review); no handler runs. */
export async function cancelApproval(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const row = await repo.lockRequest(tx, id);
  if (row?.status !== 'pending') return;
  const now = deps.clock.now();
  const after = await repo.updateRequest(tx, id, {
    status: 'cancelled',
    completedAt: now,
    version: row.version + 1,
    updatedAt: now,
  });
  await recordAudit(tx, deps.clock, actor, {
    action: 'approval.cancelled',
    entityType: 'approval',
    entityId: id,
    customerId: row.customerId,
    before: row,
    after,
  });
}

/** The latest request on a subject (pending or not), for the owning module's read models. */
export async function latestApprovalFor(db: DbOrTx, subjectId: string): Promise<ApprovalRow | undefined> {
  return repo.findLatestForSubject(db, subjectId);
}
