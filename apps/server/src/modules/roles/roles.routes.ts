import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { requireActor } from '../../platform/http.js';
import { createRoleBody, roleSchema, updateRoleBody } from './roles.schema.js';
import * as roles from './roles.service.js';

const tags = ['roles'];
const idParams = z.strictObject({ id: z.uuid() });

export const roleRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/roles',
      {
        schema: {
          operationId: 'listRoles',
          tags,
          summary: 'List roles',
          response: { 200: z.array(roleSchema) },
        },
      },
      async (req) => roles.listRoles(deps, requireActor(req)),
    );
    app.get(
      '/permissions',
      {
        schema: {
          operationId: 'listPermissions',
          tags,
          summary: 'All permissions a role can hold',
          response: { 200: z.object({ items: z.array(z.string()) }) },
        },
      },
      async (req) => ({ items: roles.listPermissions(requireActor(req)) }),
    );
    app.post(
      '/roles',
      {
        config: { permission: 'roles:manage' },
        schema: {
          operationId: 'createRole',
          tags,
          summary: 'Create a role',
          body: createRoleBody,
          response: { 201: roleSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await roles.createRole(deps, requireActor(req), req.body)),
    );
    app.patch(
      '/roles/:id',
      {
        config: { permission: 'roles:manage' },
        schema: {
          operationId: 'updateRole',
          tags,
          summary: 'Update a role',
          params: idParams,
          body: updateRoleBody,
          response: { 200: roleSchema },
        },
      },
      async (req) => roles.updateRole(deps, requireActor(req), req.params.id, req.body),
    );
    app.delete(
      '/roles/:id',
      {
        config: { permission: 'roles:manage' },
        schema: {
          operationId: 'deleteRole',
          tags,
          summary: 'Delete a role without users',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await roles.deleteRole(deps, requireActor(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
  };
