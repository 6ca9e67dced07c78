/**
 * The contracts side of the entitlement check (workflows/entitlement.ts):
 * a customer's contracts in force at an instant with the terms version in
 * effect then. No actor: the calling workflow has done its access check.
 */
import type { ContractState, ContractType } from '../../db/schema/contracts.js';
import type { Deps } from '../../platform/deps.js';
import { shanghaiDate } from '../warranties/index.js';
import * as repo from './contracts.repo.js';
import { type Terms, termsSchema } from './contracts.terms.js';

export interface ContractInForce {
  id: string;
  number: string;
  title: string;
  type: ContractType;
  state: ContractState;
  startDate: string;
  endDate: string;
  termsVersion: number;
  terms: Terms;
}

/** Contracts (active or expiring, start ≤ Shanghai date of `at` ≤ end) with the terms in effect at `at`. */
export async function findContractsInForce(
  deps: Pick<Deps, 'db'>,
  f: { customerId: string; at: Date },
): Promise<ContractInForce[]> {
  const rows = await repo.inForceOn(deps.db, f.customerId, shanghaiDate(f.at));
  const terms = await repo.termsAt(
    deps.db,
    rows.map((r) => r.id),
    f.at,
  );
  return rows.map((r) => {
    const t = terms.get(r.id);
    return {
      id: r.id,
      number: r.number,
      title: r.title,
      type: r.type,
      state: r.state,
      startDate: r.startDate,
      endDate: r.endDate,
      termsVersion: t?.version ?? r.termsVersion,
      terms: termsSchema.parse(t?.terms ?? {}),
    };
  });
}
