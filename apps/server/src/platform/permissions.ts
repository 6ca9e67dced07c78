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
] as const;
export type Permission = (typeof permissions)[number];

export const isPermission = (p: string): p is Permission => (permissions as readonly string[]).includes(p);
