import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import { createPolicyBody, policySchema, policyVersionSchema, updatePolicyBody } from './sla.schema.js';
import * as sla from './sla.service.js';

const tags = ['sla'];
const idParams = z.strictObject({ id: z.uuid() });
const versionParams = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export const slaRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/sla-policies',
      {
        schema: {
          operationId: 'listSlaPolicies',
          tags,
          summary: 'List SLA policies (current versions)',
          response: { 200: z.array(policySchema) },
        },
      },
      async (req) => sla.listPolicies(deps, requireActor(req)),
    );
    app.post(
      '/sla-policies',
      {
        config: { permission: 'sla:manage' },
        schema: {
          operationId: 'createSlaPolicy',
          tags,
          summary: 'Create an SLA policy',
          body: createPolicyBody,
          response: { 201: policySchema },
        },
      },
      async (req, reply) => {
        const p = await sla.createPolicy(deps, requireActor(req), req.body);
        return reply.status(201).header('etag', etagOf(p.version)).send(p);
      },
    );
    app.get(
      '/sla-policies/:id',
      {
        schema: {
          operationId: 'getSlaPolicy',
          tags,
          summary: 'An SLA policy: current version and the version list',
          params: idParams,
          response: { 200: policySchema },
        },
      },
      async (req, reply) => {
        const p = await sla.getPolicy(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(p.version));
        return p;
      },
    );
    app.patch(
      '/sla-policies/:id',
      {
        config: { permission: 'sla:manage' },
        schema: {
          operationId: 'updateSlaPolicy',
          tags,
          summary: 'Change an SLA policy: appends a version effective now; requires If-Match',
          params: idParams,
          body: updatePolicyBody,
          response: { 200: policySchema },
        },
      },
      async (req, reply) => {
        const p = await sla.updatePolicy(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(p.version));
        return p;
      },
    );
    app.get(
      '/sla-policies/:id/versions/:version',
      {
        schema: {
          operationId: 'getSlaPolicyVersion',
          tags,
          summary: 'One version of an SLA policy',
          params: versionParams,
          response: { 200: policyVersionSchema },
        },
      },
      async (req) => sla.getPolicyVersion(deps, requireActor(req), req.params.id, req.params.version),
    );
  };
