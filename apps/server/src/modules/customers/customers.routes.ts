/** HTTP routes of customers: authenticate, validate, call one use case, shape the response. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import { idempotencyKeyOf } from '../../platform/idempotency.js';
import {
  cursorQuery,
  customerCreateBody,
  customerDetailResponse,
  customerListQuery,
  customerPageResponse,
  customerPatchBody,
  duplicateCheckBody,
  duplicatesResponse,
  facetsResponse,
  idParams,
  referenceResponse,
  timelineResponse,
} from './customers.schema.js';
import * as customers from './customers.service.js';

const tags = ['customers'];

export const customerCrudRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/customers',
      {
        schema: {
          operationId: 'listCustomers',
          tags,
          summary: 'List and search customers in your data scope (keyset pagination)',
          querystring: customerListQuery,
          response: { 200: customerPageResponse },
        },
      },
      async (req) => customers.listCustomers(deps, requireActor(req), req.query),
    );

    app.post(
      '/customers',
      {
        config: { permission: 'customers:write' },
        schema: {
          operationId: 'createCustomer',
          tags,
          summary: 'Create a customer (Idempotency-Key supported; 409 duplicate with matches)',
          body: customerCreateBody,
          response: { 201: customerDetailResponse },
        },
      },
      async (req, reply) => {
        const result = await customers.createCustomer(deps, requireActor(req), req.body, {
          idempotencyKey: idempotencyKeyOf(req),
          rawBody: req.body,
        });
        if (result.replayed) reply.header('idempotent-replay', 'true');
        reply.header('etag', etagOf(result.body.version));
        return reply.status(201).send(result.body);
      },
    );

    app.post(
      '/customers/duplicates',
      {
        config: { permission: 'customers:read' },
        schema: {
          operationId: 'checkCustomerDuplicates',
          tags,
          summary: 'Find possible duplicates by name, credit code or contact phones without creating',
          body: duplicateCheckBody,
          response: { 200: duplicatesResponse },
        },
      },
      async (req) => customers.checkDuplicates(deps, requireActor(req), req.body),
    );

    app.get(
      '/customers/facets',
      {
        schema: {
          operationId: 'getCustomerFacets',
          tags,
          summary: 'Distinct tags in your scope, for filters',
          response: { 200: facetsResponse },
        },
      },
      async (req) => customers.customerFacets(deps, requireActor(req)),
    );

    app.get(
      '/customers/reference',
      {
        schema: {
          operationId: 'getCustomerReference',
          tags,
          summary: 'GB/T 2260 regions (province → city → district) and GB/T 4754 industry sections',
          response: { 200: referenceResponse },
        },
      },
      async (req, reply) => {
        const data = customers.customerReference(requireActor(req));
        // Fixed data that changes only with a release: browsers keep it for a day.
        reply.header('cache-control', 'private, max-age=86400');
        return data;
      },
    );

    app.get(
      '/customers/:id',
      {
        schema: {
          operationId: 'getCustomer',
          tags,
          summary: 'One customer with its contacts (ETag = version)',
          params: idParams,
          response: { 200: customerDetailResponse },
        },
      },
      async (req, reply) => {
        const detail = await customers.getCustomer(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(detail.version));
        return detail;
      },
    );

    app.patch(
      '/customers/:id',
      {
        config: { permission: 'customers:write' },
        schema: {
          operationId: 'updateCustomer',
          tags,
          summary: 'Update a customer; requires If-Match with its version',
          params: idParams,
          body: customerPatchBody,
          response: { 200: customerDetailResponse },
        },
      },
      async (req, reply) => {
        const detail = await customers.updateCustomer(
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

    app.delete(
      '/customers/:id',
      {
        config: { permission: 'customers:delete' },
        schema: {
          operationId: 'deleteCustomer',
          tags,
          summary: 'Delete a customer and its contacts (If-Match optional)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await customers.deleteCustomer(deps, requireActor(req), req.params.id, ifMatchVersion(req));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/customers/:id/timeline',
      {
        schema: {
          operationId: 'getCustomerTimeline',
          tags,
          summary: "The customer's audit timeline, newest first",
          params: idParams,
          querystring: cursorQuery,
          response: { 200: timelineResponse },
        },
      },
      async (req) => customers.customerTimeline(deps, requireActor(req), req.params.id, req.query),
    );
  };
