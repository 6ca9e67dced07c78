/** HTTP routes of approvals: authenticate, validate, call one use case, shape the response. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { requireActor } from '../../platform/http.js';
import {
  approvalListQuery,
  approvalPageResponse,
  approvalResponse,
  decideBody,
  idParams,
} from './approvals.schema.js';
import * as approvals from './approvals.service.js';

const tags = ['approvals'];

export const approvalRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/approvals',
      {
        schema: {
          operationId: 'listApprovals',
          tags,
          summary: 'Approval requests you may see; mine=true: pending ones awaiting your role',
          querystring: approvalListQuery,
          response: { 200: approvalPageResponse },
        },
      },
      async (req) => approvals.listApprovals(deps, requireActor(req), req.query),
    );

    app.get(
      '/approvals/:id',
      {
        schema: {
          operationId: 'getApproval',
          tags,
          summary: 'One approval request with its steps and decisions',
          params: idParams,
          response: { 200: approvalResponse },
        },
      },
      async (req) => approvals.getApproval(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/approvals/:id/decide',
      {
        config: { permission: 'contracts:approve' },
        schema: {
          operationId: 'decideApproval',
          tags,
          summary:
            'Approve or reject the current step (your role must be the step role; a rejection needs a comment)',
          params: idParams,
          body: decideBody,
          response: { 200: approvalResponse },
        },
      },
      async (req) => approvals.decideApproval(deps, requireActor(req), req.params.id, req.body),
    );
  };
