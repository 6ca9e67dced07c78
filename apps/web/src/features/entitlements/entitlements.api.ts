/** The entitlement check (服务权益查询); shapes follow apps/server/src/workflows/entitlement.routes.ts. */
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
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
export interface Target {
  responseMinutes: number | null;
  resolutionMinutes: number | null;
}

export interface EntitlementReason {
  code: string;
  message: string;
  data: Record<string, unknown>;
}

export interface Entitlement {
  coverage: 'contract' | 'warranty' | 'billable';
  date: string;
  category: RequestCategory;
  contract?: {
    id: string;
    number: string;
    title: string;
    startDate: string;
    endDate: string;
    termsVersion: number;
    slaPolicyId: string | null;
    policyName: string | null;
    policyVersion: number | null;
    targets: Record<(typeof severityLevels)[number], Target> | null;
    calendarId: string | null;
    calendarName: string | null;
  };
  warranty?: {
    id: string;
    deploymentId: string;
    productId: string;
    productName: string;
    startDate: string;
    endDate: string;
    coverage: string[];
  };
  feeCategory?: string;
  reasons: EntitlementReason[];
}

export interface EntitlementQuery {
  customerId: string;
  deploymentId?: string | undefined;
  /** A contract covers the products its terms name: the product decides as much as the deployment. */
  productId?: string | undefined;
  category: RequestCategory;
  /** ISO 8601 with offset. */
  at: string;
}

export function useEntitlement(q: EntitlementQuery | null) {
  return useQuery({
    queryKey: ['entitlements', q],
    queryFn: ({ signal }) => api.get<Entitlement>('/entitlements/check', { query: { ...q }, signal }),
    enabled: !!q,
  });
}

export interface CustomerOption {
  id: string;
  name: string;
}

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
