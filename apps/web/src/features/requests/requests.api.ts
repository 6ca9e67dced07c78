/** Data hooks of service requests: the console list, the request itself, intake, flow actions and saved views. */
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, download } from '../../api/client';
import type {
  BulkAction,
  BulkResult,
  ImportResult,
  RequestCounts,
  RequestDetail,
  RequestFilters,
  RequestInput,
  RequestPage,
  SavedView,
  StatesAndTransitions,
} from './requests.types';

export const requestKeys = {
  all: ['requests'] as const,
  list: (f: RequestFilters) => ['requests', 'list', f] as const,
  counts: ['requests', 'counts'] as const,
  customer: (customerId: string) => ['requests', 'customer', customerId] as const,
  detail: (id: string) => ['requests', 'detail', id] as const,
  states: ['request-states'] as const,
  views: ['saved-views'] as const,
};

/**
 * Query string of the list endpoint (empty values are dropped by buildUrl).
 * The console's default order is the nearest due time first; other sorts default to newest first.
 */
export const filterQuery = (f: RequestFilters) => {
  const sort = f.sort ?? 'due';
  return { ...f, sort, order: f.order ?? defaultOrder(sort) };
};
export const defaultOrder = (sort: string): 'asc' | 'desc' => (sort === 'due' ? 'asc' : 'desc');

export const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

/** The console list with keyset "load more": every loaded page is refetched on refresh. */
export function useRequestList(filters: RequestFilters, limit = 50) {
  return useInfiniteQuery({
    queryKey: requestKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<RequestPage>('/requests', {
        query: { ...filterQuery(filters), cursor: pageParam ?? undefined, limit },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

/** Open requests per console tab, in one call (GET /requests/counts); refreshed with the list. */
export function useRequestCounts() {
  return useQuery({
    queryKey: requestKeys.counts,
    queryFn: ({ signal }) => api.get<RequestCounts>('/requests/counts', { signal }),
    refetchInterval: 30_000,
  });
}

export function useCustomerRequests(customerId: string) {
  return useQuery({
    queryKey: requestKeys.customer(customerId),
    queryFn: ({ signal }) =>
      api.get<RequestPage>('/requests', {
        query: { customerId, view: 'all', sort: 'received', order: 'desc', limit: 20 },
        signal,
      }),
  });
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: requestKeys.detail(id),
    queryFn: ({ signal }) => api.get<RequestDetail>(`/requests/${id}`, { signal }),
    enabled: !!id,
    refetchInterval: 30_000,
  });
}

/**
 * Refreshes request data when a notification arrives: the header bell owns
 * the one SSE connection and refetches the notification queries on each
 * event, so a successful notification fetch is the signal.
 */
export function useRefreshOnNotifications() {
  const qc = useQueryClient();
  useEffect(() => {
    let last = 0;
    return qc.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (event.query.queryKey[0] !== 'notifications') return;
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      void qc.invalidateQueries({ queryKey: requestKeys.all });
    });
  }, [qc]);
}

export function useCreateRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RequestInput; idempotencyKey: string }) =>
      api.post<RequestDetail>('/requests', body, { headers: { 'idempotency-key': idempotencyKey } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: requestKeys.all }),
  });
}

/** Every change of a request goes through here: If-Match with the version shown, then the fresh detail. */
function useRequestChange<V>(
  fn: (request: RequestDetail, vars: V) => Promise<RequestDetail | undefined | unknown>,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ request, ...vars }: { request: RequestDetail } & V) => fn(request, vars as V),
    onSettled: (_data, _error, vars) => {
      void qc.invalidateQueries({ queryKey: requestKeys.all });
      void qc.invalidateQueries({ queryKey: ['request-timeline', vars.request.id] });
    },
  });
}

export const usePatchRequest = () =>
  useRequestChange<{ body: Record<string, unknown> }>((r, { body }) =>
    api.patch<RequestDetail>(`/requests/${r.id}`, body, ifMatch(r.version)),
  );

export const useTransitionRequest = () =>
  useRequestChange<{ to: string; note?: string }>((r, { to, note }) =>
    api.post<RequestDetail>(
      `/requests/${r.id}/transition`,
      { to, note: note || undefined },
      ifMatch(r.version),
    ),
  );

export const useAssignRequest = () =>
  useRequestChange<{ assigneeId?: string; teamId?: string }>((r, body) =>
    api.post<RequestDetail>(`/requests/${r.id}/assign`, body, ifMatch(r.version)),
  );

export const useEscalateRequest = () =>
  useRequestChange<{ reason: string }>((r, { reason }) =>
    api.post<RequestDetail>(`/requests/${r.id}/escalate`, { reason }, ifMatch(r.version)),
  );

export const useAcknowledgeRequest = () =>
  useRequestChange<object>((r) =>
    api.post<RequestDetail>(`/requests/${r.id}/acknowledge`, {}, ifMatch(r.version)),
  );

export const useRecheckEntitlement = () =>
  useRequestChange<{ reason: string }>((r, { reason }) =>
    api.post<RequestDetail>(`/requests/${r.id}/recheck-entitlement`, { reason }, ifMatch(r.version)),
  );

/** One action on the selected rows; each row is applied with the version shown and reports its own result. */
export function useBulkAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkAction) => api.post<BulkResult>('/requests/bulk', body),
    onSettled: () => qc.invalidateQueries({ queryKey: requestKeys.all }),
  });
}

export function useRequestStates() {
  return useQuery({
    queryKey: requestKeys.states,
    queryFn: ({ signal }) => api.get<StatesAndTransitions>('/request-states', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useSavedViews() {
  return useQuery({
    queryKey: requestKeys.views,
    queryFn: ({ signal }) => api.get<SavedView[] | { items: SavedView[] }>('/saved-views', { signal }),
    select: (data) => (Array.isArray(data) ? data : data.items),
  });
}

export function useSaveView() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; filters: RequestFilters }) =>
      api.post<SavedView>('/saved-views', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: requestKeys.views }),
  });
}

export function useDeleteView() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/saved-views/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: requestKeys.views }),
  });
}

export const exportRequests = (filters: RequestFilters, format: 'csv' | 'xlsx') =>
  download('/requests/export', { ...filterQuery(filters), format }, `requests.${format}`);

/** Historical import: a dry run reports every row; a commit imports all rows of the call or none. */
export const importRequests = (rows: unknown[], dryRun: boolean) =>
  api.post<ImportResult>('/requests/import', { dryRun, rows });
