/**
 * Time spent on a request (SPEC §6), billable to the customer or covered by
 * the contract/warranty. Staff only: customer roles neither see nor log time.
 * The totals answer "how much of this do we invoice".
 */
import { type Actor, can, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { findRequest } from '../requests/requests.kernel.js';
import { shanghaiDate } from '../warranties/index.js';
import * as repo from './timeline.repo.js';
import type { TimeEntryDto, TimeEntryInput, TimeEntryList } from './timeline.schema.js';
import { requireRequest } from './timeline.service.js';

function toDto(e: repo.TimeEntryRow): TimeEntryDto {
  return {
    id: e.id,
    requestId: e.requestId,
    userId: e.userId,
    userName: e.userName,
    minutes: e.minutes,
    billable: e.billable,
    note: e.note,
    workDate: e.workDate,
    createdAt: e.createdAt.toISOString(),
  };
}

export async function listTimeEntries(deps: Deps, actor: Actor, requestId: string): Promise<TimeEntryList> {
  requirePermission(actor, 'requests:internal');
  await requireRequest(deps, actor, requestId);
  const items = (await repo.listTimeEntries(deps.db, requestId)).map(toDto);
  const sum = (list: TimeEntryDto[]) => list.reduce((n, e) => n + e.minutes, 0);
  return {
    items,
    totals: {
      minutes: sum(items),
      billableMinutes: sum(items.filter((e) => e.billable)),
      coveredMinutes: sum(items.filter((e) => !e.billable)),
    },
  };
}

/** Logs the caller's time. Billable by default only when the request itself is billable. */
export async function createTimeEntry(
  deps: Deps,
  actor: Actor,
  requestId: string,
  input: TimeEntryInput,
): Promise<TimeEntryDto> {
  requirePermission(actor, 'requests:update');
  if (actor.via === 'system') throw forbidden('Time is logged by a person', 'person_only');
  return deps.db.transaction(async (tx) => {
    const request = await findRequest(tx, actor, requestId);
    if (!request) throw notFound('Service request');
    const now = deps.clock.now();
    const row = await repo.insertTimeEntry(tx, {
      requestId,
      userId: actor.userId,
      minutes: input.minutes,
      billable: input.billable ?? request.coverage === 'billable',
      note: input.note,
      workDate: input.workDate ?? shanghaiDate(now),
      createdAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'time_entry.create',
      entityType: 'time_entry',
      entityId: row.id,
      customerId: request.customerId,
      after: row,
    });
    return toDto({ ...row, userName: actor.displayName });
  });
}

/** Deletes an entry: one's own, or anyone's with 'requests:update'. */
export async function deleteTimeEntry(
  deps: Deps,
  actor: Actor,
  requestId: string,
  entryId: string,
): Promise<void> {
  requirePermission(actor, 'requests:internal');
  const request = await requireRequest(deps, actor, requestId);
  const entry = await repo.findTimeEntry(deps.db, requestId, entryId);
  if (!entry) throw notFound('Time entry');
  if (entry.userId !== actor.userId && !can(actor, 'requests:update')) {
    throw forbidden(
      'Only the author or someone with requests:update deletes a time entry',
      'time_entry_author_only',
    );
  }
  await deps.db.transaction(async (tx) => {
    await repo.deleteTimeEntry(tx, entry.id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'time_entry.delete',
      entityType: 'time_entry',
      entityId: entry.id,
      customerId: request.customerId,
      before: entry,
    });
  });
}
