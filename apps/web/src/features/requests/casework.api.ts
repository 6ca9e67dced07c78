/** Data hooks of a request's timeline, attachments, time entries, analysis and relations (H2's endpoints). */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, type Page } from '../../api/client';
import { ifMatch, requestKeys } from './requests.api';
import type {
  AnalysisInput,
  AttachmentRef,
  RelationKind,
  RequestDetail,
  TimeEntryList,
  TimelineEntry,
} from './requests.types';

export const caseworkKeys = {
  timeline: (id: string) => ['request-timeline', id] as const,
  timeEntries: (id: string) => ['request-timeline', id, 'time-entries'] as const,
  knowledge: (id: string) => ['request-timeline', id, 'knowledge-draft'] as const,
};

/** The timeline, oldest first; "load more" follows the cursor to newer entries. */
export function useTimeline(requestId: string) {
  return useInfiniteQuery({
    queryKey: caseworkKeys.timeline(requestId),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TimelineEntry>>(`/requests/${requestId}/timeline`, {
        query: { cursor: pageParam ?? undefined, limit: 100 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
}

function useInvalidateRequest(requestId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['request-timeline', requestId] });
    void qc.invalidateQueries({ queryKey: requestKeys.all });
  };
}

export function usePostEntry(requestId: string, kind: 'replies' | 'notes') {
  const done = useInvalidateRequest(requestId);
  return useMutation({
    mutationFn: (body: { body: string; attachmentIds?: string[] }) =>
      api.post<TimelineEntry>(`/requests/${requestId}/${kind}`, body),
    onSuccess: done,
  });
}

export function useUploadAttachment(requestId: string) {
  return useMutation({
    mutationFn: ({ file, visibility }: { file: File; visibility: 'public' | 'internal' }) => {
      const form = new FormData();
      form.append('visibility', visibility);
      form.append('file', file, file.name);
      return api.post<AttachmentRef>(`/requests/${requestId}/attachments`, form);
    },
  });
}

export const downloadAttachment = (requestId: string, a: AttachmentRef) =>
  download(`/requests/${requestId}/attachments/${a.id}`, undefined, a.fileName);

export function useTimeEntries(requestId: string) {
  return useQuery({
    queryKey: caseworkKeys.timeEntries(requestId),
    queryFn: ({ signal }) => api.get<TimeEntryList>(`/requests/${requestId}/time-entries`, { signal }),
  });
}

export function useAddTimeEntry(requestId: string) {
  const done = useInvalidateRequest(requestId);
  return useMutation({
    mutationFn: (body: { minutes: number; billable?: boolean; note?: string; workDate?: string }) =>
      api.post(`/requests/${requestId}/time-entries`, body),
    onSuccess: done,
  });
}

export function useDeleteTimeEntry(requestId: string) {
  const done = useInvalidateRequest(requestId);
  return useMutation({
    mutationFn: (entryId: string) => api.delete(`/requests/${requestId}/time-entries/${entryId}`),
    onSuccess: done,
  });
}

export function useSaveAnalysis() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ request, body }: { request: RequestDetail; body: AnalysisInput }) =>
      api.put<RequestDetail>(`/requests/${request.id}/analysis`, body, ifMatch(request.version)),
    onSettled: (_d, _e, { request }) => {
      void qc.invalidateQueries({ queryKey: requestKeys.all });
      void qc.invalidateQueries({ queryKey: ['request-timeline', request.id] });
    },
  });
}

export function useKnowledgeDraft(requestId: string, enabled: boolean) {
  return useQuery({
    queryKey: caseworkKeys.knowledge(requestId),
    queryFn: ({ signal }) =>
      api.get<{ title: string; body: string }>(`/requests/${requestId}/knowledge-draft`, { signal }),
    enabled,
  });
}

export function useAddRelation(requestId: string) {
  const done = useInvalidateRequest(requestId);
  return useMutation({
    mutationFn: (body: { relatedId: string; kind: RelationKind }) =>
      api.post(`/requests/${requestId}/relations`, body),
    onSuccess: done,
  });
}

export function useDeleteRelation(requestId: string) {
  const done = useInvalidateRequest(requestId);
  return useMutation({
    mutationFn: ({ relatedId, kind }: { relatedId: string; kind: RelationKind }) =>
      api.delete(`/requests/${requestId}/relations/${relatedId}/${kind}`),
    onSuccess: done,
  });
}

export function useMergeRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ request, intoId }: { request: RequestDetail; intoId: string }) =>
      api.post<RequestDetail>(`/requests/${request.id}/merge`, { intoId }, ifMatch(request.version)),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['request-timeline'] }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: requestKeys.all }),
  });
}
