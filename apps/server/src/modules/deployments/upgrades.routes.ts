/** HTTP routes of planned upgrades: authenticate, validate, call one use case. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import {
  idParams,
  transitionBody,
  upgradeCreateBody,
  upgradeListQuery,
  upgradePageResponse,
  upgradePatchBody,
  upgradeResponse,
} from './deployments.schema.js';
import * as upgrades from './upgrades.service.js';

const tags = ['deployments'];

export const upgradeRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/planned-upgrades',
      {
        schema: {
          operationId: 'listPlannedUpgrades',
          tags,
          summary:
            'Planned upgrades in your scope by window start (filters status, customer, emergency, window)',
          querystring: upgradeListQuery,
          response: { 200: upgradePageResponse },
        },
      },
      async (req) => upgrades.listUpgrades(deps, requireActor(req), req.query),
    );

    app.get(
      '/deployments/:id/upgrades',
      {
        schema: {
          operationId: 'listDeploymentUpgrades',
          tags,
          summary: 'Planned upgrades of one deployment',
          params: idParams,
          querystring: upgradeListQuery,
          response: { 200: upgradePageResponse },
        },
      },
      async (req) => upgrades.listDeploymentUpgrades(deps, requireActor(req), req.params.id, req.query),
    );

    app.post(
      '/deployments/:id/upgrades',
      {
        config: { permission: 'deployments:write' },
        schema: {
          operationId: 'planUpgrade',
          tags,
          summary: 'Plan an upgrade: target version, advance-notice date, window, preparation guide',
          params: idParams,
          body: upgradeCreateBody,
          response: { 201: upgradeResponse },
        },
      },
      async (req, reply) => {
        const u = await upgrades.createUpgrade(deps, requireActor(req), req.params.id, req.body);
        reply.header('etag', etagOf(u.version));
        return reply.status(201).send(u);
      },
    );

    app.get(
      '/planned-upgrades/:id',
      {
        schema: {
          operationId: 'getPlannedUpgrade',
          tags,
          summary: 'One planned upgrade with the statuses it may move to (ETag = version)',
          params: idParams,
          response: { 200: upgradeResponse },
        },
      },
      async (req, reply) => {
        const u = await upgrades.getUpgrade(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(u.version));
        return u;
      },
    );

    app.patch(
      '/planned-upgrades/:id',
      {
        config: { permission: 'deployments:write' },
        schema: {
          operationId: 'updatePlannedUpgrade',
          tags,
          summary: 'Edit an open plan (follow-up always); requires If-Match',
          params: idParams,
          body: upgradePatchBody,
          response: { 200: upgradeResponse },
        },
      },
      async (req, reply) => {
        const u = await upgrades.updateUpgrade(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(u.version));
        return u;
      },
    );

    app.post(
      '/planned-upgrades/:id/transition',
      {
        config: { permission: 'deployments:write' },
        schema: {
          operationId: 'transitionPlannedUpgrade',
          tags,
          summary:
            'Move to notified / in_progress / done / cancelled (409 invalid_state if not allowed); done upgrades the deployment; requires If-Match',
          params: idParams,
          body: transitionBody,
          response: { 200: upgradeResponse },
        },
      },
      async (req, reply) => {
        const u = await upgrades.transitionUpgrade(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(u.version));
        return u;
      },
    );
  };
