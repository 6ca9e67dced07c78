/** Saved console views: an agent's named filter sets (the list query object). Own views only. */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { savedViews } from '../../db/schema/requests.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import { isUniqueViolation } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { requestFilterQuery } from './requests.schema.js';

export const savedViewBody = z.strictObject({
  name: z.string().trim().min(1).max(60),
  filters: requestFilterQuery.partial(),
});
export const savedViewResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  filters: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
type View = z.infer<typeof savedViewResponse>;
const toView = (r: typeof savedViews.$inferSelect): View => ({
  id: r.id,
  name: r.name,
  filters: r.filters,
  createdAt: r.createdAt.toISOString(),
});

export async function listSavedViews(deps: Deps, actor: Actor): Promise<View[]> {
  requirePermission(actor, 'requests:read');
  const rows = await deps.db
    .select()
    .from(savedViews)
    .where(eq(savedViews.userId, actor.userId))
    .orderBy(asc(savedViews.name));
  return rows.map(toView);
}

export async function createSavedView(deps: Deps, actor: Actor, input: z.infer<typeof savedViewBody>) {
  requirePermission(actor, 'requests:read');
  try {
    return await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(savedViews)
        .values({
          userId: actor.userId,
          name: input.name,
          filters: input.filters,
          createdAt: deps.clock.now(),
        })
        .returning();
      await recordAudit(tx, deps.clock, actor, {
        action: 'saved_view.create',
        entityType: 'saved_view',
        entityId: row!.id,
        after: row,
      });
      return toView(row!);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'saved_views_user_name_uq'))
      throw new DomainError('conflict', `You already have a view named ${input.name}`, {
        detailCode: 'view_name_taken',
        params: { name: input.name },
      });
    throw err;
  }
}

export async function deleteSavedView(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'requests:read');
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(savedViews)
      .where(and(eq(savedViews.id, id), eq(savedViews.userId, actor.userId)))
      .returning();
    if (!row) throw notFound('Saved view');
    await recordAudit(tx, deps.clock, actor, {
      action: 'saved_view.delete',
      entityType: 'saved_view',
      entityId: id,
      before: row,
    });
  });
}
