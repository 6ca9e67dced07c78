/** HTTP routes of warranties: authenticate, validate, call one use case, shape the response. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import {
  deploymentIdParams,
  warrantyListQuery,
  warrantyPageResponse,
  warrantyPatchBody,
  warrantyResponse,
} from './warranties.schema.js';
import * as warranties from './warranties.service.js';

const tags = ['warranties'];

export const warrantyRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/warranties',
      {
        schema: {
          operationId: 'listWarranties',
          tags,
          summary:
            'Warranties in your data scope (filters customerId, productId, status, expiringWithinDays), by end date',
          querystring: warrantyListQuery,
          response: { 200: warrantyPageResponse },
        },
      },
      async (req) => warranties.listWarranties(deps, requireActor(req), req.query),
    );

    app.get(
      '/deployments/:id/warranty',
      {
        schema: {
          operationId: 'getDeploymentWarranty',
          tags,
          summary: 'The warranty of a deployment, with status and days left (404 before acceptance)',
          params: deploymentIdParams,
          response: { 200: warrantyResponse },
        },
      },
      async (req, reply) => {
        const w = await warranties.getDeploymentWarranty(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(w.version));
        return w;
      },
    );

    app.patch(
      '/deployments/:id/warranty',
      {
        config: { permission: 'warranties:write' },
        schema: {
          operationId: 'updateWarranty',
          tags,
          summary: 'Adjust start date, months and coverage of a warranty; requires If-Match',
          params: deploymentIdParams,
          body: warrantyPatchBody,
          response: { 200: warrantyResponse },
        },
      },
      async (req, reply) => {
        const w = await warranties.updateWarranty(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(w.version));
        return w;
      },
    );
  };
