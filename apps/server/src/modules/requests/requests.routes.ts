/** HTTP routes of service requests: authenticate, validate, call one use case, shape the response. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import { idempotencyKeyOf } from '../../platform/idempotency.js';
import { exportRequests } from './requests.export.js';
import { importBody, importRequests, importResult } from './requests.import.js';
import { receiveRequest } from './requests.intake.js';
import { countRequestViews, getRequestDetail, listRequests } from './requests.read.js';
import {
  idParams,
  recheckBody,
  requestCounts,
  requestCreateBody,
  requestDetail,
  requestExportQuery,
  requestListQuery,
  requestPage,
  requestPatchBody,
  transitionBody,
} from './requests.schema.js';
import { recheckEntitlement, transitionRequest, updateRequest } from './requests.service.js';

const tags = ['requests'];

export const requestCrudRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/requests',
      {
        schema: {
          operationId: 'listRequests',
          tags,
          summary: 'List requests in your scope by view, filters and sort (keyset pagination)',
          querystring: requestListQuery,
          response: { 200: requestPage },
        },
      },
      async (req) => listRequests(deps, requireActor(req), req.query),
    );

    app.get(
      '/requests/counts',
      {
        schema: {
          operationId: 'countRequestViews',
          tags,
          summary:
            'Open requests per console tab (mine, team, unassigned, at risk, breached, waiting), one call',
          response: { 200: requestCounts },
        },
      },
      async (req) => countRequestViews(deps, requireActor(req)),
    );

    app.get(
      '/requests/export',
      {
        schema: {
          operationId: 'exportRequests',
          tags,
          summary: 'Export the filtered request list as CSV (UTF-8 with BOM) or Excel',
          querystring: requestExportQuery,
        },
      },
      async (req, reply) => {
        const file = exportRequests(deps, requireActor(req), req.query);
        reply
          .header('content-type', file.contentType)
          .header(
            'content-disposition',
            `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName.replace('requests', '服务请求'))}`,
          )
          .header('cache-control', 'no-store');
        return reply.send(file.stream);
      },
    );

    app.post(
      '/requests',
      {
        config: { permission: 'requests:create' },
        schema: {
          operationId: 'receiveRequest',
          tags,
          summary: 'Receive a service request (entitlement, SLA targets, routing); Idempotency-Key supported',
          body: requestCreateBody,
          response: { 201: requestDetail },
        },
      },
      async (req, reply) => {
        const result = await receiveRequest(deps, requireActor(req), req.body, {
          idempotencyKey: idempotencyKeyOf(req),
          rawBody: req.body,
        });
        if (result.replayed) reply.header('idempotent-replay', 'true');
        reply.header('etag', etagOf(result.body.version));
        return reply.status(201).send(result.body);
      },
    );

    app.get(
      '/requests/:id',
      {
        schema: {
          operationId: 'getRequestDetail',
          tags,
          summary: 'One request with its targets, clocks and allowed transitions (ETag = version)',
          params: idParams,
          response: { 200: requestDetail },
        },
      },
      async (req, reply) => {
        const detail = await getRequestDetail(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(detail.version));
        return detail;
      },
    );

    app.patch(
      '/requests/:id',
      {
        config: { permission: 'requests:update' },
        schema: {
          operationId: 'updateRequest',
          tags,
          summary: 'Update fields (If-Match); a severity change needs a reason and recomputes due times',
          params: idParams,
          body: requestPatchBody,
          response: { 200: requestDetail },
        },
      },
      async (req, reply) => {
        const detail = await updateRequest(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(detail.version));
        return detail;
      },
    );

    app.post(
      '/requests/:id/transition',
      {
        config: { permission: { anyOf: ['requests:update', 'requests:reply'] } },
        schema: {
          operationId: 'transitionRequest',
          tags,
          summary: 'Change the state (If-Match) along the transition table',
          params: idParams,
          body: transitionBody,
          response: { 200: requestDetail },
        },
      },
      async (req, reply) => {
        const detail = await transitionRequest(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(detail.version));
        return detail;
      },
    );

    app.post(
      '/requests/:id/recheck-entitlement',
      {
        config: { permission: 'requests:update' },
        schema: {
          operationId: 'recheckEntitlement',
          tags,
          summary: 'Decide the entitlement again (policy change, If-Match) and recompute the due times',
          params: idParams,
          body: recheckBody,
          response: { 200: requestDetail },
        },
      },
      async (req, reply) => {
        const detail = await recheckEntitlement(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(detail.version));
        return detail;
      },
    );

    app.post(
      '/requests/import',
      {
        config: { permission: 'requests:import' },
        schema: {
          operationId: 'importRequests',
          tags,
          summary:
            'Historical import: dry run (report) or commit (all rows or none), computed as if received then',
          body: importBody,
          response: { 200: importResult },
        },
      },
      async (req) => importRequests(deps, requireActor(req), req.body),
    );
  };
