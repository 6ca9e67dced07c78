/** Shapes of the warranties API: aliases of the types generated from openapi.json (api/schema.d.ts). */
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/types';

export type Warranty = ResponseOf<'getDeploymentWarranty'>;
export type WarrantyStatus = Warranty['status'];
export type CoverageType = Warranty['coverage'][number];
export type WarrantyPatch = BodyOf<'updateWarranty'>;
export type WarrantyFilters = Pick<QueryOf<'listWarranties'>, 'status' | 'expiringWithinDays' | 'sort'>;
export type WarrantyPage = ResponseOf<'listWarranties'>;
export type WarrantyRow = ItemOf<WarrantyPage>;

/** The options the UI offers; `satisfies` fails the type check when the server's set changes. */
export const warrantyStatuses = [
  'not_started',
  'in_force',
  'expired',
] as const satisfies readonly WarrantyStatus[];
export const coverageTypes = [
  'bug_fix',
  'functional_update',
  'performance',
  'security_fix',
] as const satisfies readonly CoverageType[];
