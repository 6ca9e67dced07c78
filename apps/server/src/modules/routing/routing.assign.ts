/**
 * Who works a request: the team (and so the tier) it sits in, and the agent
 * it is assigned to. New work lands in the tier-1 service team unless the
 * intake names one; the team's queue mode then picks the agent — manual
 * (nobody: agents take it from the queue), round-robin (the next available
 * skilled member after the last one served) or least-loaded (the available
 * skilled member with the fewest open requests).
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { invalid, invalidState } from '../../platform/errors.js';
import { notify } from '../notifications/index.js';
import { appendEvent, lockRequest, type RequestRow, saveRequest } from '../requests/requests.kernel.js';
import * as repo from './routing.repo.js';
import type { AssignInput } from './routing.schema.js';

/** Why a request landing in a queue got nobody: shown on its timeline (event `not_assigned`). */
export type UnassignedReason = 'manual_mode' | 'no_members' | 'all_absent' | 'no_skill';

export interface Pick {
  assigneeId: string | null;
  mode: string;
  /** Set when assigneeId is null. */
  reason?: UnassignedReason;
  /** Round-robin only: 'rotation' (the pointer moved) or 'queue_busy' (another intake held it). */
  via?: 'rotation' | 'queue_busy';
}

async function whyNobody(tx: Tx, teamId: string, productId: string | null, now: Date) {
  const s = await repo.staffing(tx, teamId, productId, now);
  const reason: UnassignedReason = !s.members ? 'no_members' : !s.available ? 'all_absent' : 'no_skill';
  return { reason, ...s };
}

/**
 * The agent a request landing in `team` goes to, by the team's queue mode;
 * null in manual mode or when no member may take it now (with the reason).
 */
export async function pickAssignee(
  tx: Tx,
  teamId: string,
  productId: string | null,
  now: Date,
): Promise<Pick & { staffing?: { members: number; available: number; skilled: number } }> {
  const queue = await repo.findQueue(tx, teamId);
  const mode = queue?.mode ?? 'manual';
  if (mode === 'manual') return { assigneeId: null, mode, reason: 'manual_mode' };
  if (mode === 'round_robin') {
    const list = await repo.candidates(tx, teamId, productId, now, { withLoad: false });
    if (!list.length) {
      const { reason, ...staffing } = await whyNobody(tx, teamId, productId, now);
      return { assigneeId: null, mode, reason, staffing };
    }
    // The pointer's row lock lasts until the intake commits; waiting for it would serialise all intake
    // into the team. A request that finds it held picks at random among the members other than the one
    // the holder is taking (the next after the committed pointer), so overlapping intakes spread evenly
    // and never both land on the same agent; the pick is marked on the timeline. Being busy never
    // leaves a request unassigned.
    const locked = await repo.tryLockQueue(tx, teamId);
    const after = (id: string | null | undefined) =>
      (id ? list.find((c) => c.id > id) : undefined) ?? list[0]!;
    const last = (locked ?? queue)?.lastAssignedId;
    if (!locked) {
      const holders = after(last);
      const others = list.length > 1 ? list.filter((c) => c.id !== holders.id) : list;
      return { assigneeId: others[Math.floor(Math.random() * others.length)]!.id, mode, via: 'queue_busy' };
    }
    const next = after(last);
    await repo.setLastAssigned(tx, teamId, next.id);
    return { assigneeId: next.id, mode, via: 'rotation' };
  }
  const list = await repo.candidates(tx, teamId, productId, now, { withLoad: true });
  const best = list.reduce<repo.Candidate | undefined>((b, c) => (!b || c.load < b.load ? c : b), undefined);
  if (best) return { assigneeId: best.id, mode };
  const { reason, ...staffing } = await whyNobody(tx, teamId, productId, now);
  return { assigneeId: null, mode, reason, staffing };
}

/**
 * A request that gets an agent while still new moves to 'assigned' — when
 * the transition table allows it, so an admin who removed that step keeps
 * requests where they are.
 */
export async function assignedStatePatch(
  tx: Tx,
  row: RequestRow,
  assigneeId: string | null,
): Promise<{ state: string; stateCategory: RequestRow['stateCategory'] } | null> {
  if (!assigneeId || row.stateCategory !== 'new') return null;
  const target = await repo.transitionTarget(tx, row.state, 'assigned');
  return target ? { state: target.key, stateCategory: target.category } : null;
}

async function checkAssignee(tx: Tx, assigneeId: string, teamId: string | null, path: string[]) {
  if (!(await repo.activeStaff(tx, assigneeId)))
    throw invalid(path, 'No active staff member with this id', 'unknown_entity', { entity: 'staff_member' });
  if (teamId && !(await repo.isMember(tx, teamId, assigneeId))) {
    throw invalid(path, 'The assignee is not a member of the team', 'not_team_member');
  }
}

async function serviceTeam(tx: Tx, teamId: string, path: string[]) {
  const team = await repo.findTeam(tx, teamId);
  if (team?.kind !== 'service' || !team.tier)
    throw invalid(path, 'No service team with this id', 'unknown_entity', { entity: 'service_team' });
  return team;
}

/** Writes a routing change with its timeline events and tells the new assignee. */
async function applyRouting(
  tx: Tx,
  deps: Deps,
  row: RequestRow,
  change: { teamId: string | null; tier: number; assigneeId: string | null },
  meta: { actorId: string | null; mode: string | null; automatic: boolean; via?: string },
): Promise<RequestRow> {
  const now = deps.clock.now();
  const state = await assignedStatePatch(tx, row, change.assigneeId);
  const saved = await saveRequest(tx, row, { ...change, ...(state ?? {}) }, now);
  await appendEvent(tx, row.id, 'assigned', {
    actorId: meta.actorId,
    at: now,
    data: {
      fromTeamId: row.teamId,
      teamId: change.teamId,
      tier: change.tier,
      fromAssigneeId: row.assigneeId,
      assigneeId: change.assigneeId,
      mode: meta.mode,
      automatic: meta.automatic,
      ...(meta.via ? { via: meta.via } : {}),
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
  if (change.assigneeId && change.assigneeId !== row.assigneeId && change.assigneeId !== meta.actorId) {
    await notify(tx, deps.clock, {
      userIds: [change.assigneeId],
      kind: 'request.assigned',
      message: {
        code: 'request_assigned',
        params: { number: row.number, subject: row.subject, severity: row.severity },
      },
      link: `/requests/${row.id}`,
      data: { requestId: row.id, number: row.number, severity: row.severity },
    });
  }
  return saved;
}

export interface RouteOptions {
  teamId?: string | null;
  assigneeId?: string | null;
}

/**
 * Routes a request just received (called by the intake inside its
 * transaction): team = the one given or the tier-1 service team, assignee =
 * the one given or the team's queue mode's pick. Returns the saved row.
 * A given team/assignee that does not qualify is a validation error on the
 * intake body (the caller's transaction rolls back).
 */
export async function routeNewRequest(
  tx: Tx,
  deps: Deps,
  row: RequestRow,
  opts: RouteOptions = {},
): Promise<RequestRow> {
  const team = opts.teamId
    ? await serviceTeam(tx, opts.teamId, ['body', 'teamId'])
    : await repo.serviceTeamOfTier(tx, 1);
  const teamId = team?.id ?? null;
  const tier = team?.tier ?? row.tier;
  let assigneeId: string | null = null;
  let mode: string | null = null;
  let pick: Awaited<ReturnType<typeof pickAssignee>> | undefined;
  if (opts.assigneeId) {
    await checkAssignee(tx, opts.assigneeId, opts.teamId ?? null, ['body', 'assigneeId']);
    assigneeId = opts.assigneeId;
  } else if (teamId) {
    pick = await pickAssignee(tx, teamId, row.productId, deps.clock.now());
    ({ assigneeId, mode } = pick);
  }
  const saved =
    teamId === row.teamId && tier === row.tier && assigneeId === row.assigneeId
      ? row
      : await applyRouting(
          tx,
          deps,
          row,
          { teamId, tier, assigneeId },
          {
            actorId: opts.assigneeId ? row.createdBy : null,
            mode,
            automatic: !opts.assigneeId,
            ...(pick?.via ? { via: pick.via } : {}),
          },
        );
  // A request left in the queue says why on its timeline (issue 9: it stayed unassigned with an agent on
  // duty, who had no skill for its product), so the desk need not guess.
  if (pick && !pick.assigneeId && pick.reason) {
    await appendEvent(tx, row.id, 'not_assigned', {
      actorId: null,
      at: deps.clock.now(),
      data: { teamId, mode: pick.mode, reason: pick.reason, productId: row.productId, ...pick.staffing },
    });
  }
  return saved;
}

/**
 * Assigns a request by hand: to an agent, to a service team (whose queue
 * mode then picks the agent unless one is given), or back to the queue
 * (assigneeId null). The agent must be active staff and, when a team is
 * given, a member of it.
 */
export async function assignRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: AssignInput,
): Promise<RequestRow> {
  requirePermission(actor, 'requests:assign');
  return deps.db.transaction(async (tx) => {
    const row = await lockRequest(tx, actor, id, expectedVersion);
    if (row.stateCategory === 'closed')
      throw invalidState('A closed request cannot be reassigned', undefined, 'request_closed');
    const team = input.teamId ? await serviceTeam(tx, input.teamId, ['body', 'teamId']) : null;
    const teamId = team?.id ?? row.teamId;
    const tier = team?.tier ?? row.tier;
    let assigneeId: string | null;
    let mode: string | null = null;
    if (input.assigneeId) {
      await checkAssignee(tx, input.assigneeId, team?.id ?? null, ['body', 'assigneeId']);
      assigneeId = input.assigneeId;
    } else if (input.assigneeId === null || !teamId) {
      assigneeId = null;
    } else {
      ({ assigneeId, mode } = await pickAssignee(tx, teamId, row.productId, deps.clock.now()));
    }
    const saved = await applyRouting(
      tx,
      deps,
      row,
      { teamId, tier, assigneeId },
      { actorId: actor.userId, mode, automatic: false },
    );
    await recordAudit(tx, deps.clock, actor, {
      action: 'request.assigned',
      entityType: 'service_request',
      entityId: row.id,
      customerId: row.customerId,
      before: { teamId: row.teamId, tier: row.tier, assigneeId: row.assigneeId, state: row.state },
      after: { teamId, tier, assigneeId, state: saved.state },
    });
    return saved;
  });
}
