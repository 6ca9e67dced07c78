/**
 * Roles are data: a set of permissions and a data scope. Seeded system roles
 * can be edited (not deleted, key fixed); admins create new ones.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { permissions } from '../../platform/permissions.js';
import * as repo from './roles.repo.js';
import type { CreateRoleInput, RoleView, UpdateRoleInput } from './roles.schema.js';

export async function listRoles(deps: Deps, actor: Actor): Promise<RoleView[]> {
  requirePermission(actor, 'users:read');
  return repo.listRoles(deps.db);
}

export function listPermissions(actor: Actor): string[] {
  requirePermission(actor, 'users:read');
  return [...permissions];
}

export async function createRole(deps: Deps, actor: Actor, input: CreateRoleInput): Promise<RoleView> {
  requirePermission(actor, 'roles:manage');
  if (await repo.findRoleByKey(deps.db, input.key)) {
    throw new DomainError('conflict', 'Role key already exists', {
      issues: [{ path: ['body', 'key'], message: 'Already exists', code: 'duplicate' }],
    });
  }
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertRole(tx, { ...input, isSystem: false, createdAt: now, updatedAt: now });
    await recordAudit(tx, deps.clock, actor, {
      action: 'role.created',
      entityType: 'role',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return (await repo.findRole(deps.db, id))!;
}

export async function updateRole(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateRoleInput,
): Promise<RoleView> {
  requirePermission(actor, 'roles:manage');
  const before = await repo.findRole(deps.db, id);
  if (!before) throw notFound('Role');
  // Taking role management away from the admin role would lock everyone out of roles.
  if (before.key === 'admin' && input.permissions && !input.permissions.includes('roles:manage')) {
    throw new DomainError('invalid_state', 'The admin role must keep roles:manage', {
      detailCode: 'admin_keeps_roles_manage',
      issues: [
        {
          path: ['body', 'permissions'],
          message: 'Must include roles:manage',
          code: 'admin_keeps_roles_manage',
        },
      ],
    });
  }
  await deps.db.transaction(async (tx) => {
    await repo.updateRole(tx, id, { ...input, updatedAt: deps.clock.now() });
    const after = await repo.findRole(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'role.updated',
      entityType: 'role',
      entityId: id,
      before,
      after,
    });
  });
  return (await repo.findRole(deps.db, id))!;
}

export async function deleteRole(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'roles:manage');
  const role = await repo.findRole(deps.db, id);
  if (!role) throw notFound('Role');
  if (role.isSystem)
    throw new DomainError('invalid_state', 'System roles cannot be deleted', {
      detailCode: 'builtin_not_deletable',
      params: { entity: 'role' },
    });
  if (role.userCount > 0)
    throw new DomainError('invalid_state', 'The role still has users', {
      detailCode: 'role_has_users',
      details: { userCount: role.userCount },
    });
  await deps.db.transaction(async (tx) => {
    await repo.deleteRole(tx, id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'role.deleted',
      entityType: 'role',
      entityId: id,
      before: role,
    });
  });
}
