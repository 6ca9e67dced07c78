/** HTTP routes of case tracking: analysis, knowledge draft, relations, merge. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import * as relations from './casework.relations.js';
import {
  analysisBody,
  analysisResponse,
  knowledgeDraftResponse,
  mergeBody,
  mergeResponse,
  relationBody,
  relationParams,
  relationResponse,
  requestIdParams,
} from './casework.schema.js';
import * as casework from './casework.service.js';

const tags = ['requests'];

export const caseworkRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      '/requests/:id/analysis',
      {
        config: { permission: 'requests:update' },
        schema: {
          operationId: 'updateAnalysis',
          tags,
          summary: 'Analysis, fix, verification and closing summary (fields sent change; requires If-Match)',
          params: requestIdParams,
          body: analysisBody,
          response: { 200: analysisResponse },
        },
      },
      async (req, reply) => {
        const out = await casework.updateAnalysis(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(out.version));
        return out;
      },
    );

    app.get(
      '/requests/:id/knowledge-draft',
      {
        schema: {
          operationId: 'getKnowledgeDraft',
          tags,
          summary: 'A knowledge article draft built from the closing summary (409 until it is written)',
          params: requestIdParams,
          response: { 200: knowledgeDraftResponse },
        },
      },
      async (req) => casework.knowledgeDraft(deps, requireActor(req), req.params.id),
    );

    app.get(
      '/requests/:id/relations',
      {
        schema: {
          operationId: 'listRequestRelations',
          tags,
          summary: 'Linked requests in both directions (only those you may see)',
          params: requestIdParams,
          response: { 200: z.array(relationResponse) },
        },
      },
      async (req) => relations.listRelations(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/requests/:id/relations',
      {
        config: { permission: 'requests:update' },
        schema: {
          operationId: 'addRequestRelation',
          tags,
          summary: 'Link another request (duplicate_of, caused_by, related)',
          params: requestIdParams,
          body: relationBody,
          response: { 201: relationResponse },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await relations.addRelation(deps, requireActor(req), req.params.id, req.body)),
    );

    app.delete(
      '/requests/:id/relations/:relatedId/:kind',
      {
        config: { permission: 'requests:update' },
        schema: {
          operationId: 'removeRequestRelation',
          tags,
          summary: 'Remove a link (recorded from either side)',
          params: relationParams,
        },
      },
      async (req, reply) => {
        await relations.removeRelation(
          deps,
          requireActor(req),
          req.params.id,
          req.params.relatedId,
          req.params.kind,
        );
        return reply.status(204).send();
      },
    );

    app.post(
      '/requests/:id/merge',
      {
        config: { permission: 'requests:update' },
        schema: {
          operationId: 'mergeRequest',
          tags,
          summary:
            'Merge this request (a duplicate) into another of the same customer; closes it. Requires If-Match',
          params: requestIdParams,
          body: mergeBody,
          response: { 200: mergeResponse },
        },
      },
      async (req, reply) => {
        const out = await relations.mergeRequest(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body.intoId,
        );
        reply.header('etag', etagOf(out.version));
        return out;
      },
    );
  };
