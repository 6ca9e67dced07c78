/** HTTP route of bulk actions on selected requests: one result per row (request-bulk.ts). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../platform/deps.js';
import { requireActor } from '../platform/http.js';
import { bulkBody, bulkResult, bulkUpdateRequests } from './request-bulk.js';

export const requestBulkRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/requests/bulk',
      {
        // The action decides: assign needs requests:assign, the others requests:update (checked in the use case).
        config: { permission: { anyOf: ['requests:update', 'requests:assign'] } },
        schema: {
          operationId: 'bulkUpdateRequests',
          tags: ['requests'],
          summary:
            'Assign, change state, add a tag or merge selected requests; each row with its version (If-Match per row), one transaction and audit entry each, and its own result',
          body: bulkBody,
          response: { 200: bulkResult },
        },
      },
      async (req) => bulkUpdateRequests(deps, requireActor(req), req.body),
    );
  };
