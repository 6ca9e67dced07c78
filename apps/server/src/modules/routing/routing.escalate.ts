/**
 * Escalation to the next tier (SPEC §6: tier 1 customer service → tier 2
 * technical support → tier 3 experts): by hand with a reason, or
 * automatically when an SLA target is breached (the SLA sweep). The request
 * moves to the service team of the next tier and that team's queue mode
 * picks the agent; the new assignee and the team lead are told.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { invalidState } from '../../platform/errors.js';
import { notify } from '../notifications/index.js';
import { appendEvent, lockRequest, type RequestRow, saveRequest } from '../requests/requests.kernel.js';
import { assignedStatePatch, pickAssignee } from './routing.assign.js';
import * as repo from './routing.repo.js';

export const TOP_TIER = 3;

export interface EscalationMeta {
  reason: string;
  /** Null for the automatic escalation at a breach. */
  actorId: string | null;
  automatic: boolean;
}

/**
 * Moves a locked request one tier up, in the caller's transaction. Returns
 * the saved row, or null when it is at the top tier or no service team
 * serves the next tier (the caller decides whether that is an error).
 */
export async function escalateOneTier(
  tx: Tx,
  deps: Deps,
  row: RequestRow,
  meta: EscalationMeta,
): Promise<RequestRow | null> {
  if (row.tier >= TOP_TIER) return null;
  const tier = row.tier + 1;
  const team = await repo.serviceTeamOfTier(tx, tier);
  if (!team) return null;
  const now = deps.clock.now();
  const { assigneeId, mode } = await pickAssignee(tx, team.id, row.productId, now);
  const state = await assignedStatePatch(tx, row, assigneeId);
  const saved = await saveRequest(tx, row, { tier, teamId: team.id, assigneeId, ...(state ?? {}) }, now);
  await appendEvent(tx, row.id, 'escalated', {
    actorId: meta.actorId,
    at: now,
    data: {
      fromTier: row.tier,
      toTier: tier,
      fromTeamId: row.teamId,
      teamId: team.id,
      fromAssigneeId: row.assigneeId,
      assigneeId,
      mode,
      reason: meta.reason,
      automatic: meta.automatic,
    },
  });
  if (state) {
    await appendEvent(tx, row.id, 'state_changed', {
      actorId: meta.actorId,
      at: now,
      visibility: 'public',
      data: { from: row.state, to: state.state },
    });
  }
  const told = [assigneeId, team.leadId].filter((u): u is string => !!u && u !== meta.actorId);
  if (told.length) {
    await notify(tx, deps.clock, {
      userIds: told,
      kind: 'request.escalated',
      message: {
        code: 'request_escalated',
        params: {
          number: row.number,
          subject: row.subject,
          tier: { 'zh-CN': ['一', '二', '三'][tier - 1] ?? String(tier), en: String(tier) },
          team: { 'zh-CN': team.nameZh, en: team.nameEn },
          // The sweep's reason is a note for the record; the reader gets it in their language.
          reason: meta.automatic
            ? { 'zh-CN': 'SLA 时限已超出，系统自动升级', en: 'escalated automatically after an SLA breach' }
            : meta.reason,
        },
      },
      link: `/requests/${row.id}`,
      data: {
        requestId: row.id,
        number: row.number,
        fromTier: row.tier,
        toTier: tier,
        teamId: team.id,
        reason: meta.reason,
        automatic: meta.automatic,
      },
    });
  }
  return saved;
}

/** The automatic escalation of the SLA sweep: one tier up, silently nothing at the top. */
export function escalateAutomatically(
  tx: Tx,
  deps: Deps,
  row: RequestRow,
  reason: string,
): Promise<RequestRow | null> {
  return escalateOneTier(tx, deps, row, { reason, actorId: null, automatic: true });
}

/** Escalates a request by hand to the next tier, with the reason on its timeline. */
export async function escalateRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  reason: string,
): Promise<RequestRow> {
  requirePermission(actor, 'requests:assign');
  return deps.db.transaction(async (tx) => {
    const row = await lockRequest(tx, actor, id, expectedVersion);
    if (row.stateCategory === 'resolved' || row.stateCategory === 'closed') {
      throw invalidState('Only open requests can be escalated', { state: row.state }, 'escalate_not_open');
    }
    if (row.tier >= TOP_TIER)
      throw invalidState(
        'The request is already at the highest tier',
        { tier: row.tier },
        'escalate_top_tier',
      );
    const saved = await escalateOneTier(tx, deps, row, { reason, actorId: actor.userId, automatic: false });
    if (!saved)
      throw invalidState(
        `No service team serves tier ${row.tier + 1}`,
        { tier: row.tier + 1 },
        'escalate_no_team',
      );
    await recordAudit(tx, deps.clock, actor, {
      action: 'request.escalated',
      entityType: 'service_request',
      entityId: row.id,
      customerId: row.customerId,
      before: { tier: row.tier, teamId: row.teamId, assigneeId: row.assigneeId },
      after: { tier: saved.tier, teamId: saved.teamId, assigneeId: saved.assigneeId, reason },
    });
    return saved;
  });
}
