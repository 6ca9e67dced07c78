/** HTTP route of the role home page: the caller's blocks of figures, each with the list behind it (home.ts). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../platform/deps.js';
import { requireActor } from '../platform/http.js';
import { getHome, homeResponse } from './home.js';

export const homeRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/home',
      {
        schema: {
          operationId: 'getHome',
          tags: ['home'],
          summary: "The home page of the caller's role: figures in their data scope, each with its list",
          response: { 200: homeResponse },
        },
      },
      async (req) => getHome(deps, requireActor(req)),
    );
  };
