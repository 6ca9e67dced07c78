import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { requestInfo, requireActor, SESSION_COOKIE, sessionCookieOptions } from '../../platform/http.js';
import { loginBody, type MeResponse, meResponse } from './auth.schema.js';
import * as auth from './auth.service.js';

function me(actor: Actor, csrfToken: string | null): MeResponse {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.roleKey,
    permissions: [...actor.permissions],
    scope: actor.scope,
    teamIds: [...actor.teamIds],
    customerId: actor.customerId,
    locale: actor.locale,
    csrfToken,
  };
}

export const authRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Log in with username and password',
          body: loginBody,
          response: { 200: meResponse },
        },
      },
      async (req, reply) => {
        const result = await auth.login(deps, req.body, requestInfo(req));
        reply.setCookie(
          SESSION_COOKIE,
          result.token,
          sessionCookieOptions(req, deps.config, result.expiresAt),
        );
        return me(result.actor, result.csrfToken);
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } } },
      async (req, reply) => {
        requireActor(req);
        if (req.sessionId) await auth.logout(deps, req.sessionId);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The current user, permissions and CSRF token',
          response: { 200: meResponse },
        },
      },
      async (req) => me(requireActor(req), req.csrfToken ?? null),
    );
  };
