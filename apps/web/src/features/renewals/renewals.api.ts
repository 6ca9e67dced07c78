/** Data hooks of renewal tasks (续约任务); shapes follow contracts.renewal-tasks.schema.ts on the server. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { ItemOf, QueryOf, ResponseOf } from '../../api/types';

export const renewalStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type RenewalStatus = (typeof renewalStatuses)[number];

export type RenewalTask = ItemOf<ResponseOf<'listRenewalTasks'>>;

export type RenewalFilters = Pick<QueryOf<'listRenewalTasks'>, 'status' | 'ownerId'>;

export const renewalKeys = {
  all: ['renewal-tasks'] as const,
  list: (f: RenewalFilters, cursor: string | null) => ['renewal-tasks', 'list', f, cursor] as const,
};

export function useRenewalTasks(filters: RenewalFilters, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: renewalKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/renewal-tasks', {
          params: { query: { ...filters, cursor: cursor ?? undefined, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUpdateRenewalTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      task,
      body,
    }: {
      task: RenewalTask;
      body: { status: RenewalStatus; note?: string | null; newContractId?: string | null };
    }) =>
      ok(
        http.PATCH('/renewal-tasks/{id}', {
          params: { path: { id: task.id } },
          body,
          headers: { 'if-match': `"${task.version}"` },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: renewalKeys.all }),
  });
}
