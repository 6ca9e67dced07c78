/** Data hooks of the approvals inbox (待我审批). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { ApprovalDecision } from './approvals.types';

export const approvalKeys = {
  all: ['approvals'] as const,
  list: (mine: boolean, cursor: string | null) => ['approvals', 'list', mine, cursor] as const,
  one: (id: string) => ['approvals', 'one', id] as const,
};

export function useApprovals(mine: boolean, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: approvalKeys.list(mine, cursor),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/approvals', {
          params: { query: { mine: mine ? 'true' : undefined, cursor: cursor ?? undefined, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useApproval(id: string | null) {
  return useQuery({
    queryKey: approvalKeys.one(id ?? ''),
    queryFn: ({ signal }) => ok(http.GET('/approvals/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

export function useDecide() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, comment }: { id: string; decision: ApprovalDecision; comment?: string }) =>
      ok(
        http.POST('/approvals/{id}/decide', {
          params: { path: { id } },
          body: { decision, ...(comment ? { comment } : {}) },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: approvalKeys.all });
      // A completed review activates the contract; a change request changes its terms.
      void qc.invalidateQueries({ queryKey: ['contracts'] });
    },
  });
}
