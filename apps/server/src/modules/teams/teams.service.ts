/** Teams: the service groups of SPEC §1 (with their tier) and sales teams; membership drives team data scope. */
import { type Actor, can, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, notFound } from '../../platform/errors.js';
import * as repo from './teams.repo.js';
import type { CreateTeamInput, TeamView, UpdateTeamInput } from './teams.schema.js';

/** Any staff member may list teams (filters, pickers); customer contacts may not. */
export async function listTeams(deps: Deps, actor: Actor): Promise<TeamView[]> {
  if (actor.customerId || !(can(actor, 'users:read') || can(actor, 'customers:read'))) {
    throw new DomainError('forbidden', 'Missing permission users:read', {
      detailCode: 'missing_permission',
      params: { permission: 'users:read' },
    });
  }
  return repo.listTeams(deps.db);
}

async function checkLead(deps: Deps, leadId: string | null | undefined) {
  if (leadId && !(await repo.existingUserIds(deps.db, [leadId])).has(leadId))
    throw invalid(['body', 'leadId'], 'No such user', 'unknown_entity', { entity: 'user' });
}

export async function createTeam(deps: Deps, actor: Actor, input: CreateTeamInput): Promise<TeamView> {
  requirePermission(actor, 'teams:manage');
  if (await repo.keyTaken(deps.db, input.key)) {
    throw new DomainError('conflict', 'Team key already exists', {
      issues: [{ path: ['body', 'key'], message: 'Already exists', code: 'duplicate' }],
    });
  }
  await checkLead(deps, input.leadId);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertTeam(tx, {
      ...input,
      tier: input.tier ?? null,
      leadId: input.leadId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'team.created',
      entityType: 'team',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return (await repo.findTeam(deps.db, id))!;
}

export async function updateTeam(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateTeamInput,
): Promise<TeamView> {
  requirePermission(actor, 'teams:manage');
  const before = await repo.findTeam(deps.db, id);
  if (!before) throw notFound('Team');
  await checkLead(deps, input.leadId);
  await deps.db.transaction(async (tx) => {
    await repo.updateTeam(tx, id, { ...input, updatedAt: deps.clock.now() });
    const after = await repo.findTeam(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'team.updated',
      entityType: 'team',
      entityId: id,
      before,
      after,
    });
  });
  return (await repo.findTeam(deps.db, id))!;
}

export async function listMembers(deps: Deps, actor: Actor, id: string) {
  await listTeams(deps, actor);
  if (!(await repo.findTeam(deps.db, id))) throw notFound('Team');
  return repo.members(deps.db, id);
}

export async function setMembers(deps: Deps, actor: Actor, id: string, userIds: string[]) {
  requirePermission(actor, 'teams:manage');
  if (!(await repo.findTeam(deps.db, id))) throw notFound('Team');
  const unique = [...new Set(userIds)];
  const found = await repo.existingUserIds(deps.db, unique);
  const missing = userIds.findIndex((u) => !found.has(u));
  if (missing >= 0)
    throw invalid(['body', 'userIds', missing], 'No such user', 'unknown_entity', { entity: 'user' });
  await deps.db.transaction(async (tx) => {
    const before = await repo.members(tx, id);
    await repo.setMembers(tx, id, unique);
    await recordAudit(tx, deps.clock, actor, {
      action: 'team.members_set',
      entityType: 'team',
      entityId: id,
      before: before.map((m) => m.id),
      after: unique,
    });
  });
  return repo.members(deps.db, id);
}
