/** HTTP routes of contracts, terms and change requests: authenticate, validate, call one use case. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import { idempotencyKeyOf } from '../../platform/idempotency.js';
import * as review from './contracts.review.js';
import {
  changeRequestBody,
  changeRequestResponse,
  contractCreateBody,
  contractListQuery,
  contractPageResponse,
  contractPatchBody,
  contractResponse,
  customerContractsQuery,
  idParams,
  termsResponse,
  termsVersionResponse,
  transitionBody,
  versionParams,
} from './contracts.schema.js';
import * as contracts from './contracts.service.js';

const tags = ['contracts'];

export const contractCrudRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/contracts',
      {
        schema: {
          operationId: 'listContracts',
          tags,
          summary:
            'Contracts in your data scope (filters type, state, customerId, ownerId, expiringWithinDays)',
          querystring: contractListQuery,
          response: { 200: contractPageResponse },
        },
      },
      async (req) => contracts.listContracts(deps, requireActor(req), req.query),
    );

    app.get(
      '/customers/:id/contracts',
      {
        schema: {
          operationId: 'listCustomerContracts',
          tags,
          summary: "A customer's contracts (404 when the customer is outside your scope)",
          params: idParams,
          querystring: customerContractsQuery,
          response: { 200: contractPageResponse },
        },
      },
      async (req) => contracts.listCustomerContracts(deps, requireActor(req), req.params.id, req.query),
    );

    app.post(
      '/contracts',
      {
        config: { permission: 'contracts:write' },
        schema: {
          operationId: 'createContract',
          tags,
          summary:
            'Create a draft contract with its terms (version 1); amount is a decimal string; Idempotency-Key supported',
          body: contractCreateBody,
          response: { 201: contractResponse },
        },
      },
      async (req, reply) => {
        const result = await contracts.createContract(deps, requireActor(req), req.body, {
          idempotencyKey: idempotencyKeyOf(req),
        });
        if (result.replayed) reply.header('idempotent-replay', 'true');
        return reply.status(201).header('etag', etagOf(result.body.version)).send(result.body);
      },
    );

    app.get(
      '/contracts/:id',
      {
        schema: {
          operationId: 'getContract',
          tags,
          summary: 'One contract with its current terms',
          params: idParams,
          response: { 200: contractResponse },
        },
      },
      async (req, reply) => {
        const c = await contracts.getContract(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(c.version));
        return c;
      },
    );

    app.patch(
      '/contracts/:id',
      {
        config: { permission: 'contracts:write' },
        schema: {
          operationId: 'updateContract',
          tags,
          summary: 'Edit a contract (If-Match); number, amount, dates and terms only while draft',
          params: idParams,
          body: contractPatchBody,
          response: { 200: contractResponse },
        },
      },
      async (req, reply) => {
        const c = await contracts.updateContract(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(c.version));
        return c;
      },
    );

    app.post(
      '/contracts/:id/transition',
      {
        config: { permission: 'contracts:write' },
        schema: {
          operationId: 'transitionContract',
          tags,
          summary:
            'Move the lifecycle: submit for review (opens the approval), withdraw, terminate (reason), renewed; 409 lists allowed moves',
          params: idParams,
          body: transitionBody,
          response: { 200: contractResponse },
        },
      },
      async (req, reply) => {
        const c = await review.transitionContract(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(c.version));
        return c;
      },
    );

    app.get(
      '/contracts/:id/terms',
      {
        schema: {
          operationId: 'getContractTerms',
          tags,
          summary: 'Current terms and every version',
          params: idParams,
          response: { 200: termsResponse },
        },
      },
      async (req) => contracts.getTerms(deps, requireActor(req), req.params.id),
    );

    app.get(
      '/contracts/:id/terms/:version',
      {
        schema: {
          operationId: 'getContractTermsVersion',
          tags,
          summary: 'One terms version (every version stays readable)',
          params: versionParams,
          response: { 200: termsVersionResponse },
        },
      },
      async (req) => contracts.getTermsVersion(deps, requireActor(req), req.params.id, req.params.version),
    );

    app.post(
      '/contracts/:id/change-requests',
      {
        config: { permission: 'contracts:write' },
        schema: {
          operationId: 'createChangeRequest',
          tags,
          summary: 'Propose full new terms for an active contract; opens the change approval',
          params: idParams,
          body: changeRequestBody,
          response: { 201: changeRequestResponse },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await review.createChangeRequest(deps, requireActor(req), req.params.id, req.body)),
    );

    app.get(
      '/contracts/:id/change-requests',
      {
        schema: {
          operationId: 'listChangeRequests',
          tags,
          summary: "A contract's change requests, newest first",
          params: idParams,
          response: { 200: z.array(changeRequestResponse) },
        },
      },
      async (req) => review.listChangeRequests(deps, requireActor(req), req.params.id),
    );
  };
