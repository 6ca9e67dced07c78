/**
 * Users: staff accounts and customer-portal accounts, their role and teams.
 * Disabling a user or resetting a password ends all of the user's sessions; disabling or an admin's reset
 * also revokes the user's API tokens (same transaction), since a token would otherwise outlive the account.
 */
import { type Actor, can, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import { hashPassword } from '../../platform/secrets.js';
import { deleteUserSessions, removeTotp } from '../auth/index.js';
import { revokeAllUserTokens } from '../tokens/index.js';
import * as repo from './users.repo.js';
import type { CreateUserInput, ListUsersQuery, UpdateUserInput, UserView } from './users.schema.js';

export async function listUsers(deps: Deps, actor: Actor, q: ListUsersQuery): Promise<Page<UserView>> {
  requirePermission(actor, 'users:read');
  const after = decodeCursor(q.cursor);
  const rows = await repo.listUsers(deps.db, q, after ? { v: String(after.v), id: after.id } : undefined);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ v: last.username.toLowerCase(), id: last.id }) : null,
  };
}

export async function getUser(deps: Deps, actor: Actor, id: string): Promise<UserView> {
  requirePermission(actor, 'users:read');
  const user = await repo.findUser(deps.db, id);
  if (!user) throw notFound('User');
  return user;
}

async function checkRefs(deps: Deps, input: { roleId?: string; teamIds?: string[] }) {
  if (input.roleId && !(await repo.existingIds(deps.db, 'roles', [input.roleId])).has(input.roleId)) {
    throw invalid(['body', 'roleId'], 'No such role', 'unknown_entity', { entity: 'role' });
  }
  if (input.teamIds?.length) {
    const found = await repo.existingIds(deps.db, 'teams', input.teamIds);
    const i = input.teamIds.findIndex((id) => !found.has(id));
    if (i >= 0) throw invalid(['body', 'teamIds', i], 'No such team', 'unknown_entity', { entity: 'team' });
  }
}

export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput): Promise<UserView> {
  requirePermission(actor, 'users:manage');
  await checkRefs(deps, input);
  if (await repo.usernameTaken(deps.db, input.username)) {
    throw new DomainError('conflict', 'Username already taken', {
      issues: [{ path: ['body', 'username'], message: 'Already taken', code: 'duplicate' }],
    });
  }
  if (input.email && (await repo.emailTaken(deps.db, input.email))) {
    throw new DomainError('conflict', 'Email already used', {
      issues: [{ path: ['body', 'email'], message: 'Already used', code: 'duplicate' }],
    });
  }
  const now = deps.clock.now();
  const passwordHash = await hashPassword(input.password);
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      passwordHash,
      roleId: input.roleId,
      customerId: input.customerId ?? null,
      locale: input.locale,
      skills: input.skills,
      createdAt: now,
      updatedAt: now,
    });
    await repo.setUserTeams(tx, row.id, input.teamIds);
    await recordAudit(tx, deps.clock, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      customerId: row.customerId,
      after: { ...row, teamIds: input.teamIds },
    });
    return row.id;
  });
  return getUser(deps, actor, id);
}

export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
): Promise<UserView> {
  requirePermission(actor, 'users:manage');
  const before = await repo.findUser(deps.db, id);
  if (!before) throw notFound('User');
  if (input.disabled === true && id === actor.userId) {
    throw new DomainError('invalid_state', 'You cannot disable your own account', {
      detailCode: 'cannot_disable_self',
      issues: [
        { path: ['body', 'disabled'], message: 'Cannot disable yourself', code: 'cannot_disable_self' },
      ],
    });
  }
  await checkRefs(deps, input);
  if (input.email && (await repo.emailTaken(deps.db, input.email, id))) {
    throw new DomainError('conflict', 'Email already used', {
      issues: [{ path: ['body', 'email'], message: 'Already used', code: 'duplicate' }],
    });
  }
  const { teamIds, ...fields } = input;
  await deps.db.transaction(async (tx) => {
    await repo.updateUserRow(tx, id, { ...fields, updatedAt: deps.clock.now() });
    if (teamIds) await repo.setUserTeams(tx, id, teamIds);
    if (input.disabled === true) {
      await deleteUserSessions(tx, id);
      await revokeAllUserTokens(tx, deps, actor, id, 'user_disabled');
    }
    const after = await repo.findUser(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: input.disabled === true && !before.disabled ? 'user.disabled' : 'user.updated',
      entityType: 'user',
      entityId: id,
      customerId: before.customerId,
      before,
      after,
    });
  });
  return getUser(deps, actor, id);
}

export async function setPassword(deps: Deps, actor: Actor, id: string, password: string): Promise<void> {
  if (id !== actor.userId) requirePermission(actor, 'users:manage');
  const user = await repo.findUserRow(deps.db, id);
  if (!user) throw notFound('User');
  const passwordHash = await hashPassword(password);
  await deps.db.transaction(async (tx) => {
    await repo.updateUserRow(tx, id, { passwordHash, updatedAt: deps.clock.now() });
    await deleteUserSessions(tx, id);
    // A reset by someone else means the password may have leaked: tokens go with it.
    const tokensRevoked =
      id === actor.userId ? 0 : await revokeAllUserTokens(tx, deps, actor, id, 'password_reset');
    await recordAudit(tx, deps.clock, actor, {
      action: 'user.password_set',
      entityType: 'user',
      entityId: id,
      after: { tokensRevoked },
    });
  });
}

/** Removes a user's TOTP (lost phone): they log in with the password alone, or enrol again if required. */
export async function resetTotp(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'users:manage');
  const user = await repo.findUserRow(deps.db, id);
  if (!user) throw notFound('User');
  await deps.db.transaction(async (tx) => {
    const removed = await removeTotp(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'user.totp_reset',
      entityType: 'user',
      entityId: id,
      customerId: user.customerId,
      after: { hadTotp: removed },
    });
  });
}

/** A user's own preferences (language, display name). */
export async function updateMe(
  deps: Deps,
  actor: Actor,
  input: { displayName?: string; locale?: string },
): Promise<void> {
  const before = await repo.findUserRow(deps.db, actor.userId);
  if (!before) throw notFound('User');
  await deps.db.transaction(async (tx) => {
    const after = await repo.updateUserRow(tx, actor.userId, { ...input, updatedAt: deps.clock.now() });
    await recordAudit(tx, deps.clock, actor, {
      action: 'user.preferences_updated',
      entityType: 'user',
      entityId: actor.userId,
      before,
      after,
    });
  });
}

/** Staff users for owner/assignee pickers: any staff member who can read customers or users. */
export async function listUserOptions(deps: Deps, actor: Actor, teamId?: string) {
  if (actor.customerId || !(can(actor, 'customers:read') || can(actor, 'users:read'))) {
    throw new DomainError('forbidden', 'Missing permission users:read', {
      detailCode: 'missing_permission',
      params: { permission: 'users:read' },
    });
  }
  return repo.userOptions(deps.db, teamId);
}
