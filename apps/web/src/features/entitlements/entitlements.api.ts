/** The entitlement check (服务权益查询); shapes follow apps/server/src/workflows/entitlement.routes.ts. */
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import type { ItemOf, QueryOf, ResponseOf } from '../../api/types';
import type { Deployment } from '../deployments/deployments.types';

/** Service request categories (SPEC §6), in the order the desk offers them. */
export const requestCategories = [
  'consultation',
  'incident',
  'defect',
  'feature_request',
  'security',
  'upgrade',
  'training',
  'data_migration',
  'customization',
  'on_site',
] as const;
export type RequestCategory = (typeof requestCategories)[number];

export const severityLevels = ['L1', 'L2', 'L3', 'L4'] as const;
export type Target = NonNullable<NonNullable<Entitlement['contract']>['targets']>[keyof NonNullable<
  NonNullable<Entitlement['contract']>['targets']
>];

export type EntitlementReason = Entitlement['reasons'][number];

export type Entitlement = ResponseOf<'checkEntitlement'>;

export type EntitlementQuery = QueryOf<'checkEntitlement'>;

export function useEntitlement(q: EntitlementQuery | null) {
  return useQuery({
    queryKey: ['entitlements', q],
    queryFn: ({ signal }) => api.get<Entitlement>('/entitlements/check', { query: { ...q }, signal }),
    enabled: !!q,
  });
}

export type CustomerOption = Pick<ItemOf<ResponseOf<'listCustomers'>>, 'id' | 'name'>;

/** Search-as-you-type customers (GET /customers?q=). */
export function useCustomerSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['customers', 'entitlement-picker', q],
    queryFn: ({ signal }) => api.get<Page<CustomerOption>>('/customers', { query: { q, limit: 20 }, signal }),
    enabled,
  });
}

/** A customer's deployments for the picker (GET /customers/:id/deployments); idle until a customer is chosen. */
export function useDeploymentOptions(customerId: string | undefined) {
  return useQuery({
    queryKey: ['deployments', 'customer', customerId ?? ''],
    queryFn: ({ signal }) =>
      api.get<Page<Deployment>>(`/customers/${customerId}/deployments`, { query: { limit: 100 }, signal }),
    enabled: !!customerId,
  });
}
