/** Data hooks of renewal tasks (续约任务); shapes follow contracts.renewal-tasks.schema.ts on the server. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';

export const renewalStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type RenewalStatus = (typeof renewalStatuses)[number];

export interface RenewalTask {
  id: string;
  contractId: string;
  contractNumber: string;
  contractTitle: string;
  contractState: string;
  customerId: string;
  customerName: string;
  ownerId: string | null;
  ownerName: string | null;
  endDate: string;
  /** Days from today (Asia/Shanghai) to the end date; negative once past. */
  daysLeft: number;
  openedAtDays: number;
  status: RenewalStatus;
  note: string | null;
  newContractId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string | null;
}

export interface RenewalFilters {
  status?: RenewalStatus;
  ownerId?: string;
}

export const renewalKeys = {
  all: ['renewal-tasks'] as const,
  list: (f: RenewalFilters, cursor: string | null) => ['renewal-tasks', 'list', f, cursor] as const,
};

export function useRenewalTasks(filters: RenewalFilters, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: renewalKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      api.get<Page<RenewalTask> & { today: string }>('/renewal-tasks', {
        query: { ...filters, cursor: cursor ?? undefined, limit },
        signal,
      }),
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
      api.patch<RenewalTask>(`/renewal-tasks/${task.id}`, body, {
        headers: { 'if-match': `"${task.version}"` },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: renewalKeys.all }),
  });
}
