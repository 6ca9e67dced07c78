import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { requireActor } from '../../platform/http.js';
import {
  createUserBody,
  idParams,
  listUsersQuery,
  setPasswordBody,
  updateMeBody,
  updateUserBody,
  userOptionSchema,
  userSchema,
} from './users.schema.js';
import * as users from './users.service.js';

const tags = ['users'];

export const userRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/users',
      {
        schema: {
          operationId: 'listUsers',
          tags,
          summary: 'List users',
          querystring: listUsersQuery,
          response: { 200: z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => users.listUsers(deps, requireActor(req), req.query),
    );
    app.get(
      '/users/options',
      {
        schema: {
          operationId: 'listUserOptions',
          tags,
          summary: 'Enabled staff users for pickers',
          querystring: z.strictObject({ teamId: z.uuid().optional() }),
          response: { 200: z.array(userOptionSchema) },
        },
      },
      async (req) => users.listUserOptions(deps, requireActor(req), req.query.teamId),
    );
    app.post(
      '/users',
      {
        config: { permission: 'users:manage' },
        schema: {
          operationId: 'createUser',
          tags,
          summary: 'Create a user',
          body: createUserBody,
          response: { 201: userSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await users.createUser(deps, requireActor(req), req.body)),
    );
    app.get(
      '/users/:id',
      {
        schema: {
          operationId: 'getUser',
          tags,
          summary: 'Get a user',
          params: idParams,
          response: { 200: userSchema },
        },
      },
      async (req) => users.getUser(deps, requireActor(req), req.params.id),
    );
    app.patch(
      '/users/:id',
      {
        config: { permission: 'users:manage' },
        schema: {
          operationId: 'updateUser',
          tags,
          summary: 'Update a user (disabling ends all sessions and revokes all API tokens)',
          params: idParams,
          body: updateUserBody,
          response: { 200: userSchema },
        },
      },
      async (req) => users.updateUser(deps, requireActor(req), req.params.id, req.body),
    );
    app.post(
      '/users/:id/password',
      {
        // A user sets their own password; someone else's needs users:manage (decided in the use case).
        config: { permission: 'authenticated' },
        schema: {
          operationId: 'setUserPassword',
          tags,
          summary: "Set a password (ends all sessions; an admin's reset also revokes the user's API tokens)",
          params: idParams,
          body: setPasswordBody,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await users.setPassword(deps, requireActor(req), req.params.id, req.body.password);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/users/:id/totp/reset',
      {
        config: { permission: 'users:manage' },
        schema: {
          operationId: 'resetUserTotp',
          tags,
          summary: "Remove a user's TOTP second factor (lost device)",
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await users.resetTotp(deps, requireActor(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
    app.patch(
      '/auth/me',
      {
        config: { permission: 'authenticated' },
        schema: {
          operationId: 'updateMe',
          tags: ['auth'],
          summary: 'Update own preferences',
          body: updateMeBody,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await users.updateMe(deps, requireActor(req), req.body);
        return reply.status(204).send(null);
      },
    );
  };
