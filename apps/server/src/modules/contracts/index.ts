/**
 * Contracts module (合同, SPEC §4): contracts with their terms as versioned
 * data, the lifecycle and its review approval, change requests, documents,
 * the renewal scan, and the in-force lookup the entitlement check uses.
 * Other modules use it only through this file.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { contractDocumentRoutes } from './contracts.documents.routes.js';
import { renewalTaskRoutes } from './contracts.renewal-routes.js';
import { contractCrudRoutes } from './contracts.routes.js';

export { findContractsInForce } from './contracts.entitlement.js';
export { reviewSteps } from './contracts.lifecycle.js';
export { renewalTasksOf, runRenewalScan } from './contracts.renewal.js';
export type { ContractDto } from './contracts.schema.js';
export { getContract } from './contracts.service.js';
export { type CoveredProduct, type ScopeItemType, scopeItemTypes, type Terms } from './contracts.terms.js';

export const contractRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(contractCrudRoutes(deps));
    await app.register(contractDocumentRoutes(deps));
    await app.register(renewalTaskRoutes(deps));
  };
