/**
 * The contract lifecycle (SPEC §4) and who reviews what, as data in one place.
 *
 *   draft → in_review → active → expiring → expired | renewed | terminated
 *
 * `transitions` is the whole state machine; `manualTransitions` is the part a
 * user may request through POST /contracts/:id/transition. The rest happens
 * through use cases: the review approval activates (or returns to draft),
 * the renewal scan marks expiring/expired, a renewing contract's activation
 * marks its parent renewed.
 */
import type { ContractState, ContractType } from '../../db/schema/contracts.js';
import { invalidState } from '../../platform/errors.js';

export const transitions: Record<ContractState, readonly ContractState[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'active'],
  active: ['expiring', 'expired', 'renewed', 'terminated'],
  expiring: ['expired', 'renewed', 'terminated'],
  expired: ['renewed'],
  renewed: [],
  terminated: [],
};

/** What a user may ask for directly; in_review → draft withdraws the review. */
export const manualTransitions: Record<ContractState, readonly ContractState[]> = {
  draft: ['in_review'],
  in_review: ['draft'],
  active: ['terminated'],
  expiring: ['terminated', 'renewed'],
  expired: ['renewed'],
  renewed: [],
  terminated: [],
};

/** Throws 409 invalid_state with {from, to, allowed} unless the move is allowed. */
export function assertTransition(
  from: ContractState,
  to: ContractState,
  table: Record<ContractState, readonly ContractState[]> = transitions,
): void {
  const allowed = table[from];
  if (!allowed.includes(to)) {
    throw invalidState(
      `A contract cannot go from ${from} to ${to}`,
      { from, to, allowed: [...allowed] },
      'contract_transition',
    );
  }
}

/** Approver roles of the contract review, in order, per contract type. */
export const reviewSteps: Record<ContractType, readonly string[]> = {
  implementation: ['sales_director', 'finance'],
  maintenance: ['sales_director', 'finance'],
  uat: ['technical_director', 'sales_director'],
  memorandum: ['consulting_director', 'finance'],
};

/** Approver roles of a change request to an active contract's terms (变更申请). */
export const changeRequestSteps: readonly string[] = ['sales_director', 'consulting_director'];

/** States in which a contract is in force (start ≤ date ≤ end still applies). */
export const inForceStates: readonly ContractState[] = ['active', 'expiring'];
