/**
 * Timeline use cases: read a request's history, reply publicly, add an
 * internal note, acknowledge. Who sees what is decided once, by
 * `publicOnly`: an actor without 'requests:internal' (every customer role)
 * gets public entries and public attachments only, in lists and counts.
 * The first human public reply or acknowledgement by the vendor stops the
 * response clock; automatic acknowledgements and customer replies do not.
 */
import { type Actor, can, requirePermission, systemActor } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { forbidden, invalid, invalidState, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import { permissions } from '../../platform/permissions.js';
import { notify } from '../notifications/index.js';
import { applyTransition, recordFirstResponse } from '../requests/index.js';
import {
  appendEvent,
  appendTimeline,
  findRequest,
  lockRequest,
  type RequestRow,
  saveRequest,
  type TimelineRow,
} from '../requests/requests.kernel.js';
import { toEntryDto } from './timeline.dto.js';
import * as repo from './timeline.repo.js';
import { plainText, sanitizeBody } from './timeline.sanitize.js';
import type { ReplyInput, TimelineEntryDto, TimelinePage, TimelineQuery } from './timeline.schema.js';

/** Customer roles (no 'requests:internal') see only what is public. */
export const publicOnly = (actor: Actor) => !can(actor, 'requests:internal');
/** A customer contact writing (as opposed to the vendor's staff). */
const fromCustomer = (actor: Actor) => actor.customerId !== null;
const authorOf = (actor: Actor) => (actor.via === 'system' ? null : actor.userId);

/** The request if the actor may see it; 404 otherwise (out of scope = missing). */
export async function requireRequest(deps: Deps, actor: Actor, requestId: string): Promise<RequestRow> {
  const row = await findRequest(deps.db, actor, requestId);
  if (!row) throw notFound('Service request');
  return row;
}

export async function listTimeline(
  deps: Deps,
  actor: Actor,
  requestId: string,
  query: TimelineQuery,
): Promise<TimelinePage> {
  requirePermission(actor, 'requests:read');
  await requireRequest(deps, actor, requestId);
  const only = publicOnly(actor);
  const cursor = decodeCursor(query.cursor);
  const afterId = cursor ? Number(cursor.id) : undefined;
  if (afterId !== undefined && !Number.isSafeInteger(afterId)) {
    throw invalid(['querystring', 'cursor'], 'Not a cursor returned by this API', 'invalid_cursor');
  }
  const rows = await repo.listEntries(deps.db, requestId, {
    afterId,
    limit: query.limit + 1,
    publicOnly: only,
  });
  const page = rows.slice(0, query.limit);
  const attachments = await repo.attachmentsOfEntries(
    deps.db,
    requestId,
    page.map((e) => e.id),
    only,
  );
  const last = page.at(-1);
  return {
    items: page.map((e) => toEntryDto(e, attachments)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ v: null, id: String(last.id) }) : null,
    counts: await repo.countEntries(deps.db, requestId, only),
  };
}

/** Links the caller's uploads to a new entry; every id must be the caller's free upload on this request. */
async function linkAttachments(tx: Tx, actor: Actor, entry: TimelineRow, ids: string[]) {
  const unique = [...new Set(ids)];
  const linked = await repo.claimAttachments(tx, {
    requestId: entry.requestId,
    ids: unique,
    uploadedBy: actor.userId,
    timelineId: entry.id,
    visibility: entry.visibility,
  });
  if (linked.length !== unique.length) {
    const found = new Set(linked.map((a) => a.id));
    const index = ids.findIndex((id) => !found.has(id));
    throw invalid(
      ['attachmentIds', index],
      'Not an unattached upload of yours on this request',
      'not_own_upload',
    );
  }
}

/** Sanitized body; a body may be empty only when files are attached. */
function cleanBody(input: ReplyInput): string {
  const body = sanitizeBody(input.body);
  if (!plainText(body) && input.attachmentIds.length === 0)
    throw invalid(['body'], 'Write something', 'required');
  return body;
}

async function entryDto(tx: Tx, entry: TimelineRow, actor: Actor): Promise<TimelineEntryDto> {
  const attachments = await repo.attachmentsOfEntries(tx, entry.requestId, [entry.id], publicOnly(actor));
  return toEntryDto({ ...entry, authorName: await repo.userName(tx, entry.authorId) }, attachments);
}

/** Stops the response clock at `at` when nothing has yet (H1's KPIs), inside the caller's lock. */
async function firstResponse(tx: Tx, deps: Deps, actor: Actor, row: RequestRow, at: Date) {
  if (row.firstResponseAt) return row;
  const patch = await recordFirstResponse(tx, deps, row, at);
  const saved = await saveRequest(tx, row, patch, at);
  await recordAudit(tx, deps.clock, actor, {
    action: 'service_request.first_response',
    entityType: 'service_request',
    entityId: row.id,
    customerId: row.customerId,
    before: { firstResponseAt: row.firstResponseAt, version: row.version },
    after: { firstResponseAt: saved.firstResponseAt, version: saved.version },
  });
  return saved;
}

/**
 * A public reply. By the vendor: the first one stops the response clock. By a
 * customer contact: recorded as a customer reply and the assignee is
 * notified; a request waiting for the customer goes back to in progress,
 * which resumes its resolution clock.
 */
/** Where a customer's reply moves a request that waited for them (a shipped state: it cannot be deleted). */
const RESUME_STATE = 'in_progress';

export async function postReply(
  deps: Deps,
  actor: Actor,
  requestId: string,
  input: ReplyInput,
  expectedVersion: number | undefined,
): Promise<{ entry: TimelineEntryDto; version: number }> {
  requirePermission(actor, 'requests:reply');
  const body = cleanBody(input);
  return deps.db.transaction(async (tx) => {
    const row = await lockRequest(tx, actor, requestId, expectedVersion ?? 'any');
    const now = deps.clock.now();
    const customer = fromCustomer(actor);
    const data: Record<string, unknown> = customer
      ? {
          fromCustomer: true,
          ...(row.stateCategory === 'pending' ? { customerReplyWhilePending: true, state: row.state } : {}),
        }
      : {};
    const entry = await appendTimeline(tx, {
      requestId,
      kind: 'reply',
      visibility: 'public',
      authorId: authorOf(actor),
      body,
      data,
      at: now,
    });
    await linkAttachments(tx, actor, entry, input.attachmentIds);
    // Only a person at the vendor answers: customer and system (automated) replies leave the clock running.
    const human = !customer && actor.via !== 'system';
    let saved = human ? await firstResponse(tx, deps, actor, row, now) : row;
    // The customer answered what we waited for: the request is ours again and its resolution clock runs.
    if (customer && row.stateCategory === 'pending') {
      saved = await applyTransition(
        tx,
        deps,
        systemActor(permissions, 'customer-reply'),
        row,
        RESUME_STATE,
        undefined,
        {
          system: true,
          event: { reason: 'customer_replied' },
        },
      );
    }
    await recordAudit(tx, deps.clock, actor, {
      action: 'request_reply.create',
      entityType: 'request_timeline',
      entityId: String(entry.id),
      customerId: row.customerId,
      after: {
        requestId,
        visibility: 'public',
        data,
        bodyLength: body.length,
        attachmentIds: input.attachmentIds,
      },
    });
    if (customer && row.assigneeId) {
      await notify(tx, deps.clock, {
        userIds: [row.assigneeId],
        kind: 'request_customer_reply',
        message: {
          code: 'request_customer_reply',
          params: { number: row.number, excerpt: plainText(body).slice(0, 500) },
        },
        link: `/requests/${row.id}`,
        data: { requestId: row.id, number: row.number, timelineId: entry.id },
      });
    }
    return { entry: await entryDto(tx, entry, actor), version: saved.version };
  });
}

/** An internal note: never shown to customer roles, never stops a clock. */
export async function postNote(
  deps: Deps,
  actor: Actor,
  requestId: string,
  input: ReplyInput,
): Promise<TimelineEntryDto> {
  requirePermission(actor, 'requests:internal');
  const body = cleanBody(input);
  return deps.db.transaction(async (tx) => {
    const row = await findRequest(tx, actor, requestId);
    if (!row) throw notFound('Service request');
    const entry = await appendTimeline(tx, {
      requestId,
      kind: 'note',
      visibility: 'internal',
      authorId: authorOf(actor),
      body,
      at: deps.clock.now(),
    });
    await linkAttachments(tx, actor, entry, input.attachmentIds);
    await recordAudit(tx, deps.clock, actor, {
      action: 'request_note.create',
      entityType: 'request_timeline',
      entityId: String(entry.id),
      customerId: row.customerId,
      after: {
        requestId,
        visibility: 'internal',
        bodyLength: body.length,
        attachmentIds: input.attachmentIds,
      },
    });
    return entryDto(tx, entry, actor);
  });
}

/** A human acknowledgement (public event): the vendor's first response when nothing came before. */
export async function acknowledge(
  deps: Deps,
  actor: Actor,
  requestId: string,
  expectedVersion: number | undefined,
): Promise<{ entry: TimelineEntryDto; version: number }> {
  requirePermission(actor, 'requests:reply');
  if (fromCustomer(actor)) throw forbidden('Only the service team acknowledges a request', 'staff_only');
  return deps.db.transaction(async (tx) => {
    const row = await lockRequest(tx, actor, requestId, expectedVersion ?? 'any');
    if (row.firstResponseAt) {
      throw invalidState(
        'The request already has a first response',
        {
          firstResponseAt: row.firstResponseAt.toISOString(),
        },
        'already_acknowledged',
      );
    }
    const now = deps.clock.now();
    const entry = await appendEvent(tx, requestId, 'acknowledged', {
      actorId: authorOf(actor),
      at: now,
      visibility: 'public',
    });
    const saved = await firstResponse(tx, deps, actor, row, now);
    await recordAudit(tx, deps.clock, actor, {
      action: 'service_request.acknowledge',
      entityType: 'service_request',
      entityId: row.id,
      customerId: row.customerId,
      after: { timelineId: entry.id },
    });
    return { entry: await entryDto(tx, entry, actor), version: saved.version };
  });
}

/**
 * The system's automatic acknowledgement at intake (portal, email, api): a
 * public reply marked automatic. It deliberately leaves the response clock
 * running — only a person answering counts as the first response (SPEC §6).
 * Runs in the intake transaction; the intake's audit entry covers it.
 */
export async function autoAcknowledge(tx: Tx, row: RequestRow, at: Date): Promise<TimelineRow> {
  return appendTimeline(tx, {
    requestId: row.id,
    kind: 'reply',
    visibility: 'public',
    authorId: null,
    automatic: true,
    body:
      `<p>您的服务请求 ${row.number} 已收到，我们将尽快处理。</p>` +
      `<p>We have received your request ${row.number} and will get back to you shortly.</p>`,
    data: { template: 'auto_acknowledgement' },
    at,
  });
}
