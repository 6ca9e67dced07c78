/** HTTP routes of the desk configuration (states, transitions, settings) and saved views. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import {
  createState,
  deleteState,
  getDeskSettings,
  getStates,
  putDeskSettings,
  putTransitions,
  settingsBody,
  settingsResponse,
  stateCreateBody,
  stateKeyParams,
  statePatchBody,
  statesResponse,
  stateView,
  transitionsBody,
  updateState,
} from './requests.admin.js';
import { idParams } from './requests.schema.js';
import {
  createSavedView,
  deleteSavedView,
  listSavedViews,
  savedViewBody,
  savedViewResponse,
} from './requests.views.js';

const tags = ['service desk'];

export const requestAdminRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/request-states',
      {
        schema: {
          operationId: 'listRequestStates',
          tags,
          summary: 'Request states and the transition table',
          response: { 200: statesResponse },
        },
      },
      async (req) => getStates(deps, requireActor(req)),
    );
    app.post(
      '/request-states',
      {
        config: { permission: 'service_desk:manage' },
        schema: {
          operationId: 'createRequestState',
          tags,
          summary: 'Add a request state',
          body: stateCreateBody,
          response: { 201: stateView },
        },
      },
      async (req, reply) => reply.status(201).send(await createState(deps, requireActor(req), req.body)),
    );
    app.patch(
      '/request-states/:key',
      {
        config: { permission: 'service_desk:manage' },
        schema: {
          operationId: 'updateRequestState',
          tags,
          summary: 'Rename or reorder a request state',
          params: stateKeyParams,
          body: statePatchBody,
          response: { 200: stateView },
        },
      },
      async (req) => updateState(deps, requireActor(req), req.params.key, req.body),
    );
    app.delete(
      '/request-states/:key',
      {
        config: { permission: 'service_desk:manage' },
        schema: {
          operationId: 'deleteRequestState',
          tags,
          summary: 'Delete an unused, non-shipped request state',
          params: stateKeyParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await deleteState(deps, requireActor(req), req.params.key);
        return reply.status(204).send(null);
      },
    );
    app.put(
      '/request-transitions',
      {
        config: { permission: 'service_desk:manage' },
        schema: {
          operationId: 'setRequestTransitions',
          tags,
          summary: 'Replace the transition table',
          body: transitionsBody,
          response: { 200: transitionsBody.shape.transitions },
        },
      },
      async (req) => putTransitions(deps, requireActor(req), req.body),
    );
    app.get(
      '/service-desk/settings',
      {
        schema: {
          operationId: 'getServiceDeskSettings',
          tags,
          summary: 'Reopen window and auto-close delay (ETag)',
          response: { 200: settingsResponse },
        },
      },
      async (req, reply) => {
        const s = await getDeskSettings(deps, requireActor(req));
        reply.header('etag', etagOf(s.version));
        return s;
      },
    );
    app.put(
      '/service-desk/settings',
      {
        config: { permission: 'service_desk:manage' },
        schema: {
          operationId: 'updateServiceDeskSettings',
          tags,
          summary: 'Change the desk settings (If-Match)',
          body: settingsBody,
          response: { 200: settingsResponse },
        },
      },
      async (req, reply) => {
        const s = await putDeskSettings(deps, requireActor(req), ifMatchVersion(req), req.body);
        reply.header('etag', etagOf(s.version));
        return s;
      },
    );

    app.get(
      '/saved-views',
      {
        schema: {
          operationId: 'listSavedViews',
          tags,
          summary: 'Your saved request views',
          response: { 200: z.array(savedViewResponse) },
        },
      },
      async (req) => listSavedViews(deps, requireActor(req)),
    );
    app.post(
      '/saved-views',
      {
        config: { permission: 'requests:read' },
        schema: {
          operationId: 'createSavedView',
          tags,
          summary: 'Save a request view (name + list filters)',
          body: savedViewBody,
          response: { 201: savedViewResponse },
        },
      },
      async (req, reply) => reply.status(201).send(await createSavedView(deps, requireActor(req), req.body)),
    );
    app.delete(
      '/saved-views/:id',
      {
        config: { permission: 'requests:read' },
        schema: {
          operationId: 'deleteSavedView',
          tags,
          summary: 'Delete one of your saved views',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await deleteSavedView(deps, requireActor(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
  };
