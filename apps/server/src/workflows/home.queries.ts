/**
 * The read-only figures of the home pages, one statement per block, each in
 * the caller's data scope (the request kernel's and the customers module's
 * scope conditions). A workflow reads across modules here because a home page
 * is a view over all of them; nothing here writes.
 */
import { and, count, eq, gte, inArray, or, type SQL, sql } from 'drizzle-orm';
import { renewalTasks } from '../db/schema/contracts.js';
import { customers } from '../db/schema/customers.js';
import { requestTimeline } from '../db/schema/request-timeline.js';
import { serviceRequests as sr } from '../db/schema/requests.js';
import { customerScopeCondition } from '../modules/customers/index.js';
import { requestScopeCondition } from '../modules/requests/requests.kernel.js';
import type { Actor } from '../platform/access.js';
import type { DbOrTx } from '../platform/db.js';

const live = inArray(sr.stateCategory, ['new', 'open', 'pending']);

async function countRequests(db: DbOrTx, actor: Actor, ...conds: (SQL | undefined)[]): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(sr)
    .where(and(requestScopeCondition(actor), ...conds));
  return row?.n ?? 0;
}

/** Open work in scope (the console's "all" tab by due). */
export const backlog = (db: DbOrTx, actor: Actor) => countRequests(db, actor, live);

/**
 * Public replies the caller wrote since `since`, on their own work (open or
 * resolved since then): the requests come from the assignee index, their
 * replies from the timeline's request index, so no scan of the timeline.
 */
export async function repliesSince(db: DbOrTx, actor: Actor, since: Date): Promise<number> {
  const mine = db
    .select({ id: sr.id })
    .from(sr)
    .where(and(eq(sr.assigneeId, actor.userId), or(live, gte(sr.resolvedAt, since))));
  const [row] = await db
    .select({ n: count() })
    .from(requestTimeline)
    .where(
      and(
        inArray(requestTimeline.requestId, mine),
        eq(requestTimeline.authorId, actor.userId),
        eq(requestTimeline.kind, 'reply'),
        eq(requestTimeline.automatic, false),
        gte(requestTimeline.createdAt, since),
      ),
    );
  return row?.n ?? 0;
}

/** Billable work finished (resolved or closed) and so ready to be confirmed for invoicing. */
export const billableFinished = (db: DbOrTx, actor: Actor) =>
  countRequests(db, actor, eq(sr.coverage, 'billable'), inArray(sr.stateCategory, ['resolved', 'closed']));

/** The quarter's figures from the stored KPI columns (requests received since `from`). */
export async function quarterFigures(db: DbOrTx, actor: Actor, from: Date) {
  const [row] = await db
    .select({
      received: sql<number>`(count(*) filter (where ${sr.receivedAt} >= ${from}))::int`,
      resolved: sql<number>`(count(*) filter (where ${sr.resolvedAt} >= ${from}))::int`,
      responseMeasured: sql<number>`(count(*) filter (where ${sr.receivedAt} >= ${from} and ${sr.responseMet} is not null))::int`,
      responseMet: sql<number>`(count(*) filter (where ${sr.receivedAt} >= ${from} and ${sr.responseMet}))::int`,
      breached: sql<number>`(count(*) filter (where ${sr.receivedAt} >= ${from} and ${sr.breachCount} > 0))::int`,
    })
    .from(sr)
    .where(and(requestScopeCondition(actor), or(gte(sr.receivedAt, from), gte(sr.resolvedAt, from))));
  return row ?? { received: 0, resolved: 0, responseMeasured: 0, responseMet: 0, breached: 0 };
}

/** Customers the caller owns (in their scope). */
export async function ownedCustomers(db: DbOrTx, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(eq(customers.ownerId, actor.userId), customerScopeCondition(actor)));
  return row?.n ?? 0;
}

/** Renewal evaluations the caller owns that nobody has started yet. */
export async function openRenewals(db: DbOrTx, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(renewalTasks)
    .where(and(eq(renewalTasks.ownerId, actor.userId), eq(renewalTasks.status, 'open')));
  return row?.n ?? 0;
}
