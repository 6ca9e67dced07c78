/** HTTP routes of renewal tasks (续约任务): authenticate, validate, call one use case. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import * as tasks from './contracts.renewal-tasks.js';
import {
  renewalTaskListQuery,
  renewalTaskPageResponse,
  renewalTaskPatchBody,
  renewalTaskResponse,
} from './contracts.renewal-tasks.schema.js';
import { idParams } from './contracts.schema.js';

const tags = ['contracts'];

export const renewalTaskRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/renewal-tasks',
      {
        schema: {
          operationId: 'listRenewalTasks',
          tags,
          summary:
            'Renewal tasks of contracts in your data scope, soonest end first (filters status, ownerId)',
          querystring: renewalTaskListQuery,
          response: { 200: renewalTaskPageResponse },
        },
      },
      async (req) => tasks.listRenewalTasks(deps, requireActor(req), req.query),
    );

    app.patch(
      '/renewal-tasks/:id',
      {
        config: { permission: 'contracts:write' },
        schema: {
          operationId: 'updateRenewalTask',
          tags,
          summary: "Change a renewal task's status, note or renewal contract (If-Match)",
          params: idParams,
          body: renewalTaskPatchBody,
          response: { 200: renewalTaskResponse },
        },
      },
      async (req, reply) => {
        const t = await tasks.updateRenewalTask(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(t.version));
        return t;
      },
    );
  };
