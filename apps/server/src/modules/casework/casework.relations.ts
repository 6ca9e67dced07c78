/**
 * Links between requests (duplicate of, caused by, related) and merging a
 * duplicate into the request that carries on: the duplicate is closed,
 * points at the survivor (mergedIntoId + a duplicate_of relation), and both
 * timelines say so. Related requests outside the caller's scope are never
 * shown nor linkable.
 */
import type { RequestRelationKind } from '../../db/schema/requests.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, invalidState, notFound } from '../../platform/errors.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import { applyTransition } from '../requests/index.js';
import { appendEvent, findRequest, lockRequest, saveRequest } from '../requests/requests.kernel.js';
import * as repo from './casework.repo.js';
import type { MergeResult, RelationDto, RelationInput } from './casework.schema.js';

const actorId = (actor: Actor) => (actor.via === 'system' ? null : actor.userId);

async function requireRequest(deps: Deps, actor: Actor, id: string) {
  const row = await findRequest(deps.db, actor, id);
  if (!row) throw notFound('Service request');
  return row;
}

/** Both directions; links to requests the caller cannot see are left out. */
export async function listRelations(deps: Deps, actor: Actor, requestId: string): Promise<RelationDto[]> {
  requirePermission(actor, 'requests:read');
  await requireRequest(deps, actor, requestId);
  const rows = await repo.relationsOf(deps.db, requestId);
  const otherOf = (r: repo.RelationRow) => (r.requestId === requestId ? r.relatedId : r.requestId);
  const others = new Map(
    (await repo.visibleSummaries(deps.db, actor, [...new Set(rows.map(otherOf))])).map((s) => [s.id, s]),
  );
  return rows.flatMap((r) => {
    const other = others.get(otherOf(r));
    if (!other) return [];
    return [
      {
        requestId: r.requestId,
        relatedId: r.relatedId,
        kind: r.kind,
        direction: r.requestId === requestId ? ('outgoing' as const) : ('incoming' as const),
        other,
        createdAt: r.createdAt.toISOString(),
      },
    ];
  });
}

export async function addRelation(
  deps: Deps,
  actor: Actor,
  requestId: string,
  input: RelationInput,
): Promise<RelationDto> {
  requirePermission(actor, 'requests:update');
  return deps.db.transaction(async (tx) => {
    const row = await findRequest(tx, actor, requestId);
    if (!row) throw notFound('Service request');
    if (input.relatedId === requestId)
      throw invalid(['relatedId'], 'A request cannot be related to itself', 'self_reference');
    const related = await findRequest(tx, actor, input.relatedId);
    if (!related)
      throw invalid(['relatedId'], 'No such service request', 'unknown_entity', {
        entity: 'service_request',
      });
    const now = deps.clock.now();
    const created = await repo.insertRelation(tx, {
      requestId,
      relatedId: related.id,
      kind: input.kind,
      createdBy: actorId(actor),
      createdAt: now,
    });
    if (!created)
      throw new DomainError('duplicate', 'These requests are already linked this way', {
        detailCode: 'already_linked',
      });
    for (const [on, other] of [
      [row, related],
      [related, row],
    ] as const) {
      await appendEvent(tx, on.id, 'relation_added', {
        actorId: actorId(actor),
        at: now,
        data: {
          kind: input.kind,
          from: row.id,
          to: related.id,
          otherId: other.id,
          otherNumber: other.number,
        },
      });
    }
    await recordAudit(tx, deps.clock, actor, {
      action: 'request_relation.create',
      entityType: 'service_request',
      entityId: requestId,
      customerId: row.customerId,
      after: created,
    });
    return {
      requestId,
      relatedId: related.id,
      kind: input.kind,
      direction: 'outgoing',
      other: {
        id: related.id,
        number: related.number,
        subject: related.subject,
        state: related.state,
        stateCategory: related.stateCategory,
      },
      createdAt: created.createdAt.toISOString(),
    };
  });
}

/** Removes a link recorded from either side. The link of a merge stays (it is the merge). */
export async function removeRelation(
  deps: Deps,
  actor: Actor,
  requestId: string,
  relatedId: string,
  kind: RequestRelationKind,
): Promise<void> {
  requirePermission(actor, 'requests:update');
  await deps.db.transaction(async (tx) => {
    const row = await findRequest(tx, actor, requestId);
    if (!row) throw notFound('Service request');
    const related = await findRequest(tx, actor, relatedId);
    if (!related) throw notFound('Relation');
    if (kind === 'duplicate_of' && (row.mergedIntoId === relatedId || related.mergedIntoId === requestId)) {
      throw invalidState(
        'This link records a merge and cannot be removed',
        undefined,
        'merge_link_permanent',
      );
    }
    const [removed] = await repo.deleteRelation(tx, requestId, relatedId, kind);
    if (!removed) throw notFound('Relation');
    const now = deps.clock.now();
    for (const [on, other] of [
      [row, related],
      [related, row],
    ] as const) {
      await appendEvent(tx, on.id, 'relation_removed', {
        actorId: actorId(actor),
        at: now,
        data: { kind, otherId: other.id, otherNumber: other.number },
      });
    }
    await recordAudit(tx, deps.clock, actor, {
      action: 'request_relation.delete',
      entityType: 'service_request',
      entityId: requestId,
      customerId: row.customerId,
      before: removed,
    });
  });
}

/**
 * Merges request `id` (the duplicate, If-Match) into `intoId`: same customer
 * only, neither already merged. The duplicate is closed and stops its SLA
 * checks; the survivor is locked too so it cannot be merged away meanwhile.
 */
export async function mergeRequest(
  deps: Deps,
  actor: Actor,
  requestId: string,
  expectedVersion: number | undefined,
  intoId: string,
): Promise<MergeResult> {
  requirePermission(actor, 'requests:update');
  return deps.db.transaction(async (tx) => {
    if (!(await findRequest(tx, actor, requestId))) throw notFound('Service request');
    requireIfMatch(expectedVersion);
    if (intoId === requestId)
      throw invalid(['intoId'], 'A request cannot be merged into itself', 'self_reference');
    if (!(await findRequest(tx, actor, intoId)))
      throw invalid(['intoId'], 'No such service request', 'unknown_entity', { entity: 'service_request' });
    // Lock in id order: two merges of the same pair in opposite directions must not deadlock.
    const [first, second] = [requestId, intoId].sort();
    const locked = new Map([
      [first!, await lockRequest(tx, actor, first!, 'any')],
      [second!, await lockRequest(tx, actor, second!, 'any')],
    ]);
    const dup = locked.get(requestId)!;
    const into = locked.get(intoId)!;
    assertVersion('service request', dup.version, expectedVersion);
    if (dup.mergedIntoId)
      throw invalidState(
        'This request is already merged',
        { mergedIntoId: dup.mergedIntoId },
        'request_already_merged',
      );
    if (into.mergedIntoId) {
      throw invalidState(
        'The target request was itself merged; merge into the one it points to',
        {
          mergedIntoId: into.mergedIntoId,
        },
        'merge_target_merged',
      );
    }
    if (dup.customerId !== into.customerId) {
      throw invalid(['intoId'], 'Only requests of the same customer can be merged', 'merge_other_customer');
    }
    const closed = await repo.closedStateKey(tx);
    if (!closed) throw invalidState('No closed state is configured', undefined, 'no_closed_state');
    const now = deps.clock.now();
    // Closing is the flow's (H1): same clock effects and public state event as any close.
    const closedRow =
      dup.stateCategory === 'closed'
        ? dup
        : await applyTransition(tx, deps, actor, dup, closed, undefined, {
            system: true,
            event: { reason: 'merged', intoId: into.id, intoNumber: into.number },
          });
    const saved = await saveRequest(tx, closedRow, { mergedIntoId: into.id, nextSlaCheckAt: null }, now);
    await repo.insertRelation(tx, {
      requestId: dup.id,
      relatedId: into.id,
      kind: 'duplicate_of',
      createdBy: actorId(actor),
      createdAt: now,
    });
    // Same customer on both sides, so the customer may see both events.
    await appendEvent(tx, dup.id, 'merged_into', {
      actorId: actorId(actor),
      at: now,
      visibility: 'public',
      data: { intoId: into.id, intoNumber: into.number, fromState: dup.state, toState: closed },
    });
    await appendEvent(tx, into.id, 'merged_from', {
      actorId: actorId(actor),
      at: now,
      visibility: 'public',
      data: { fromId: dup.id, fromNumber: dup.number },
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'service_request.merge',
      entityType: 'service_request',
      entityId: dup.id,
      customerId: dup.customerId,
      before: { state: dup.state, mergedIntoId: null, closedAt: dup.closedAt, version: dup.version },
      after: { state: saved.state, mergedIntoId: into.id, closedAt: saved.closedAt, version: saved.version },
    });
    return {
      id: saved.id,
      number: saved.number,
      mergedIntoId: into.id,
      state: saved.state,
      stateCategory: saved.stateCategory,
      closedAt: saved.closedAt?.toISOString() ?? null,
      version: saved.version,
    };
  });
}
