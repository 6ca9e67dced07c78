/**
 * requests: service requests (SPEC §6) — intake from every channel, the
 * configurable state flow with its SLA clock effects, list/search/export,
 * historical import, saved views and the desk's states/settings admin.
 * Other modules use requests only through this file (and the kernel).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { requestAdminRoutes } from './requests.admin.routes.js';
import { requestCrudRoutes } from './requests.routes.js';

export {
  allowedTransitions,
  applyTransition,
  autoCloseResolved,
  recordFirstResponse,
} from './requests.flow.js';
export { receiveRequest } from './requests.intake.js';
export { countRequestViews, getRequestDetail, listRequests } from './requests.read.js';
export type { RequestCreate, RequestDetail, RequestListItem } from './requests.schema.js';
export {
  requestDetail as requestDetailSchema,
  requestListItem as requestListItemSchema,
} from './requests.schema.js';
export { transitionRequest, updateRequest } from './requests.service.js';

export const requestRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(requestCrudRoutes(deps));
    await app.register(requestAdminRoutes(deps));
  };
