/**
 * The permission a route needs, declared on the route (`config: { permission }`)
 * and checked before validation. Fastify validates before the handler, where
 * use cases call requirePermission, so without this a caller lacking the right
 * would learn a write route's schema from its 400. The use case still checks
 * (it is the authority, and it also runs for jobs and other callers); this is
 * the early answer at the edge: 401, then 403, then 400.
 */
import type { FastifyRequest } from 'fastify';
import { DomainError } from './errors.js';
import type { Permission } from './permissions.js';

/**
 * A single permission; `{ anyOf }` when the use case accepts several (the
 * caller needs at least one); 'authenticated' when any signed-in caller may
 * try and the use case decides on the record (own notifications, own tokens,
 * own profile); 'public' for unauthenticated routes (login).
 */
export type RoutePermission = Permission | { anyOf: readonly Permission[] } | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Checked before validation; every POST/PUT/PATCH/DELETE route declares one (a test enforces it). */
    permission?: RoutePermission;
  }
}

export function allows(permissions: ReadonlySet<Permission>, rule: RoutePermission): boolean {
  if (rule === 'authenticated' || rule === 'public') return true;
  if (typeof rule === 'string') return permissions.has(rule);
  return rule.anyOf.some((p) => permissions.has(p));
}

/** preValidation hook: answers 403 before the body is validated when the declared permission is missing. */
export async function routePermissionGuard(req: FastifyRequest): Promise<void> {
  const rule = req.routeOptions.config?.permission;
  if (rule === undefined || rule === 'public' || !req.actor) return;
  if (!allows(req.actor.permissions, rule)) {
    const missing = typeof rule === 'string' ? rule : rule.anyOf.join(' | ');
    throw new DomainError('forbidden', `Missing permission ${missing}`, {
      details: { permission: missing },
      detailCode: 'missing_permission',
      params: { permission: missing },
    });
  }
}
