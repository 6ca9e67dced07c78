/**
 * Queues (one per service team, its tier being the team's) and agent
 * availability: what the service-desk admin page and the console's queue
 * overview read, and the two settings automatic assignment depends on.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { checkVersion } from '../../platform/versioning.js';
import * as repo from './routing.repo.js';
import type { AvailabilityInput, AvailabilityView, QueueView } from './routing.schema.js';

/** Staff only: customer contacts hold requests:read for their own requests, not for the vendor's queues. */
function requireStaff(actor: Actor): void {
  requirePermission(actor, 'requests:read');
  if (actor.customerId || actor.scope === 'organisation') throw forbidden();
}

const availableNow = (available: boolean, absentUntil: Date | null, now: Date) =>
  available || (absentUntil !== null && absentUntil <= now);

async function queues(deps: Deps, onlyTeamId?: string): Promise<QueueView[]> {
  const teams = (await repo.serviceTeamsWithQueues(deps.db)).filter(
    (t) => !onlyTeamId || t.teamId === onlyTeamId,
  );
  const ids = teams.map((t) => t.teamId);
  const [counts, members] = await Promise.all([
    repo.queueCounts(deps.db, ids),
    repo.queueMembers(deps.db, ids),
  ]);
  const now = deps.clock.now();
  return teams.map((t) => {
    const c = counts.find((x) => x.teamId === t.teamId);
    return {
      ...t,
      version: Number(t.version),
      open: c?.open ?? 0,
      unassigned: c?.unassigned ?? 0,
      atRisk: c?.atRisk ?? 0,
      breached: c?.breached ?? 0,
      members: members
        .filter((m) => m.teamId === t.teamId)
        .map(({ teamId: _, ...m }) => ({
          ...m,
          availableNow: availableNow(m.available, m.absentUntil, now),
        })),
    };
  });
}

/** The service teams' queues with their open work and members (availability, load). */
export async function listQueues(deps: Deps, actor: Actor): Promise<QueueView[]> {
  requireStaff(actor);
  return queues(deps);
}

/** Sets how a queue assigns new work (If-Match: the queue's version). */
export async function setQueueMode(
  deps: Deps,
  actor: Actor,
  teamId: string,
  expectedVersion: number | undefined,
  mode: QueueView['mode'],
): Promise<QueueView> {
  requirePermission(actor, 'service_desk:manage');
  const team = await repo.findTeam(deps.db, teamId);
  if (team?.kind !== 'service') throw notFound('Queue');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const before = await repo.lockQueue(tx, teamId, now);
    checkVersion('queue', before.version, expectedVersion);
    const after = await repo.upsertQueueMode(tx, teamId, mode, before.version + 1, now);
    await recordAudit(tx, deps.clock, actor, {
      action: 'queue.mode_changed',
      entityType: 'team_queue',
      entityId: teamId,
      before: { mode: before.mode },
      after: { mode: after.mode },
    });
  });
  return (await queues(deps, teamId))[0]!;
}

async function availabilityOf(deps: Deps, userId: string): Promise<AvailabilityView> {
  const row = await repo.findAvailability(deps.db, userId);
  const available = row?.available ?? true;
  const absentUntil = row?.absentUntil ?? null;
  return {
    userId,
    available,
    absentUntil,
    availableNow: availableNow(available, absentUntil, deps.clock.now()),
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function getMyAvailability(deps: Deps, actor: Actor): Promise<AvailabilityView> {
  requireStaff(actor);
  return availabilityOf(deps, actor.userId);
}

/** An agent sets their own availability; a service-desk manager may set anyone's. */
export async function setAvailability(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: AvailabilityInput,
): Promise<AvailabilityView> {
  requireStaff(actor);
  if (userId !== actor.userId) {
    requirePermission(actor, 'service_desk:manage');
    if (!(await repo.activeStaff(deps.db, userId))) throw notFound('User');
  }
  const absentUntil = input.available ? null : (input.absentUntil ?? null);
  await deps.db.transaction(async (tx) => {
    const before = await repo.findAvailability(tx, userId);
    const after = await repo.upsertAvailability(tx, userId, input.available, absentUntil, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      action: 'agent.availability_changed',
      entityType: 'user',
      entityId: userId,
      before: before ? { available: before.available, absentUntil: before.absentUntil } : null,
      after: { available: after.available, absentUntil: after.absentUntil },
    });
  });
  return availabilityOf(deps, userId);
}
