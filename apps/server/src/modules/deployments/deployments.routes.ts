/** HTTP routes of deployments and their version history: authenticate, validate, call one use case. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import {
  deploymentCreateBody,
  deploymentFilterQuery,
  deploymentListQuery,
  deploymentPageResponse,
  deploymentPatchBody,
  deploymentResponse,
  directUpgradeBody,
  historyResponse,
  idParams,
} from './deployments.schema.js';
import * as deployments from './deployments.service.js';

const tags = ['deployments'];

export const deploymentCrudRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/deployments',
      {
        schema: {
          operationId: 'listDeployments',
          tags,
          summary: 'Deployments in your data scope (filters customer, product, version, environment)',
          querystring: deploymentListQuery,
          response: { 200: deploymentPageResponse },
        },
      },
      async (req) => deployments.listDeployments(deps, requireActor(req), req.query),
    );

    app.get(
      '/customers/:id/deployments',
      {
        schema: {
          operationId: 'listCustomerDeployments',
          tags,
          summary: "A customer's deployments (404 when the customer is outside your scope)",
          params: idParams,
          querystring: deploymentFilterQuery,
          response: { 200: deploymentPageResponse },
        },
      },
      async (req) => deployments.listCustomerDeployments(deps, requireActor(req), req.params.id, req.query),
    );

    app.post(
      '/deployments',
      {
        config: { permission: 'deployments:write' },
        schema: {
          operationId: 'createDeployment',
          tags,
          summary: 'Record a deployment; an acceptance date creates its warranty',
          body: deploymentCreateBody,
          response: { 201: deploymentResponse },
        },
      },
      async (req, reply) => {
        const d = await deployments.createDeployment(deps, requireActor(req), req.body);
        reply.header('etag', etagOf(d.version));
        return reply.status(201).send(d);
      },
    );

    app.get(
      '/deployments/:id',
      {
        schema: {
          operationId: 'getDeployment',
          tags,
          summary: 'One deployment with its warranty summary (ETag = version)',
          params: idParams,
          response: { 200: deploymentResponse },
        },
      },
      async (req, reply) => {
        const d = await deployments.getDeployment(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(d.version));
        return d;
      },
    );

    app.patch(
      '/deployments/:id',
      {
        config: { permission: 'deployments:write' },
        schema: {
          operationId: 'updateDeployment',
          tags,
          summary: 'Update environment, dates, notes; requires If-Match',
          params: idParams,
          body: deploymentPatchBody,
          response: { 200: deploymentResponse },
        },
      },
      async (req, reply) => {
        const d = await deployments.updateDeployment(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(d.version));
        return d;
      },
    );

    app.delete(
      '/deployments/:id',
      {
        config: { permission: 'deployments:write' },
        schema: {
          operationId: 'deleteDeployment',
          tags,
          summary: 'Delete a deployment recorded by mistake (with its history, upgrades and warranty)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await deployments.deleteDeployment(deps, requireActor(req), req.params.id, ifMatchVersion(req));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/deployments/:id/upgrade',
      {
        config: { permission: 'deployments:write' },
        schema: {
          operationId: 'upgradeDeployment',
          tags,
          summary: 'Upgrade a deployment now, outside a planned upgrade (history kept); requires If-Match',
          params: idParams,
          body: directUpgradeBody,
          response: { 200: deploymentResponse },
        },
      },
      async (req, reply) => {
        const d = await deployments.upgradeDeployment(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(d.version));
        return d;
      },
    );

    app.get(
      '/deployments/:id/history',
      {
        schema: {
          operationId: 'getDeploymentHistory',
          tags,
          summary: 'The versions a deployment ran, newest first',
          params: idParams,
          response: { 200: historyResponse },
        },
      },
      async (req) => deployments.deploymentHistory(deps, requireActor(req), req.params.id),
    );
  };
