/** The entitlement check (服务权益查询); shapes follow apps/server/src/workflows/entitlement.routes.ts. */
import { useQuery } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { ItemOf, QueryOf, ResponseOf } from '../../api/types';

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
    queryFn: ({ signal }) =>
      ok(http.GET('/entitlements/check', { params: { query: { ...(q as EntitlementQuery) } }, signal })),
    enabled: !!q,
  });
}

export type CustomerOption = Pick<ItemOf<ResponseOf<'listCustomers'>>, 'id' | 'name'>;

/** Search-as-you-type customers (GET /customers?q=). */
export function useCustomerSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['customers', 'entitlement-picker', q],
    queryFn: ({ signal }) => ok(http.GET('/customers', { params: { query: { q, limit: 20 } }, signal })),
    enabled,
  });
}

/** A customer's deployments for the picker (GET /customers/:id/deployments); idle until a customer is chosen. */
export function useDeploymentOptions(customerId: string | undefined) {
  return useQuery({
    queryKey: ['deployments', 'customer', customerId ?? ''],
    queryFn: ({ signal }) =>
      ok(
        http.GET('/customers/{id}/deployments', {
          params: { path: { id: customerId ?? '' }, query: { limit: 100 } },
          signal,
        }),
      ),
    enabled: !!customerId,
  });
}
