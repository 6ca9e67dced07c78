import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { requireActor } from '../../platform/http.js';
import { createTeamBody, memberSchema, setMembersBody, teamSchema, updateTeamBody } from './teams.schema.js';
import * as teams from './teams.service.js';

const tags = ['teams'];
const idParams = z.strictObject({ id: z.uuid() });

export const teamRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/teams',
      {
        schema: {
          operationId: 'listTeams',
          tags,
          summary: 'List teams',
          response: { 200: z.array(teamSchema) },
        },
      },
      async (req) => teams.listTeams(deps, requireActor(req)),
    );
    app.post(
      '/teams',
      {
        config: { permission: 'teams:manage' },
        schema: {
          operationId: 'createTeam',
          tags,
          summary: 'Create a team',
          body: createTeamBody,
          response: { 201: teamSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await teams.createTeam(deps, requireActor(req), req.body)),
    );
    app.patch(
      '/teams/:id',
      {
        config: { permission: 'teams:manage' },
        schema: {
          operationId: 'updateTeam',
          tags,
          summary: 'Update a team',
          params: idParams,
          body: updateTeamBody,
          response: { 200: teamSchema },
        },
      },
      async (req) => teams.updateTeam(deps, requireActor(req), req.params.id, req.body),
    );
    app.get(
      '/teams/:id/members',
      {
        schema: {
          operationId: 'listTeamMembers',
          tags,
          summary: 'Members of a team',
          params: idParams,
          response: { 200: z.array(memberSchema) },
        },
      },
      async (req) => teams.listMembers(deps, requireActor(req), req.params.id),
    );
    app.put(
      '/teams/:id/members',
      {
        config: { permission: 'teams:manage' },
        schema: {
          operationId: 'setTeamMembers',
          tags,
          summary: 'Replace the members of a team',
          params: idParams,
          body: setMembersBody,
          response: { 200: z.array(memberSchema) },
        },
      },
      async (req) => teams.setMembers(deps, requireActor(req), req.params.id, req.body.userIds),
    );
  };
