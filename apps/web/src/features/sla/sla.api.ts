/** Data hooks of SLA policies; every save of a policy creates a new version on the server. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { Policy, PolicyInput } from './sla.types';

export const slaKeys = {
  all: ['sla-policies'] as const,
  list: ['sla-policies', 'list'] as const,
  detail: (id: string) => ['sla-policies', 'detail', id] as const,
  version: (id: string, v: number) => ['sla-policies', 'version', id, v] as const,
};

export function usePolicies() {
  return useQuery({
    queryKey: slaKeys.list,
    queryFn: ({ signal }) => ok(http.GET('/sla-policies', { signal })),
  });
}

export function usePolicy(id: string | undefined) {
  return useQuery({
    queryKey: slaKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      ok(http.GET('/sla-policies/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

export function usePolicyVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: slaKeys.version(id, version ?? 0),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/sla-policies/{id}/versions/{version}', {
          params: { path: { id, version: version ?? 0 } },
          signal,
        }),
      ),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSavePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ policy, body }: { policy?: Policy; body: PolicyInput }) =>
      policy
        ? ok(
            http.PATCH('/sla-policies/{id}', {
              params: { path: { id: policy.id } },
              body,
              headers: { 'if-match': `"${policy.version}"` },
            }),
          )
        : ok(http.POST('/sla-policies', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: slaKeys.all }),
  });
}
