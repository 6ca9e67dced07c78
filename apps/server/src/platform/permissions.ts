/**
 * The permissions the code checks. Roles are data (an admin can create them)
 * but each role is a set of these strings; a use case asks for exactly one.
 */
export const permissions = [
  'customers:read',
  'customers:write',
  'customers:delete',
  'customers:import',
  'customers:export',
  'contacts:write',
  'users:read',
  'users:manage',
  'roles:manage',
  'teams:manage',
  'audit:read',
  'tokens:own',
  'notifications:own',
  'portal:access',
  'products:read',
  'products:manage',
  'deployments:read',
  'deployments:write',
  'warranties:read',
  'warranties:write',
  'calendars:manage',
  'sla:read',
  'sla:manage',
  'contracts:read',
  'contracts:write',
  'contracts:approve',
  'entitlements:check',
  /** Service requests in the caller's scope; the public timeline only. */
  'requests:read',
  /** Intake (any channel calls the same use case). */
  'requests:create',
  /** Public replies and attachments the customer sees. */
  'requests:reply',
  /** Internal notes, internal events and attachments: never granted to customer roles. */
  'requests:internal',
  /** Fields, state changes, case tracking, time entries, relations, merge. */
  'requests:update',
  /** Assignment and escalation by hand. */
  'requests:assign',
  /** Historical import from an old system (admin). */
  'requests:import',
  /** States, transitions, desk settings, queue modes, other agents' availability. */
  'service_desk:manage',
] as const;
export type Permission = (typeof permissions)[number];

export const isPermission = (p: string): p is Permission => (permissions as readonly string[]).includes(p);
