/**
 * Customers module: customers (客户), contacts (联系人), duplicate detection,
 * search, import and export. Other modules use customers only through this file.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { contactRoutes } from './contacts.routes.js';
import { customerCrudRoutes } from './customers.routes.js';
import { customerTransferRoutes } from './customers.transfer.routes.js';

export { isValidCreditCode, normalizePhones } from './credit-code.js';
export { backfillCustomerKeys } from './customers.backfill.js';
export { nameColumns as customerNameColumns, normalizeName } from './customers.names.js';
export { customerInScope, scopeCondition as customerScopeCondition } from './customers.repo.js';
export type { ContactDto, CustomerDetailDto, CustomerDto } from './customers.schema.js';
export {
  reindexCustomer as customerReindex,
  searchColumns as customerSearchColumns,
} from './customers.search.js';
export { getCustomer } from './customers.service.js';

export const customerRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(customerTransferRoutes(deps));
    await app.register(customerCrudRoutes(deps));
    await app.register(contactRoutes(deps));
  };
