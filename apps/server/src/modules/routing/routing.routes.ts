import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import { getRequestDetail, requestDetailSchema } from '../requests/index.js';
import { assignRequest } from './routing.assign.js';
import { escalateRequest } from './routing.escalate.js';
import { getMyAvailability, listQueues, setAvailability, setQueueMode } from './routing.queues.js';
import {
  assignBody,
  availabilityBody,
  availabilitySchema,
  escalateBody,
  queueModeBody,
  queueSchema,
  requestIdParams,
  teamIdParams,
  userIdParams,
} from './routing.schema.js';

const tags = ['routing'];

export const routingRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/queues',
      {
        schema: {
          operationId: 'listQueues',
          tags,
          summary: 'Service team queues with open work, members, availability and load',
          response: { 200: queueSchema.array() },
        },
      },
      async (req) => listQueues(deps, requireActor(req)),
    );
    app.put(
      '/queues/:teamId',
      {
        config: { permission: 'service_desk:manage' },
        schema: {
          operationId: 'setQueueMode',
          tags,
          summary: "Set a queue's assignment mode; requires If-Match with the queue version",
          params: teamIdParams,
          body: queueModeBody,
          response: { 200: queueSchema },
        },
      },
      async (req, reply) => {
        const q = await setQueueMode(
          deps,
          requireActor(req),
          req.params.teamId,
          ifMatchVersion(req),
          req.body.mode,
        );
        reply.header('etag', etagOf(q.version));
        return q;
      },
    );
    app.get(
      '/agents/me/availability',
      {
        schema: {
          operationId: 'getMyAvailability',
          tags,
          summary: 'My availability',
          response: { 200: availabilitySchema },
        },
      },
      async (req) => getMyAvailability(deps, requireActor(req)),
    );
    app.put(
      '/agents/:userId/availability',
      {
        config: { permission: 'requests:read' },
        schema: {
          operationId: 'setAvailability',
          tags,
          summary: "Set an agent's availability (own, or anyone's with service_desk:manage)",
          params: userIdParams,
          body: availabilityBody,
          response: { 200: availabilitySchema },
        },
      },
      async (req) => setAvailability(deps, requireActor(req), req.params.userId, req.body),
    );
    app.post(
      '/requests/:id/assign',
      {
        config: { permission: 'requests:assign' },
        schema: {
          operationId: 'assignRequest',
          tags,
          summary: 'Assign a request to an agent and/or a service team; requires If-Match',
          params: requestIdParams,
          body: assignBody,
          response: { 200: requestDetailSchema },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await assignRequest(deps, actor, req.params.id, ifMatchVersion(req), req.body);
        const detail = await getRequestDetail(deps, actor, req.params.id);
        reply.header('etag', etagOf(detail.version));
        return detail;
      },
    );
    app.post(
      '/requests/:id/escalate',
      {
        config: { permission: 'requests:assign' },
        schema: {
          operationId: 'escalateRequest',
          tags,
          summary: 'Escalate a request to the next tier with a reason; requires If-Match',
          params: requestIdParams,
          body: escalateBody,
          response: { 200: requestDetailSchema },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await escalateRequest(deps, actor, req.params.id, ifMatchVersion(req), req.body.reason);
        const detail = await getRequestDetail(deps, actor, req.params.id);
        reply.header('etag', etagOf(detail.version));
        return detail;
      },
    );
  };
