/**
 * Bulk actions on requests selected in the console: assign, change state, add
 * a tag, merge into one request. Each selected request goes through the same
 * use case as its single-request route, in its own transaction, with the
 * version the caller saw (If-Match per row) — so each gets exactly one audit
 * entry and its own timeline events, and a row that fails (stale, an illegal
 * transition, out of scope) says why while the others succeed.
 */
import { z } from 'zod';
import { mergeRequest } from '../modules/casework/index.js';
import { transitionRequest, updateRequest } from '../modules/requests/index.js';
import { findRequest } from '../modules/requests/requests.kernel.js';
import { assignRequest } from '../modules/routing/index.js';
import { type Actor, requirePermission } from '../platform/access.js';
import type { Deps } from '../platform/deps.js';
import { DomainError, type ErrorCode, invalid } from '../platform/errors.js';
import { text } from '../platform/fields.js';

const items = z
  .array(z.strictObject({ id: z.uuid(), version: z.number().int().min(1).max(2_147_483_647) }))
  .min(1)
  .max(100);

export const bulkBody = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('assign'),
    items,
    /** null = back to the team's queue; omitted with teamId = the team's queue mode picks. */
    assigneeId: z.uuid().nullable().optional(),
    teamId: z.uuid().optional(),
  }),
  z.strictObject({
    action: z.literal('transition'),
    items,
    to: text(60).min(1),
    note: text(2000).optional(),
  }),
  z.strictObject({ action: z.literal('tag'), items, tag: text(40).min(1) }),
  z.strictObject({ action: z.literal('merge'), items, intoId: z.uuid() }),
]);
export type BulkInput = z.infer<typeof bulkBody>;

export const bulkResult = z.object({
  results: z.array(
    z.object({
      id: z.uuid(),
      ok: z.boolean(),
      /** The request's version after the change (ok) or its current version when the row was stale. */
      version: z.number().int().nullable(),
      /** Why the row failed: the domain error code (precondition_failed = stale, invalid_state, not_found…). */
      code: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
  succeeded: z.number().int(),
  failed: z.number().int(),
});
export type BulkResult = z.infer<typeof bulkResult>;

const permissionOf = {
  assign: 'requests:assign',
  transition: 'requests:update',
  tag: 'requests:update',
  merge: 'requests:update',
} as const;

/** One row: the single-request use case with the row's version; returns the new version. */
async function applyOne(deps: Deps, actor: Actor, input: BulkInput, id: string, version: number) {
  switch (input.action) {
    case 'assign': {
      if (input.assigneeId === undefined && input.teamId === undefined) {
        throw invalid(['body', 'assigneeId'], 'Give assigneeId or teamId', 'assignee_or_team_required');
      }
      const { assigneeId, teamId } = input;
      return (
        await assignRequest(deps, actor, id, version, {
          ...(assigneeId !== undefined ? { assigneeId } : {}),
          ...(teamId !== undefined ? { teamId } : {}),
        })
      ).version;
    }
    case 'transition':
      return (await transitionRequest(deps, actor, id, version, { to: input.to, note: input.note })).version;
    case 'tag': {
      // The tags the caller saw may be stale; the version check in updateRequest refuses them then.
      const row = await findRequest(deps.db, actor, id);
      const tags = row ? [...new Set([...row.tags, input.tag])] : [input.tag];
      return (await updateRequest(deps, actor, id, version, { tags })).version;
    }
    case 'merge':
      return (await mergeRequest(deps, actor, id, version, input.intoId)).version;
    default: {
      const never: never = input;
      throw new Error(`unknown bulk action ${String(never)}`);
    }
  }
}

/**
 * Applies one action to every selected request, one transaction each, in the
 * order given. Domain errors become the row's result; anything else (the
 * database gone) stops the call, as a single-request route would.
 */
export async function bulkUpdateRequests(deps: Deps, actor: Actor, input: BulkInput): Promise<BulkResult> {
  requirePermission(actor, permissionOf[input.action]);
  const ids = input.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length)
    throw invalid(['body', 'items'], 'A request is selected twice', 'selected_twice');
  const results: BulkResult['results'] = [];
  for (const item of input.items) {
    try {
      const version = await applyOne(deps, actor, input, item.id, item.version);
      results.push({ id: item.id, ok: true, version, code: null, message: null });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const current = err.details?.currentVersion;
      results.push({
        id: item.id,
        ok: false,
        version: typeof current === 'number' ? current : null,
        code: err.code satisfies ErrorCode,
        message: err.message,
      });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { results, succeeded, failed: results.length - succeeded };
}
