import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { requireActor } from '../../platform/http.js';
import { auditPageSchema, listAuditQuery } from './audit.schema.js';
import { browseAudit } from './audit.service.js';

export const auditRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          operationId: 'browseAudit',
          tags: ['audit'],
          summary: 'Browse the audit log (who, when, what, before/after)',
          querystring: listAuditQuery,
          response: { 200: auditPageSchema },
        },
      },
      async (req) => browseAudit(deps, requireActor(req), req.query),
    );
  };
