/**
 * The few operations every service-desk module performs on a request: see it
 * only within the caller's scope, lock it for a change with the version the
 * caller edited, write the change with a new version, and tell the timeline.
 * The timeline, routing and casework modules change requests only through
 * these, so version bumps and scope rules live in one place.
 */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { customers } from '../../db/schema/customers.js';
import { requestTimeline, type TimelineKind, type Visibility } from '../../db/schema/request-timeline.js';
import { serviceRequests } from '../../db/schema/requests.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx, Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { checkVersion } from '../../platform/versioning.js';
import { customerScopeCondition } from '../customers/index.js';

export type RequestRow = typeof serviceRequests.$inferSelect;
export type TimelineRow = typeof requestTimeline.$inferSelect;

/**
 * The requests the actor may see. Staff with 'all' scope see every request;
 * 'team'/'queue'/'own' staff see the requests of customers in their scope plus
 * the work routed to them (their team's queue, their own assignments); a
 * customer contact sees their organisation's requests only.
 */
export function requestScopeCondition(actor: Actor): SQL {
  switch (actor.scope) {
    case 'all':
      return sql`true`;
    case 'organisation':
      return actor.customerId ? eq(serviceRequests.customerId, actor.customerId) : sql`false`;
    case 'team':
    case 'queue':
    case 'own': {
      const routed = [eq(serviceRequests.assigneeId, actor.userId)];
      if (actor.scope !== 'own' && actor.teamIds.length) {
        routed.push(inArray(serviceRequests.teamId, [...actor.teamIds]));
      }
      const ofCustomer = sql`exists (select 1 from ${customers} where ${customers.id} = ${serviceRequests.customerId} and ${customerScopeCondition(actor)})`;
      return sql`(${sql.join([...routed, ofCustomer], sql` or `)})`;
    }
    default: {
      const never: never = actor.scope;
      throw new Error(`unknown scope ${String(never)}`);
    }
  }
}

/** The request if it exists and is in the actor's scope. */
export async function findRequest(db: DbOrTx, actor: Actor, id: string): Promise<RequestRow | undefined> {
  const rows = await db
    .select()
    .from(serviceRequests)
    .where(and(eq(serviceRequests.id, id), requestScopeCondition(actor)))
    .limit(1);
  return rows[0];
}

/**
 * Locks the request (FOR UPDATE) for a change. Out of scope = not found.
 * `expectedVersion`: the If-Match version — required (428) unless the caller
 * passes `'any'` for appends that may not conflict (replies, notes), and
 * stale = 412 with the current version.
 */
export async function lockRequest(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined | 'any',
): Promise<RequestRow> {
  const rows = await tx
    .select()
    .from(serviceRequests)
    .where(and(eq(serviceRequests.id, id), requestScopeCondition(actor)))
    .for('update')
    .limit(1);
  const row = rows[0];
  if (!row) throw notFound('Service request');
  if (expectedVersion !== 'any') checkVersion('service request', row.version, expectedVersion);
  return row;
}

/** Writes a change of a locked request: bumps its version and updated_at. Returns the new row. */
export async function saveRequest(
  tx: Tx,
  row: RequestRow,
  patch: PgUpdateSetSource<typeof serviceRequests>,
  now: Date,
): Promise<RequestRow> {
  const [updated] = await tx
    .update(serviceRequests)
    .set({ ...patch, version: row.version + 1, updatedAt: now })
    .where(eq(serviceRequests.id, row.id))
    .returning();
  return updated!;
}

export interface TimelineInput {
  requestId: string;
  kind: TimelineKind;
  visibility: Visibility;
  authorId: string | null;
  body?: string;
  event?: string;
  data?: Record<string, unknown>;
  automatic?: boolean;
  at: Date;
}

/** Appends a timeline entry (in the caller's transaction, with the change it records). */
export async function appendTimeline(tx: DbOrTx, entry: TimelineInput): Promise<TimelineRow> {
  const [row] = await tx
    .insert(requestTimeline)
    .values({
      requestId: entry.requestId,
      kind: entry.kind,
      visibility: entry.visibility,
      authorId: entry.authorId,
      body: entry.body ?? '',
      event: entry.event ?? null,
      data: entry.data ?? {},
      automatic: entry.automatic ?? false,
      createdAt: entry.at,
    })
    .returning();
  return row!;
}

/** A system event on the timeline (state, assignment, escalation, SLA...). */
export function appendEvent(
  tx: DbOrTx,
  requestId: string,
  event: string,
  opts: { actorId: string | null; at: Date; data?: Record<string, unknown>; visibility?: Visibility },
): Promise<TimelineRow> {
  return appendTimeline(tx, {
    requestId,
    kind: 'event',
    visibility: opts.visibility ?? 'internal',
    authorId: opts.actorId,
    event,
    data: opts.data ?? {},
    at: opts.at,
  });
}
