import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';

// Placeholder until the module lands.
export const customerRoutes =
  (_deps: Deps): FastifyPluginAsyncZod =>
  async () => {};
