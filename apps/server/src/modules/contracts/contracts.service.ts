/**
 * Contract use cases (SPEC §4): list, read, create and edit contracts, and
 * read their terms versions. Creating a contract stores its terms as
 * version 1; a draft's terms are edited in place (If-Match), an active
 * contract's only through a change request (contracts.review.ts). Reading
 * needs contracts:read, writing contracts:write; the data scope is the
 * customer's, applied in SQL (contracts.repo.ts).
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, invalidState, notFound } from '../../platform/errors.js';
import { withIdempotency } from '../../platform/idempotency.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import { latestApprovalFor } from '../approvals/index.js';
import { customerInScope } from '../customers/index.js';
import { resolvePolicyAt } from '../sla/index.js';
import { shanghaiDate } from '../warranties/index.js';
import * as repo from './contracts.repo.js';
import type {
  ContractCreate,
  ContractDto,
  ContractListQuery,
  ContractPatch,
  TermsVersionDto,
} from './contracts.schema.js';
import { defaultTerms, installmentIssue, type Terms, termsSchema } from './contracts.terms.js';

export function toTermsDto(t: repo.TermsRow): TermsVersionDto {
  return {
    version: t.version,
    effectiveFrom: t.effectiveFrom.toISOString(),
    terms: t.terms,
    createdBy: t.createdBy,
    changeRequestId: t.changeRequestId,
    createdAt: t.createdAt.toISOString(),
  };
}

function toListDto(r: repo.ContractListRow) {
  const c = r.contract;
  return {
    id: c.id,
    number: c.number,
    customerId: c.customerId,
    customerName: r.customerName,
    type: c.type,
    title: c.title,
    amount: c.amount,
    signedDate: c.signedDate,
    startDate: c.startDate,
    endDate: c.endDate,
    ownerId: c.ownerId,
    ownerName: r.ownerName,
    parentId: c.parentId,
    state: c.state,
    terminationReason: c.terminationReason,
    termsVersion: c.termsVersion,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** The full view of a visible contract: header, current terms, latest approval. */
export async function loadContract(db: DbOrTx, actor: Actor, id: string): Promise<ContractDto> {
  const row = await repo.findContract(db, actor, id);
  if (!row) throw notFound('Contract');
  const terms = await repo.findTerms(db, id, row.contract.termsVersion);
  const approval = await latestApprovalFor(db, id);
  return { ...toListDto(row), terms: terms?.terms ?? {}, approvalId: approval?.id ?? null };
}

/** Contracts in the caller's scope with filters, sorted, one keyset page. */
export async function listContracts(deps: Deps, actor: Actor, q: ContractListQuery) {
  requirePermission(actor, 'contracts:read');
  const today = shanghaiDate(deps.clock.now());
  const rows = await repo.listContracts(deps.db, actor, q, today, decodeCursor(q.cursor));
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map(toListDto),
    nextCursor:
      rows.length > q.limit && last
        ? encodeCursor({ v: repo.cursorValue(last.contract, q.sort), id: last.contract.id })
        : null,
    today,
  };
}

/** A customer's contracts; 404 when the customer is outside the caller's scope. */
export async function listCustomerContracts(
  deps: Deps,
  actor: Actor,
  customerId: string,
  q: Omit<ContractListQuery, 'customerId'>,
) {
  requirePermission(actor, 'contracts:read');
  if (!(await customerInScope(deps.db, actor, customerId))) throw notFound('Customer');
  return listContracts(deps, actor, { ...q, customerId });
}

export async function getContract(deps: Deps, actor: Actor, id: string): Promise<ContractDto> {
  requirePermission(actor, 'contracts:read');
  return loadContract(deps.db, actor, id);
}

/** Checks what the terms refer to and that installments add up to the amount. */
export async function checkTerms(deps: Deps, terms: Terms, amount: string, at: Date): Promise<void> {
  const issue = installmentIssue(terms, amount);
  if (issue) throw invalid(['body', 'terms', ...issue.path], issue.message, 'installment_sum');
  if (terms.slaPolicyId) {
    try {
      await resolvePolicyAt(deps, terms.slaPolicyId, at);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'not_found')
        throw invalid(['body', 'terms', 'slaPolicyId'], 'No such SLA policy', 'unknown_entity', {
          entity: 'sla_policy',
        });
      throw err;
    }
  }
}

async function checkRefs(
  tx: DbOrTx,
  actor: Actor,
  customerId: string,
  refs: { ownerId?: string | undefined; parentId?: string | null | undefined },
) {
  if (refs.ownerId && refs.ownerId !== actor.userId && !(await repo.userExists(tx, refs.ownerId)))
    throw invalid(['body', 'ownerId'], 'No such user', 'unknown_entity', { entity: 'user' });
  if (refs.parentId) {
    const parent = await repo.findContract(tx, actor, refs.parentId);
    if (!parent || parent.contract.customerId !== customerId)
      throw invalid(['body', 'parentId'], 'No such contract of this customer', 'not_of_customer', {
        entity: 'contract',
      });
  }
}

/** Creates a draft with terms v1, or replays the response of an earlier request with the same Idempotency-Key. */
export async function createContract(
  deps: Deps,
  actor: Actor,
  input: ContractCreate,
  opts: { idempotencyKey?: string | undefined } = {},
) {
  requirePermission(actor, 'contracts:write');
  const now = deps.clock.now();
  const terms = input.terms ?? defaultTerms();
  const request = {
    key: opts.idempotencyKey,
    userId: actor.userId,
    route: 'POST /api/contracts',
    request: input,
    status: 201,
  };
  return withIdempotency(deps.db, request, async (tx) => {
    // Like every scoped record: a customer outside the caller's scope is missing (404).
    if (!(await customerInScope(tx, actor, input.customerId))) throw notFound('Customer');
    await checkRefs(tx, actor, input.customerId, input);
    await checkTerms(deps, terms, input.amount, now);
    if (await repo.numberTaken(tx, input.number))
      throw new DomainError('duplicate', 'A contract with this number exists', {
        issues: [{ path: ['body', 'number'], message: 'Already used', code: 'duplicate' }],
      });
    const row = await repo.insertContract(tx, {
      number: input.number,
      customerId: input.customerId,
      type: input.type,
      title: input.title,
      amount: input.amount,
      signedDate: input.signedDate ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      ownerId: input.ownerId ?? (actor.via === 'system' ? null : actor.userId),
      parentId: input.parentId ?? null,
      createdBy: actor.via === 'system' ? null : actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const v1 = await repo.insertTerms(tx, {
      contractId: row.id,
      version: 1,
      effectiveFrom: now,
      terms,
      createdBy: actor.via === 'system' ? null : actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'contract.create',
      entityType: 'contract',
      entityId: row.id,
      customerId: row.customerId,
      after: { ...row, terms: v1.terms },
    });
    return loadContract(tx, actor, row.id);
  });
}

/** Fields that only a draft may change; the rest (title, owner, signed date) may change any time. */
const draftOnly = ['number', 'amount', 'startDate', 'endDate', 'parentId', 'terms'] as const;

/** Edits a contract (If-Match required); terms and money only while it is a draft. */
export async function updateContract(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: ContractPatch,
): Promise<ContractDto> {
  requirePermission(actor, 'contracts:write');
  requireIfMatch(expectedVersion);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.findContract(tx, actor, id))) throw notFound('Contract');
    const before = (await repo.lockContract(tx, id))!;
    assertVersion('contract', before.version, expectedVersion);
    const touched = draftOnly.filter((k) => patch[k] !== undefined);
    if (before.state !== 'draft' && touched.length) {
      throw invalidState(
        'Only a draft contract can change these fields; use a change request for terms',
        {
          state: before.state,
          fields: touched,
        },
        'draft_only_fields',
      );
    }
    await checkRefs(tx, actor, before.customerId, patch);
    if (patch.number && (await repo.numberTaken(tx, patch.number, id)))
      throw new DomainError('duplicate', 'A contract with this number exists', {
        issues: [{ path: ['body', 'number'], message: 'Already used', code: 'duplicate' }],
      });
    const startDate = patch.startDate ?? before.startDate;
    const endDate = patch.endDate ?? before.endDate;
    if (endDate < startDate)
      throw invalid(['body', 'endDate'], 'Must not be before the start date', 'end_before_start');
    const amount = patch.amount ?? before.amount;
    const currentTerms = await repo.findTerms(tx, id, before.termsVersion);
    const terms = patch.terms ?? termsSchema.parse(currentTerms?.terms ?? defaultTerms());
    if (patch.terms || patch.amount) await checkTerms(deps, terms, amount, now);
    const after = await repo.updateContract(tx, id, {
      ...(patch.number !== undefined ? { number: patch.number } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.amount !== undefined ? { amount: patch.amount } : {}),
      ...(patch.signedDate !== undefined ? { signedDate: patch.signedDate } : {}),
      ...(patch.startDate !== undefined ? { startDate: patch.startDate } : {}),
      ...(patch.endDate !== undefined ? { endDate: patch.endDate } : {}),
      ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
      ...(patch.parentId !== undefined ? { parentId: patch.parentId } : {}),
      version: before.version + 1,
      updatedAt: now,
    });
    if (patch.terms) await repo.replaceDraftTerms(tx, id, patch.terms);
    await recordAudit(tx, deps.clock, actor, {
      action: 'contract.update',
      entityType: 'contract',
      entityId: id,
      customerId: before.customerId,
      before: patch.terms ? { ...before, terms: currentTerms?.terms } : before,
      after: patch.terms ? { ...after, terms: patch.terms } : after,
    });
  });
  return loadContract(deps.db, actor, id);
}

/**
 * A terms version with the SLA targets in force when it took effect: the
 * policy version effective then, so an old version shows the targets agreed
 * at the time, not today's.
 */
async function withSla(deps: Deps, dto: TermsVersionDto): Promise<TermsVersionDto> {
  const policyId = (dto.terms as { slaPolicyId?: string | null }).slaPolicyId;
  if (!policyId) return { ...dto, sla: null };
  const p = await resolvePolicyAt(deps, policyId, new Date(dto.effectiveFrom));
  return {
    ...dto,
    sla: {
      policyId,
      policyVersion: p.version,
      name: p.name,
      effectiveFrom: p.effectiveFrom.toISOString(),
      calendarId: p.calendarId,
      calendarName: p.calendar.definition.name ?? null,
      targets: p.targets,
      warningPercent: p.warningPercent,
    },
  };
}

/** The current terms and every version, oldest first, each with the SLA targets in force then. */
export async function getTerms(deps: Deps, actor: Actor, id: string) {
  requirePermission(actor, 'contracts:read');
  const row = await repo.findContract(deps.db, actor, id);
  if (!row) throw notFound('Contract');
  const versions = await Promise.all(
    (await repo.listTerms(deps.db, id)).map((t) => withSla(deps, toTermsDto(t))),
  );
  const current = versions.find((v) => v.version === row.contract.termsVersion);
  if (!current) throw new Error(`contract ${id} lacks terms version ${row.contract.termsVersion}`);
  return { current, versions };
}

export async function getTermsVersion(deps: Deps, actor: Actor, id: string, version: number) {
  requirePermission(actor, 'contracts:read');
  if (!(await repo.findContract(deps.db, actor, id))) throw notFound('Contract');
  const t = await repo.findTerms(deps.db, id, version);
  if (!t) throw notFound('Terms version');
  return withSla(deps, toTermsDto(t));
}
