/** SQL of case tracking: relations, the closed state, product versions. */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { productVersions } from '../../db/schema/products.js';
import {
  type RequestRelationKind,
  requestRelations,
  requestStates,
  serviceRequests,
} from '../../db/schema/requests.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import { requestScopeCondition } from '../requests/requests.kernel.js';

export type RelationRow = typeof requestRelations.$inferSelect;

export async function findProductVersion(db: DbOrTx, id: string) {
  const rows = await db.select().from(productVersions).where(eq(productVersions.id, id)).limit(1);
  return rows[0];
}

/** Relations in both directions of a request. */
export async function relationsOf(db: DbOrTx, requestId: string): Promise<RelationRow[]> {
  return db
    .select()
    .from(requestRelations)
    .where(or(eq(requestRelations.requestId, requestId), eq(requestRelations.relatedId, requestId)))
    .orderBy(asc(requestRelations.createdAt));
}

/** Summaries of the given requests that the actor may see (others are left out). */
export async function visibleSummaries(db: DbOrTx, actor: Actor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: serviceRequests.id,
      number: serviceRequests.number,
      subject: serviceRequests.subject,
      state: serviceRequests.state,
      stateCategory: serviceRequests.stateCategory,
    })
    .from(serviceRequests)
    .where(and(inArray(serviceRequests.id, ids), requestScopeCondition(actor)));
}

/** Inserts a relation; undefined when it exists already. */
export async function insertRelation(db: DbOrTx, values: typeof requestRelations.$inferInsert) {
  const rows = await db.insert(requestRelations).values(values).onConflictDoNothing().returning();
  return rows[0];
}

/** Deletes the relation between two requests of one kind, whichever side it was recorded from. */
export async function deleteRelation(db: DbOrTx, a: string, b: string, kind: RequestRelationKind) {
  return db
    .delete(requestRelations)
    .where(
      and(
        eq(requestRelations.kind, kind),
        or(
          and(eq(requestRelations.requestId, a), eq(requestRelations.relatedId, b)),
          and(eq(requestRelations.requestId, b), eq(requestRelations.relatedId, a)),
        ),
      ),
    )
    .returning();
}

/** The state a merged duplicate ends in: the first state of the 'closed' category. */
export async function closedStateKey(db: DbOrTx): Promise<string | undefined> {
  const rows = await db
    .select({ key: requestStates.key })
    .from(requestStates)
    .where(eq(requestStates.category, 'closed'))
    .orderBy(asc(requestStates.position))
    .limit(1);
  return rows[0]?.key;
}
