import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { requireActor } from '../../platform/http.js';
import { createdTokenSchema, createTokenBody, tokenSchema } from './tokens.schema.js';
import * as tokens from './tokens.service.js';

const tags = ['tokens'];

export const tokenRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/tokens',
      {
        schema: {
          operationId: 'listTokens',
          tags,
          summary: 'Your API tokens',
          response: { 200: z.array(tokenSchema) },
        },
      },
      async (req) => tokens.listTokens(deps, requireActor(req)),
    );
    app.post(
      '/tokens',
      {
        config: { permission: 'tokens:own' },
        schema: {
          operationId: 'createToken',
          tags,
          summary: 'Create an API token (the token is shown only in this response)',
          body: createTokenBody,
          response: { 201: createdTokenSchema },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await tokens.createToken(deps, requireActor(req), req.body)),
    );
    app.delete(
      '/tokens/:id',
      {
        config: { permission: 'tokens:own' },
        schema: {
          operationId: 'revokeToken',
          tags,
          summary: 'Revoke an API token',
          params: z.strictObject({ id: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await tokens.revokeToken(deps, requireActor(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
  };
