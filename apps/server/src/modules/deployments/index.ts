/**
 * Deployments module (部署/交付, SPEC §3): deployments of products at
 * customers, each one's version history, and planned/emergency upgrades.
 * Other modules use it only through this file.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { deploymentCrudRoutes } from './deployments.routes.js';
import { upgradeRoutes } from './upgrades.routes.js';

export type { DeploymentDto, UpgradeDto } from './deployments.schema.js';
export { getDeployment, listCustomerDeployments } from './deployments.service.js';

export const deploymentRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(deploymentCrudRoutes(deps));
    await app.register(upgradeRoutes(deps));
  };
