/**
 * Contract lifecycle use cases that go through approvals: requested
 * transitions (submitting for review, withdrawing, terminating), the review
 * approval that activates a contract, and change requests (变更申请) that
 * append a terms version when approved. The approval handlers run inside the
 * deciding transaction (modules/approvals), so state and audit commit together.
 */
import type { ContractState } from '../../db/schema/contracts.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, invalid, invalidState, notFound } from '../../platform/errors.js';
import { assertVersion } from '../../platform/versioning.js';
import {
  type ApprovalRow,
  cancelApproval,
  latestApprovalFor,
  openApproval,
  registerApprovalKind,
} from '../approvals/index.js';
import {
  assertTransition,
  changeRequestSteps,
  inForceStates,
  manualTransitions,
  reviewSteps,
} from './contracts.lifecycle.js';
import * as repo from './contracts.repo.js';
import type {
  ChangeRequestDto,
  ChangeRequestInput,
  ContractDto,
  TransitionInput,
} from './contracts.schema.js';
import { checkTerms, loadContract } from './contracts.service.js';
import { termsSchema } from './contracts.terms.js';

export const CONTRACT_REVIEW = 'contract_review';
export const CHANGE_REQUEST = 'change_request';

async function setState(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  before: repo.ContractRow,
  to: ContractState,
  extra: { terminationReason?: string } = {},
) {
  const after = await repo.updateContract(tx, before.id, {
    state: to,
    ...extra,
    version: before.version + 1,
    updatedAt: deps.clock.now(),
  });
  await recordAudit(tx, deps.clock, actor, {
    action: `contract.${to}`,
    entityType: 'contract',
    entityId: before.id,
    customerId: before.customerId,
    before,
    after,
  });
  return after;
}

/**
 * A requested move of the lifecycle: draft → in_review opens the review
 * approval (steps per contract type), in_review → draft withdraws it,
 * active/expiring → terminated needs a reason. Activation only comes from the
 * approval; anything else is 409 invalid_state with the allowed moves.
 */
export async function transitionContract(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: TransitionInput,
): Promise<ContractDto> {
  requirePermission(actor, 'contracts:write');
  await deps.db.transaction(async (tx) => {
    if (!(await repo.findContract(tx, actor, id))) throw notFound('Contract');
    const before = (await repo.lockContract(tx, id))!;
    // If-Match is optional here; when sent it must match.
    if (expectedVersion !== undefined) assertVersion('contract', before.version, expectedVersion);
    assertTransition(before.state, input.to, manualTransitions);
    if (input.to === 'terminated' && !input.reason)
      throw invalid(['body', 'reason'], 'Say why the contract is terminated', 'reason_required');
    if (input.to === 'in_review') {
      const terms = termsSchema.parse((await repo.findTerms(tx, id, before.termsVersion))?.terms);
      if (before.type === 'maintenance' && !terms.slaPolicyId)
        throw invalid(
          ['body', 'terms', 'slaPolicyId'],
          'A maintenance contract needs an SLA policy',
          'sla_policy_required',
        );
      await checkTerms(deps, terms, before.amount, deps.clock.now());
      await setState(tx, deps, actor, before, 'in_review');
      await openApproval(tx, deps, actor, {
        kind: CONTRACT_REVIEW,
        subjectType: 'contract',
        subjectId: id,
        customerId: before.customerId,
        title: `${before.number} ${before.title}`,
        steps: reviewSteps[before.type],
      });
      return;
    }
    if (input.to === 'draft') {
      const approval = await latestApprovalFor(tx, id);
      if (approval) await cancelApproval(tx, deps, actor, approval.id);
    }
    await setState(
      tx,
      deps,
      actor,
      before,
      input.to,
      input.to === 'terminated' && input.reason ? { terminationReason: input.reason } : {},
    );
  });
  return loadContract(deps.db, actor, id);
}

/** Review approved: the contract becomes active and the contract it renews becomes renewed. */
async function onReviewComplete(tx: Tx, deps: Deps, actor: Actor, req: ApprovalRow, outcome: string) {
  const before = await repo.lockContract(tx, req.subjectId);
  if (!before) throw notFound('Contract');
  const to: ContractState = outcome === 'approved' ? 'active' : 'draft';
  assertTransition(before.state, to);
  await setState(tx, deps, actor, before, to);
  if (to === 'active' && before.parentId) {
    const parent = await repo.lockContract(tx, before.parentId);
    if (parent && ['active', 'expiring', 'expired'].includes(parent.state)) {
      await setState(tx, deps, actor, parent, 'renewed');
    }
  }
}

function toChangeRequestDto(r: repo.ChangeRequestRow): ChangeRequestDto {
  return {
    id: r.id,
    contractId: r.contractId,
    reason: r.reason,
    terms: r.terms,
    status: r.status,
    approvalId: r.approvalId,
    resultingVersion: r.resultingVersion,
    createdBy: r.createdBy,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  };
}

/** Change approved: a new terms version effective from the decision; rejected: recorded, terms untouched. */
async function onChangeComplete(tx: Tx, deps: Deps, actor: Actor, req: ApprovalRow, outcome: string) {
  const cr = await repo.findChangeRequest(tx, req.subjectId);
  if (!cr) throw notFound('Change request');
  const now = deps.clock.now();
  if (outcome !== 'approved') {
    const after = await repo.updateChangeRequest(tx, cr.id, { status: 'rejected', decidedAt: now });
    await recordAudit(tx, deps.clock, actor, {
      action: 'contract_change_request.rejected',
      entityType: 'contract_change_request',
      entityId: cr.id,
      before: cr,
      after,
    });
    return;
  }
  const contract = (await repo.lockContract(tx, cr.contractId))!;
  if (!inForceStates.includes(contract.state)) {
    throw invalidState(
      `The contract is ${contract.state}; its terms can no longer change`,
      {
        state: contract.state,
      },
      'contract_terms_locked',
    );
  }
  const version = contract.termsVersion + 1;
  await repo.insertTerms(tx, {
    contractId: contract.id,
    version,
    effectiveFrom: now,
    terms: cr.terms,
    createdBy: cr.createdBy,
    changeRequestId: cr.id,
    createdAt: now,
  });
  const after = await repo.updateContract(tx, contract.id, {
    termsVersion: version,
    version: contract.version + 1,
    updatedAt: now,
  });
  const crAfter = await repo.updateChangeRequest(tx, cr.id, {
    status: 'approved',
    decidedAt: now,
    resultingVersion: version,
  });
  await recordAudit(tx, deps.clock, actor, {
    action: 'contract.terms_changed',
    entityType: 'contract',
    entityId: contract.id,
    customerId: contract.customerId,
    before: { termsVersion: contract.termsVersion },
    after: { ...after, terms: cr.terms, changeRequest: crAfter },
  });
}

registerApprovalKind(CONTRACT_REVIEW, {
  permission: 'contracts:approve',
  subjectVisible: async (db, actor, id) => (await repo.findContract(db, actor, id)) !== undefined,
  onComplete: onReviewComplete,
});

registerApprovalKind(CHANGE_REQUEST, {
  permission: 'contracts:approve',
  subjectVisible: async (db, actor, id) => {
    const cr = await repo.findChangeRequest(db, id);
    return cr !== undefined && (await repo.findContract(db, actor, cr.contractId)) !== undefined;
  },
  onComplete: onChangeComplete,
});

/** Proposes new full terms for an active or expiring contract; opens its approval. One pending at a time. */
export async function createChangeRequest(
  deps: Deps,
  actor: Actor,
  contractId: string,
  input: ChangeRequestInput,
): Promise<ChangeRequestDto> {
  requirePermission(actor, 'contracts:write');
  return deps.db.transaction(async (tx) => {
    if (!(await repo.findContract(tx, actor, contractId))) throw notFound('Contract');
    const contract = (await repo.lockContract(tx, contractId))!;
    if (!inForceStates.includes(contract.state)) {
      throw invalidState(
        'Only an active or expiring contract takes change requests; edit a draft directly',
        {
          state: contract.state,
        },
        'change_request_not_active',
      );
    }
    if (await repo.hasPendingChangeRequest(tx, contractId))
      throw conflict(
        'A change request of this contract is still pending',
        undefined,
        'change_request_pending',
      );
    await checkTerms(deps, input.terms, contract.amount, deps.clock.now());
    const now = deps.clock.now();
    const cr = await repo.insertChangeRequest(tx, {
      contractId,
      reason: input.reason,
      terms: input.terms,
      createdBy: actor.via === 'system' ? null : actor.userId,
      createdByName: actor.displayName,
      createdAt: now,
    });
    const approval = await openApproval(tx, deps, actor, {
      kind: CHANGE_REQUEST,
      subjectType: 'contract_change_request',
      subjectId: cr.id,
      customerId: contract.customerId,
      title: `${contract.number}: ${input.reason.slice(0, 200)}`,
      steps: changeRequestSteps,
    });
    const after = await repo.updateChangeRequest(tx, cr.id, { approvalId: approval.id });
    await recordAudit(tx, deps.clock, actor, {
      action: 'contract_change_request.create',
      entityType: 'contract_change_request',
      entityId: cr.id,
      customerId: contract.customerId,
      after,
    });
    return toChangeRequestDto(after);
  });
}

export async function listChangeRequests(deps: Deps, actor: Actor, contractId: string) {
  requirePermission(actor, 'contracts:read');
  if (!(await repo.findContract(deps.db, actor, contractId))) throw notFound('Contract');
  return (await repo.listChangeRequests(deps.db, contractId)).map(toChangeRequestDto);
}
