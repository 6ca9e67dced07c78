/**
 * Who may do what with customers: the permission a use case needs, and which
 * owners/teams an actor may give a customer. Which rows an actor may see is
 * a SQL condition (customers.repo `scopeCondition`), never a filter here.
 */
import type { Actor } from '../../platform/access.js';
import { requirePermission } from '../../platform/access.js';
import { DomainError } from '../../platform/errors.js';
import type { Permission } from '../../platform/permissions.js';

export const customerPolicy = {
  read: 'customers:read',
  write: 'customers:write',
  delete: 'customers:delete',
  import: 'customers:import',
  export: 'customers:export',
  writeContacts: 'contacts:write',
} as const satisfies Record<string, Permission>;

export type CustomerAction = keyof typeof customerPolicy;

/** The one access check at the top of each customer use case. */
export function requireCustomerAccess(actor: Actor, action: CustomerAction): void {
  requirePermission(actor, customerPolicy[action]);
}

const outOfScope = (field: 'ownerId' | 'teamId' | 'owner', message: string, code: string) =>
  new DomainError('forbidden', message, {
    detailCode: code,
    params: {},
    issues: [{ path: field === 'owner' ? [field] : ['body', field], message, code }],
  });

export interface Assignment {
  ownerId: string | null;
  teamId: string | null;
}

/**
 * Checks that a customer assigned to this owner and team stays inside the
 * actor's data scope: a team-scoped rep may hand a customer to a colleague of
 * their team but not to another team; an own-scoped user keeps it; 'all' may
 * assign anyone. `ownerTeamIds` are the teams of the proposed owner.
 */
export function checkAssignment(
  actor: Actor,
  next: Assignment,
  ownerTeamIds: readonly string[],
  field: { owner: 'ownerId' | 'owner'; team: 'teamId' } = { owner: 'ownerId', team: 'teamId' },
): void {
  switch (actor.scope) {
    case 'all':
      return;
    case 'organisation':
      throw new DomainError('forbidden', 'Customer contacts cannot assign customers', {
        detailCode: 'contacts_cannot_assign',
      });
    // Service staff see customers through their queues; what they may own is their own.
    case 'queue':
    case 'own':
      if (next.ownerId !== actor.userId)
        throw outOfScope(field.owner, 'You can only own customers yourself', 'own_customers_only');
      if (next.teamId && !actor.teamIds.includes(next.teamId))
        throw outOfScope(field.team, 'That team is not one of your teams', 'not_your_team');
      return;
    case 'team': {
      if (next.teamId && !actor.teamIds.includes(next.teamId))
        throw outOfScope(field.team, 'That team is not one of your teams', 'not_your_team');
      const ownerInTeam =
        next.ownerId === actor.userId || ownerTeamIds.some((t) => actor.teamIds.includes(t));
      if (next.ownerId && !ownerInTeam)
        throw outOfScope(field.owner, 'That owner is not in one of your teams', 'owner_not_your_team');
      // The result must stay visible to the actor, or they would lose it on save.
      const visible = next.ownerId === actor.userId || (next.teamId && actor.teamIds.includes(next.teamId));
      if (!visible)
        throw outOfScope(
          field.team,
          'The customer must belong to you or one of your teams',
          'customer_out_of_scope',
        );
      return;
    }
    default: {
      const never: never = actor.scope;
      throw new Error(`unknown scope ${String(never)}`);
    }
  }
}

/**
 * Default team when none is given: the caller's first team when they own the
 * customer, otherwise the owner's first team the caller can see.
 */
export function defaultTeam(actor: Actor, ownerId: string | null, ownerTeamIds: readonly string[]) {
  if (ownerId === actor.userId) return actor.teamIds[0] ?? null;
  if (actor.scope === 'all') return ownerTeamIds[0] ?? actor.teamIds[0] ?? null;
  return ownerTeamIds.find((t) => actor.teamIds.includes(t)) ?? actor.teamIds[0] ?? null;
}
