/**
 * Builds the HTTP app: plugins, the global authentication and CSRF hook, the
 * problem+json error mapping, the OpenAPI document, every module's routes, and
 * the built web app. It does not listen; main.ts and tests do.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approvalRoutes } from './modules/approvals/index.js';
import { auditRoutes } from './modules/audit/index.js';
import { authRoutes, resolveApiToken, resolveSession } from './modules/auth/index.js';
import { calendarRoutes } from './modules/calendars/index.js';
import { caseworkRoutes } from './modules/casework/index.js';
import { contractRoutes } from './modules/contracts/index.js';
import { customerRoutes } from './modules/customers/index.js';
import { deploymentRoutes } from './modules/deployments/index.js';
import { notificationRoutes } from './modules/notifications/index.js';
import { productRoutes } from './modules/products/index.js';
import { requestRoutes } from './modules/requests/index.js';
import { roleRoutes } from './modules/roles/index.js';
import { routingRoutes } from './modules/routing/index.js';
import { slaRoutes } from './modules/sla/index.js';
import { teamRoutes } from './modules/teams/index.js';
import { timelineRoutes } from './modules/timeline/index.js';
import { tokenRoutes } from './modules/tokens/index.js';
import { userRoutes } from './modules/users/index.js';
import { warrantyRoutes } from './modules/warranties/index.js';
import { createAdmission } from './platform/admission.js';
import { trustProxyOption } from './platform/config.js';
import { pingDb } from './platform/db.js';
import type { Deps } from './platform/deps.js';
import { DomainError } from './platform/errors.js';
import { requestInfo, SESSION_COOKIE } from './platform/http.js';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseSafetyNet,
  sendProblem,
  toProblem,
} from './platform/http-errors.js';
import { inputGuard } from './platform/input-guard.js';
import { rateLimitHook } from './platform/rate-limit.js';
import { type RoutePermission, routePermissionGuard } from './platform/route-permission.js';
import { safeEqual } from './platform/secrets.js';
import { securityHeaders } from './platform/security-headers.js';
import { entitlementRoutes } from './workflows/entitlement.routes.js';
import { homeRoutes } from './workflows/home.routes.js';
import { requestBulkRoutes } from './workflows/request-bulk.routes.js';

export const BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const problemResponse = {
  description: 'RFC 9457 problem document; `errors` lists failing fields by path',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail', 'code'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          code: { type: 'string' },
          instance: { type: 'string' },
          requestId: { type: 'string' },
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['path', 'message'],
              properties: {
                path: { type: 'array', items: { type: ['string', 'integer'] } },
                message: { type: 'string' },
                code: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
};

export async function buildApp(deps: Deps, opts: { webDist?: string | null } = {}) {
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: BODY_LIMIT,
    // X-Forwarded-For only from configured proxies (TRUST_PROXY); by default the socket address is the client.
    trustProxy: trustProxyOption(deps.config.trustProxy),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  // Every route, for the authorization-matrix test's completeness check.
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD' && r.url.startsWith('/api/')) {
        routeTable.push({
          method,
          url: r.url,
          // The docs UI is public, exempted by path in the auth hook below.
          public:
            (r.config as { public?: boolean } | undefined)?.public === true || r.url.startsWith('/api/docs'),
          permission: (r.config as { permission?: RoutePermission } | undefined)?.permission,
        });
      }
    }
  });
  app.decorate('routeTable', routeTable);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10, parts: 12 } });

  app.setErrorHandler((err, req, reply) => {
    const problem = toProblem(err, req);
    // An outage (database down or restarting) is one warning line per request, not a stack trace each.
    if (problem.code === 'unavailable')
      req.log.warn({ reason: (err as Error).message }, 'request refused: unavailable');
    else if (problem.status >= 500) req.log.error({ err }, 'request failed');
    else if (isDatabaseSafetyNet(err)) req.log.warn({ err }, 'bad input reached the database');
    return sendProblem(reply, problem);
  });
  const webDist = opts.webDist && fs.existsSync(path.join(opts.webDist, 'index.html')) ? opts.webDist : null;
  app.setNotFoundHandler((req, reply) => {
    // Missing API routes and missing built files are real 404s; other paths are client-side routes.
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || !webDist || req.method !== 'GET') {
      return sendProblem(
        reply,
        toProblem(new DomainError('not_found', `No route ${req.method} ${req.url.split('?')[0]}`), req),
      );
    }
    // Client-side routes of the single-page app all serve index.html.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-request-id', String(req.id));
    return payload;
  });
  app.addHook('onSend', securityHeaders);

  // Admission control before authentication: a request refused for load must not cost a session lookup.
  const admission = createAdmission(deps.config);
  app.decorate('admission', admission);
  app.addHook('onRequest', admission.onRequest);
  app.addHook('onSend', admission.onSend);

  // Authentication for every /api route not marked public, then CSRF for cookie-authenticated writes.
  // It runs on request, before body parsing and validation, so anonymous callers learn nothing from errors.
  app.addHook('onRequest', async (req) => {
    // The interactive API docs are public, like the OpenAPI document they render.
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const info = requestInfo(req);
    const authz = req.headers.authorization;
    if (authz?.startsWith('Bearer ')) {
      req.actor = (await resolveApiToken(deps, authz.slice(7).trim(), info)) ?? null;
      if (!req.actor) throw new DomainError('unauthenticated', 'Invalid, expired or revoked API token');
    } else {
      const token = req.cookies[SESSION_COOKIE];
      const session = token ? await resolveSession(deps, token, info) : undefined;
      if (session) {
        req.actor = session.actor;
        req.sessionId = session.sessionId;
        req.csrfToken = session.csrfToken;
        if (!SAFE_METHODS.has(req.method)) {
          const sent = req.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
            throw new DomainError('forbidden', 'Missing or wrong X-CSRF-Token header', {
              details: { reason: 'csrf' },
            });
          }
        }
      }
    }
    if (!req.actor && req.routeOptions.config?.public !== true) {
      throw new DomainError('unauthenticated', 'Authentication required');
    }
  });
  // Per user / API token limits need the actor, so they run right after authentication.
  app.addHook(
    'onRequest',
    rateLimitHook({
      perMinute: deps.config.rateLimitPerMinute,
      writesPerMinute: deps.config.rateLimitWritesPerMinute,
      clock: deps.clock,
    }),
  );

  // After authentication, before validation: the declared permission (403 before any 400 that would reveal
  // the schema), then the edge guard that refuses NUL, lone surrogates and other XML-invalid characters.
  app.addHook('preValidation', routePermissionGuard);
  app.addHook('preValidation', inputGuard);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Aftercare API',
        version: '0.1.0',
        description:
          'After-sales service and customer-lifecycle platform. Errors are application/problem+json (RFC 9457).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token (act_...)' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      // Every route can fail with a problem document; say so once, here.
      const schema = out.schema as { hide?: boolean; response?: Record<string, unknown> };
      if (!schema.hide)
        schema.response = { ...(schema.response ?? {}), '4XX': problemResponse, '5XX': problemResponse };
      return out;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        '/health',
        {
          config: { public: true },
          schema: {
            operationId: 'getHealth',
            tags: ['platform'],
            summary: 'Liveness and database readiness',
            response: {
              200: z.object({ status: z.literal('ok'), database: z.literal('up'), time: z.string() }),
              503: z.object({
                status: z.literal('unavailable'),
                database: z.literal('down'),
                time: z.string(),
              }),
            },
          },
        },
        async (_req, reply) => {
          const up = await pingDb(deps.db);
          const time = deps.clock.now().toISOString();
          if (!up)
            return reply
              .status(503)
              .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
              .send({ status: 'unavailable' as const, database: 'down' as const, time });
          return { status: 'ok' as const, database: 'up' as const, time };
        },
      );
      typed.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(authRoutes(deps));
      await api.register(userRoutes(deps));
      await api.register(roleRoutes(deps));
      await api.register(teamRoutes(deps));
      await api.register(tokenRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(notificationRoutes(deps));
      await api.register(customerRoutes(deps));
      await api.register(calendarRoutes(deps));
      await api.register(slaRoutes(deps));
      await api.register(productRoutes(deps));
      await api.register(deploymentRoutes(deps));
      await api.register(warrantyRoutes(deps));
      await api.register(contractRoutes(deps));
      await api.register(approvalRoutes(deps));
      await api.register(entitlementRoutes(deps));
      await api.register(requestRoutes(deps));
      await api.register(timelineRoutes(deps));
      await api.register(caseworkRoutes(deps));
      await api.register(routingRoutes(deps));
      await api.register(requestBulkRoutes(deps));
      await api.register(homeRoutes(deps));
    },
    { prefix: '/api' },
  );

  if (webDist) {
    // wildcard: files built after start are served too (a rebuild needs no restart).
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: ['index.html'] });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

/** One registered /api route: the permission it declares is checked before validation (route-permission.ts). */
export interface RouteEntry {
  method: string;
  url: string;
  public: boolean;
  permission: RoutePermission | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}
