/**
 * The daily renewal scan (SPEC §4 renewal, run by the job scheduler): for
 * maintenance contracts in force it opens one renewal task when the end is
 * 90, 60 or 30 days away (dates are Asia/Shanghai calendar days) and tells
 * the owner in-app, marks contracts within 90 days 'expiring' and past their
 * end 'expired'. Idempotent: the task has a unique constraint per contract,
 * so running the scan twice (or on two servers) opens nothing new.
 */
import { systemActor } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { permissions } from '../../platform/permissions.js';
import { notify } from '../notifications/index.js';
import { shanghaiDate } from '../warranties/index.js';
import { addDays, daysBetween } from './contracts.dates.js';
import * as repo from './contracts.repo.js';

/** Days before the end at which the renewal evaluation opens (the first reached wins). */
export const RENEWAL_MILESTONES = [90, 60, 30] as const;

export interface RenewalScanResult {
  today: string;
  tasksOpened: string[];
  markedExpiring: string[];
  markedExpired: string[];
}

/** The milestone a contract `daysLeft` days from its end has reached (90 for 61–90, 60 for 31–60, 30 below). */
const milestoneFor = (daysLeft: number) =>
  RENEWAL_MILESTONES.reduce<number>((m, d) => (daysLeft <= d ? d : m), RENEWAL_MILESTONES[0]);

export async function runRenewalScan(deps: Deps, at: Date): Promise<RenewalScanResult> {
  const today = shanghaiDate(at);
  const actor = systemActor(permissions, `renewal-scan-${today}`);
  const result: RenewalScanResult = { today, tasksOpened: [], markedExpiring: [], markedExpired: [] };
  await deps.db.transaction(async (tx) => {
    const due = await repo.maintenanceEndingBy(tx, addDays(today, RENEWAL_MILESTONES[0]));
    for (const c of due) {
      const daysLeft = daysBetween(today, c.endDate);
      const now = deps.clock.now();
      if (daysLeft < 0) {
        const after = await repo.updateContract(tx, c.id, {
          state: 'expired',
          version: c.version + 1,
          updatedAt: now,
        });
        await recordAudit(tx, deps.clock, actor, {
          action: 'contract.expired',
          entityType: 'contract',
          entityId: c.id,
          customerId: c.customerId,
          before: c,
          after,
        });
        result.markedExpired.push(c.id);
        continue;
      }
      if (c.state === 'active') {
        const after = await repo.updateContract(tx, c.id, {
          state: 'expiring',
          version: c.version + 1,
          updatedAt: now,
        });
        await recordAudit(tx, deps.clock, actor, {
          action: 'contract.expiring',
          entityType: 'contract',
          entityId: c.id,
          customerId: c.customerId,
          before: c,
          after,
        });
        result.markedExpiring.push(c.id);
      }
      const milestone = milestoneFor(daysLeft);
      const opened = await repo.insertRenewalTask(tx, {
        contractId: c.id,
        customerId: c.customerId,
        ownerId: c.ownerId,
        endDate: c.endDate,
        openedAtDays: milestone,
        createdAt: now,
      });
      if (!opened) continue;
      result.tasksOpened.push(c.id);
      await recordAudit(tx, deps.clock, actor, {
        action: 'contract.renewal_opened',
        entityType: 'contract',
        entityId: c.id,
        customerId: c.customerId,
        after: { endDate: c.endDate, daysLeft, milestone },
      });
      if (c.ownerId) {
        await notify(tx, deps.clock, {
          userIds: [c.ownerId],
          kind: 'contract.renewal',
          message: {
            code: 'contract_renewal',
            params: { number: c.number, endDate: c.endDate, title: c.title, daysLeft },
          },
          link: `/contracts/${c.id}`,
          data: { contractId: c.id, endDate: c.endDate, daysLeft },
        });
      }
    }
  });
  return result;
}

/** Renewal tasks of some contracts (for read models and tests). */
export const renewalTasksOf = repo.renewalTasksOf;
