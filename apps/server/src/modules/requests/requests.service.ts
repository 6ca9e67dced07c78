/**
 * Changing a request: field edits (a severity change moves the due times and
 * must say why; a category, product or deployment change decides the
 * entitlement again) and a new entitlement decision (policy change). Each is
 * one transaction with the If-Match lock, the timeline events and the audit.
 */
import { type Actor, can, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import type { Entitlement, RequestCategory } from '../../workflows/entitlement.js';
import { recomputeClock } from './requests.clock.js';
import { applyTransition } from './requests.flow.js';
import { checkReferences, entitlementFor, searchVectorOf } from './requests.intake.js';
import { appendEvent, lockRequest, type RequestRow, saveRequest } from './requests.kernel.js';
import { loadDetail } from './requests.read.js';
import type { RequestDetail, RequestPatch } from './requests.schema.js';
import { policyIdFor, type SlaTerms, standardPolicyId, termColumns, termsFor } from './requests.terms.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const dueSummary = (
  r: Pick<
    RequestRow,
    'responseDueAt' | 'resolutionDueAt' | 'responseTargetMinutes' | 'resolutionTargetMinutes'
  >,
) => ({
  responseTargetMinutes: r.responseTargetMinutes,
  resolutionTargetMinutes: r.resolutionTargetMinutes,
  responseDueAt: iso(r.responseDueAt),
  resolutionDueAt: iso(r.resolutionDueAt),
});

/** What an entitlement decision settled on a request (the timeline's before/after). */
const coverageOf = (r: RequestRow) => ({
  coverage: r.coverage,
  contractId: r.contractId,
  warrantyId: r.warrantyId,
  slaPolicyId: r.slaPolicyId,
  slaPolicyVersion: r.slaPolicyVersion,
});

/** The request columns of an entitlement decision. */
const entitlementColumns = (ent: Entitlement) => ({
  coverage: ent.coverage,
  contractId: ent.contract?.id ?? null,
  warrantyId: ent.warranty?.id ?? null,
  feeCategory: ent.feeCategory ?? null,
  entitlement: ent as unknown as Record<string, unknown>,
});

/** Recomputes the clock of a locked request for new terms; returns the patch and the timeline data. */
function recompute(row: RequestRow, terms: SlaTerms) {
  const patch = {
    ...termColumns(terms),
    ...recomputeClock(row, terms.calendar, {
      responseTargetMinutes: terms.responseTargetMinutes,
      resolutionTargetMinutes: terms.resolutionTargetMinutes,
      warningPercent: terms.warningPercent,
    }),
  };
  return { patch, old: dueSummary(row), new: dueSummary({ ...row, ...patch }) };
}

/** Updates fields of a request if the caller's version is current. */
export async function updateRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: RequestPatch,
): Promise<RequestDetail> {
  requirePermission(actor, 'requests:update');
  return deps.db.transaction(async (tx: Tx) => {
    const row = await lockRequest(tx, actor, id, expectedVersion);
    const now = deps.clock.now();
    const { reason, ...fields } = input;
    const severityChanged = fields.severity !== undefined && fields.severity !== row.severity;
    if (severityChanged && !reason)
      throw invalid(
        ['body', 'reason'],
        'Say why the severity changes: it moves the due times',
        'reason_required',
      );
    let patch: Record<string, unknown> = { ...fields };
    const refs = ['contactId', 'deploymentId', 'productId', 'productVersionId'] as const;
    if (refs.some((k) => fields[k] !== undefined)) {
      const merged = Object.fromEntries(refs.map((k) => [k, fields[k] === undefined ? row[k] : fields[k]]));
      const productId = await checkReferences(tx, row.customerId, merged);
      if (fields.productId !== undefined || fields.deploymentId !== undefined) patch.productId = productId;
    }
    if (fields.subject !== undefined || fields.description !== undefined) {
      patch.searchVector = searchVectorOf({
        number: row.number,
        subject: fields.subject ?? row.subject,
        description: fields.description ?? row.description,
      });
    }
    let due: ReturnType<typeof recompute> | undefined;
    // What the entitlement depends on: a corrected category, product or deployment decides it again.
    const coverageKeys = (['category', 'productId', 'deploymentId'] as const).filter(
      (k) => k in patch && patch[k] !== undefined && patch[k] !== row[k],
    );
    let redecided: { old: ReturnType<typeof coverageOf>; ent: Entitlement } | undefined;
    if (coverageKeys.length) {
      const next = { ...row, ...patch } as RequestRow;
      // As intake would have decided it with the right facts: at receipt, the severity as now.
      const ent = await entitlementFor(deps, {
        customerId: row.customerId,
        deploymentId: next.deploymentId ?? undefined,
        productId: next.productId ?? undefined,
        category: next.category as RequestCategory,
        at: row.receivedAt,
      });
      const terms = await termsFor(deps, await policyIdFor(tx, ent), next.severity, row.receivedAt);
      due = recompute(row, terms);
      redecided = { old: coverageOf(row), ent };
      patch = { ...patch, ...entitlementColumns(ent), ...due.patch };
    } else if (severityChanged) {
      // Same policy (the version in effect at receipt), the new severity's targets.
      const policyId = row.slaPolicyId ?? (await standardPolicyId(tx));
      due = recompute(row, await termsFor(deps, policyId, fields.severity!, row.receivedAt));
      patch = { ...patch, ...due.patch };
    }
    const saved = await saveRequest(tx, row, patch, now);
    const actorId = actor.userId;
    if (redecided && due) {
      const changes = Object.fromEntries(
        coverageKeys.map((k) => [k, { from: row[k] ?? null, to: saved[k] ?? null }]),
      );
      await appendEvent(tx, id, 'entitlement_rechecked', {
        actorId,
        at: now,
        data: {
          cause: 'fields',
          fields: coverageKeys,
          changes,
          reason: reason ?? null,
          old: redecided.old,
          new: coverageOf(saved),
          reasons: redecided.ent.reasons,
        },
      });
      await appendEvent(tx, id, 'due_recomputed', {
        actorId,
        at: now,
        data: { cause: 'fields', fields: coverageKeys, reason: reason ?? null, old: due.old, new: due.new },
      });
    } else if (due) {
      await appendEvent(tx, id, 'due_recomputed', {
        actorId,
        at: now,
        data: {
          cause: 'severity',
          reason,
          from: row.severity,
          to: saved.severity,
          old: due.old,
          new: due.new,
        },
      });
    }
    const changed = Object.keys(fields).filter((k) => k !== 'reason');
    if (changed.length) {
      await appendEvent(tx, id, 'fields_changed', { actorId, at: now, data: { fields: changed } });
    }
    const detail = await loadDetail(deps, tx, actor, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'request.update',
      entityType: 'service_request',
      entityId: id,
      customerId: row.customerId,
      before: Object.fromEntries(changed.map((k) => [k, row[k as keyof RequestRow]])),
      after: {
        ...Object.fromEntries(changed.map((k) => [k, saved[k as keyof RequestRow]])),
        reason: reason ?? null,
      },
    });
    return detail;
  });
}

/**
 * Decides the entitlement again (a contract was signed or corrected since
 * intake): coverage and policy as of now, due times recomputed from the
 * original receipt with the new targets, and the reason on the timeline.
 */
export async function recheckEntitlement(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: { reason: string },
): Promise<RequestDetail> {
  requirePermission(actor, 'requests:update');
  return deps.db.transaction(async (tx: Tx) => {
    const row = await lockRequest(tx, actor, id, expectedVersion);
    const now = deps.clock.now();
    const ent = await entitlementFor(deps, {
      customerId: row.customerId,
      deploymentId: row.deploymentId ?? undefined,
      productId: row.productId ?? undefined,
      category: row.category as Parameters<typeof entitlementFor>[1]['category'],
      at: now,
    });
    const terms = await termsFor(deps, await policyIdFor(tx, ent), row.severity, now);
    const due = recompute(row, terms);
    const saved = await saveRequest(
      tx,
      row,
      {
        ...entitlementColumns(ent),
        ...due.patch,
      },
      now,
    );
    const policy = coverageOf;
    await appendEvent(tx, id, 'entitlement_rechecked', {
      actorId: actor.userId,
      at: now,
      data: { reason: input.reason, old: policy(row), new: policy(saved) },
    });
    await appendEvent(tx, id, 'due_recomputed', {
      actorId: actor.userId,
      at: now,
      data: { cause: 'policy', reason: input.reason, old: due.old, new: due.new },
    });
    const detail = await loadDetail(deps, tx, actor, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'request.recheck_entitlement',
      entityType: 'service_request',
      entityId: id,
      customerId: row.customerId,
      before: policy(row),
      after: { ...policy(saved), reason: input.reason },
    });
    return detail;
  });
}

/** POST /requests/:id/transition: one state change with If-Match, audited. Customers may only answer a resolution. */
export async function transitionRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: { to: string; note?: string | undefined },
): Promise<RequestDetail> {
  if (!can(actor, 'requests:update')) requirePermission(actor, 'requests:reply');
  return deps.db.transaction(async (tx: Tx) => {
    const row = await lockRequest(tx, actor, id, expectedVersion);
    const saved = await applyTransition(tx, deps, actor, row, input.to, input.note);
    await recordAudit(tx, deps.clock, actor, {
      action: 'request.transition',
      entityType: 'service_request',
      entityId: id,
      customerId: row.customerId,
      before: { state: row.state },
      after: { state: saved.state, note: input.note ?? null },
    });
    return loadDetail(deps, tx, actor, id);
  });
}
