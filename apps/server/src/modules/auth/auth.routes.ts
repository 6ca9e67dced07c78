import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { requestInfo, requireActor, SESSION_COOKIE, sessionCookieOptions } from '../../platform/http.js';
import {
  challengeBody,
  challengeCodeBody,
  codeBody,
  enrolledLoginResponse,
  loginBlockSchema,
  loginBody,
  loginChallengeResponse,
  type MeResponse,
  meResponse,
  recoveryCodesResponse,
  securitySettingsBody,
  securitySettingsSchema,
  totpEnrolmentResponse,
  totpStatusResponse,
} from './auth.schema.js';
import * as auth from './auth.service.js';
import * as throttle from './auth.throttle.js';
import * as totp from './auth.totp.js';

/** Every way of signing in ends the same: the session cookie is set and the caller's profile answered. */
function openSession(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  session: { token: string; csrfToken: string; expiresAt: Date; actor: Actor },
): MeResponse {
  reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(req, deps.config, session.expiresAt));
  return me(session.actor, session.csrfToken);
}

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
        config: { public: true, permission: 'public' },
        schema: {
          operationId: 'login',
          tags: ['auth'],
          summary: 'Log in with username and password (202: a second step is needed)',
          description:
            'Throttled per account and address: a few failures are free, then each further try waits longer ' +
            '(429 with Retry-After). 202 answers a short-lived challenge for POST /auth/login/totp, or, when the ' +
            'role must use TOTP and has none, for /auth/login/totp-enrolment.',
          body: loginBody,
          response: { 200: meResponse, 202: loginChallengeResponse },
        },
      },
      async (req, reply) => {
        const result = await auth.login(deps, req.body, requestInfo(req));
        if (result.kind === 'challenge') {
          const { step, challenge, expiresAt } = result;
          return reply.status(202).send({ step, challenge, expiresAt });
        }
        return openSession(req, reply, deps, result);
      },
    );

    app.post(
      '/auth/login/totp',
      {
        config: { public: true, permission: 'public' },
        schema: {
          operationId: 'loginWithCode',
          tags: ['auth'],
          summary: 'Second login step: a TOTP code or a recovery code for the challenge',
          body: challengeCodeBody,
          response: { 200: meResponse },
        },
      },
      async (req, reply) => {
        const result = await auth.loginWithCode(deps, req.body, requestInfo(req));
        return openSession(req, reply, deps, result);
      },
    );

    app.post(
      '/auth/login/totp-enrolment',
      {
        config: { public: true, permission: 'public' },
        schema: {
          operationId: 'startLoginEnrolment',
          tags: ['auth'],
          summary: 'Enrol TOTP during login (role requires it): the secret for the challenge',
          body: challengeBody,
          response: { 200: totpEnrolmentResponse },
        },
      },
      async (req) => auth.startLoginEnrolment(deps, req.body),
    );

    app.post(
      '/auth/login/totp-enrolment/confirm',
      {
        config: { public: true, permission: 'public' },
        schema: {
          operationId: 'confirmLoginEnrolment',
          tags: ['auth'],
          summary: 'Confirm the enrolment with a first code and log in (recovery codes shown once)',
          body: challengeCodeBody,
          response: { 200: enrolledLoginResponse },
        },
      },
      async (req, reply) => {
        const result = await auth.confirmLoginEnrolment(deps, req.body, requestInfo(req));
        return { ...openSession(req, reply, deps, result), recoveryCodes: result.recoveryCodes };
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { permission: 'authenticated' },
        schema: {
          operationId: 'logout',
          tags: ['auth'],
          summary: 'End the current session',
          response: { 204: z.null() },
        },
      },
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
          operationId: 'getMe',
          tags: ['auth'],
          summary: 'The current user, permissions and CSRF token',
          response: { 200: meResponse },
        },
      },
      async (req) => me(requireActor(req), req.csrfToken ?? null),
    );

    app.get(
      '/auth/totp',
      {
        schema: {
          operationId: 'getTotpStatus',
          tags: ['auth'],
          summary: 'Your two-factor status',
          response: { 200: totpStatusResponse },
        },
      },
      async (req) => totp.getTotpStatus(deps, requireActor(req)),
    );
    app.post(
      '/auth/totp/enrolment',
      {
        config: { permission: 'authenticated' },
        schema: {
          operationId: 'startOwnEnrolment',
          tags: ['auth'],
          summary: 'Start enrolling TOTP: a new secret (shown only now) awaiting a first code',
          response: { 200: totpEnrolmentResponse },
        },
      },
      async (req) => totp.startOwnEnrolment(deps, requireActor(req)),
    );
    app.post(
      '/auth/totp/enrolment/confirm',
      {
        config: { permission: 'authenticated' },
        schema: {
          operationId: 'confirmOwnEnrolment',
          tags: ['auth'],
          summary: 'Confirm TOTP with a first code; answers recovery codes, shown only once',
          body: codeBody,
          response: { 200: recoveryCodesResponse },
        },
      },
      async (req) => totp.confirmOwnEnrolment(deps, requireActor(req), req.body.code),
    );
    app.post(
      '/auth/totp/disable',
      {
        config: { permission: 'authenticated' },
        schema: {
          operationId: 'disableOwnTotp',
          tags: ['auth'],
          summary: 'Turn your TOTP off with a current code or a recovery code',
          body: codeBody,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await totp.disableOwnTotp(deps, requireActor(req), req.body.code);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/login-blocks',
      {
        schema: {
          operationId: 'listLoginBlocks',
          tags: ['auth'],
          summary: 'Throttled and blocked logins (account, address, failures, until)',
          response: { 200: z.array(loginBlockSchema) },
        },
      },
      async (req) => throttle.listLoginBlocks(deps, requireActor(req)),
    );
    app.delete(
      '/auth/login-blocks/:id',
      {
        config: { permission: 'users:manage' },
        schema: {
          operationId: 'liftLoginBlock',
          tags: ['auth'],
          summary: 'Lift a login block (its failures are forgotten)',
          params: z.strictObject({ id: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await throttle.liftLoginBlock(deps, requireActor(req), req.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/security-settings',
      {
        schema: {
          operationId: 'getSecuritySettings',
          tags: ['auth'],
          summary: 'Login security settings',
          response: { 200: securitySettingsSchema },
        },
      },
      async (req) => totp.getSecuritySettings(deps, requireActor(req)),
    );
    app.put(
      '/auth/security-settings',
      {
        config: { permission: 'users:manage' },
        schema: {
          operationId: 'updateSecuritySettings',
          tags: ['auth'],
          summary: 'Change login security settings (TOTP required for admins)',
          body: securitySettingsBody,
          response: { 200: securitySettingsSchema },
        },
      },
      async (req) => totp.updateSecuritySettings(deps, requireActor(req), req.body),
    );
  };
