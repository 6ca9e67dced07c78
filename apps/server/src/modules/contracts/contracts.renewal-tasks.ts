/**
 * Renewal task use cases (续约任务, SPEC §4 renewal): the scan opens them
 * (contracts.renewal.ts); people list them and move them open → in progress →
 * done | dropped, with a note and the renewal contract that came out of it.
 * Reading needs contracts:read, changing contracts:write (If-Match); the data
 * scope is the contract's, so tasks of invisible contracts answer 404.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { invalid, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import { shanghaiDate } from '../warranties/index.js';
import { daysBetween } from './contracts.dates.js';
import * as repo from './contracts.renewal-tasks.repo.js';
import type {
  RenewalTaskDto,
  RenewalTaskListQuery,
  RenewalTaskPatch,
  RenewalTaskStatus,
} from './contracts.renewal-tasks.schema.js';
import * as contractsRepo from './contracts.repo.js';

function toDto(r: repo.RenewalTaskListRow, today: string): RenewalTaskDto {
  const t = r.task;
  return {
    id: t.id,
    contractId: t.contractId,
    contractNumber: r.contractNumber,
    contractTitle: r.contractTitle,
    contractState: r.contractState,
    customerId: t.customerId,
    customerName: r.customerName,
    ownerId: t.ownerId,
    ownerName: r.ownerName,
    endDate: t.endDate,
    daysLeft: daysBetween(today, t.endDate),
    openedAtDays: t.openedAtDays,
    status: t.status as RenewalTaskStatus,
    note: t.note,
    newContractId: t.newContractId,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt?.toISOString() ?? null,
  };
}

export async function listRenewalTasks(deps: Deps, actor: Actor, q: RenewalTaskListQuery) {
  requirePermission(actor, 'contracts:read');
  const today = shanghaiDate(deps.clock.now());
  const rows = await repo.listRenewalTasks(deps.db, actor, q, decodeCursor(q.cursor));
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => toDto(r, today)),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ v: last.task.endDate, id: last.task.id }) : null,
    today,
  };
}

/** Changes a task's status (If-Match required); the new contract must be a visible one of the same customer. */
export async function updateRenewalTask(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: RenewalTaskPatch,
): Promise<RenewalTaskDto> {
  requirePermission(actor, 'contracts:write');
  requireIfMatch(expectedVersion);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.findRenewalTask(tx, actor, id))) throw notFound('Renewal task');
    const before = (await repo.lockRenewalTask(tx, id))!;
    assertVersion('task', before.version, expectedVersion);
    if (patch.newContractId) {
      const c = await contractsRepo.findContract(tx, actor, patch.newContractId);
      if (!c || c.contract.customerId !== before.customerId || c.contract.id === before.contractId)
        throw invalid(
          ['body', 'newContractId'],
          'No such other contract of this customer',
          'not_of_customer',
          {
            entity: 'contract',
          },
        );
    }
    const after = await repo.updateRenewalTask(tx, id, {
      status: patch.status,
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
      ...(patch.newContractId !== undefined ? { newContractId: patch.newContractId } : {}),
      version: before.version + 1,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'contract.renewal_task_update',
      entityType: 'renewal_task',
      entityId: id,
      customerId: before.customerId,
      before,
      after,
    });
  });
  const row = await repo.findRenewalTask(deps.db, actor, id);
  return toDto(row!, shanghaiDate(now));
}
