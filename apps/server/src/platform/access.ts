/**
 * Who is calling: the authenticated actor every use case receives, and the
 * explicit access check each use case starts with.
 */
import type { DataScope } from '../db/schema/identity.js';
import { DomainError } from './errors.js';
import type { Permission } from './permissions.js';

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roleKey: string;
  permissions: ReadonlySet<Permission>;
  scope: DataScope;
  teamIds: readonly string[];
  /** For customer contacts: their organisation. */
  customerId: string | null;
  /** How the request authenticated: cookie session or API token. */
  via: 'session' | 'token' | 'system';
  /** The API token's id when via = 'token': its own rate-limit bucket (platform/rate-limit.ts). */
  tokenId?: string;
  requestId: string;
  ip: string | null;
  locale: string;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** The one explicit access check at the top of a use case. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) {
    throw new DomainError('forbidden', `Missing permission ${permission}`, {
      details: { permission },
      detailCode: 'missing_permission',
      params: { permission },
    });
  }
}

/** An actor for jobs and CLI commands: every permission, all data. */
export function systemActor(all: readonly Permission[], requestId = 'system'): Actor {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    displayName: 'System',
    roleKey: 'system',
    permissions: new Set(all),
    scope: 'all',
    teamIds: [],
    customerId: null,
    via: 'system',
    requestId,
    ip: null,
    locale: 'zh-CN',
  };
}
