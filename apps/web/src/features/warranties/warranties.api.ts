/** Data hooks of warranties; a deployment's warranty is keyed under its deployment. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, http, ok } from '../../api/client';
import type { Warranty, WarrantyFilters, WarrantyPatch } from './warranties.types';

export const warrantyKeys = {
  all: ['warranties'] as const,
  list: (f: WarrantyFilters, cursor: string | null) => ['warranties', 'list', f, cursor] as const,
  ofDeployment: (id: string) => ['warranties', 'deployment', id] as const,
};

export function useWarranties(filters: WarrantyFilters, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: warrantyKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/warranties', {
          params: { query: { ...filters, cursor: cursor ?? undefined, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The warranty of a deployment; null before the deployment has an acceptance date (the API answers 404). */
export function useDeploymentWarranty(deploymentId: string, enabled = true) {
  return useQuery({
    queryKey: warrantyKeys.ofDeployment(deploymentId),
    queryFn: async ({ signal }) => {
      try {
        return await ok(
          http.GET('/deployments/{id}/warranty', { params: { path: { id: deploymentId } }, signal }),
        );
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled,
  });
}

export function useUpdateWarranty() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ warranty, body }: { warranty: Warranty; body: WarrantyPatch }) =>
      ok(
        http.PATCH('/deployments/{id}/warranty', {
          params: { path: { id: warranty.deploymentId } },
          body,
          headers: { 'if-match': `"${warranty.version}"` },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: warrantyKeys.all });
      // The deployment rows carry a warranty summary too.
      void qc.invalidateQueries({ queryKey: ['deployments'] });
    },
  });
}
