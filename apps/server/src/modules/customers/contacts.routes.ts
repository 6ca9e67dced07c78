/** HTTP routes of contacts (always reached through a customer in the caller's scope). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import * as contacts from './contacts.service.js';
import {
  contactCreateBody,
  contactListResponse,
  contactPatchBody,
  contactResponse,
  idParams,
} from './customers.schema.js';

const tags = ['contacts'];

export const contactRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/customers/:id/contacts',
      {
        schema: {
          operationId: 'listCustomerContacts',
          tags,
          summary: "A customer's contacts",
          params: idParams,
          response: { 200: contactListResponse },
        },
      },
      async (req) => ({
        items: await contacts.listCustomerContacts(deps, requireActor(req), req.params.id),
      }),
    );

    app.post(
      '/customers/:id/contacts',
      {
        config: { permission: 'contacts:write' },
        schema: {
          operationId: 'createContact',
          tags,
          summary: 'Add a contact to a customer (409 duplicate when a phone belongs to another customer)',
          params: idParams,
          body: contactCreateBody,
          response: { 201: contactResponse },
        },
      },
      async (req, reply) => {
        const dto = await contacts.createContact(deps, requireActor(req), req.params.id, req.body);
        reply.header('etag', etagOf(dto.version));
        return reply.status(201).send(dto);
      },
    );

    app.patch(
      '/contacts/:id',
      {
        config: { permission: 'contacts:write' },
        schema: {
          operationId: 'updateContact',
          tags,
          summary: 'Update a contact; requires If-Match with its version',
          params: idParams,
          body: contactPatchBody,
          response: { 200: contactResponse },
        },
      },
      async (req, reply) => {
        const dto = await contacts.updateContact(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(dto.version));
        return dto;
      },
    );

    app.delete(
      '/contacts/:id',
      {
        config: { permission: 'contacts:write' },
        schema: {
          operationId: 'deleteContact',
          tags,
          summary: 'Delete a contact',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await contacts.deleteContact(deps, requireActor(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
  };
