/** Data hooks of the service desk setup: queues and availability (routing), states, transitions, settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';
import { requestKeys } from '../requests/requests.api';
import type { RequestState, Transition } from '../requests/requests.types';

export const assignmentModes = ['manual', 'round_robin', 'least_loaded'] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

export type QueueMember = Queue['members'][number];

export type Queue = ItemOf<ResponseOf<'listQueues'>>;

export type Availability = ResponseOf<'getMyAvailability'>;

/** Requests of these categories and severities (empty = any) need these to be resolved. */
export type ResolutionRule = DeskSettings['resolutionRules'][number];

export type DeskSettings = ResponseOf<'getServiceDeskSettings'>;

export type StateInput = BodyOf<'createRequestState'>;

const keys = {
  queues: ['queues'] as const,
  myAvailability: ['agents', 'me', 'availability'] as const,
  settings: ['service-desk', 'settings'] as const,
};
const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

export const useQueues = () =>
  useQuery({ queryKey: keys.queues, queryFn: ({ signal }) => api.get<Queue[]>('/queues', { signal }) });

export function useSetQueueMode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ queue, mode }: { queue: Queue; mode: AssignmentMode }) =>
      api.put<Queue>(`/queues/${queue.teamId}`, { mode }, ifMatch(queue.version)),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.queues }),
  });
}

export const useMyAvailability = () =>
  useQuery({
    queryKey: keys.myAvailability,
    queryFn: ({ signal }) => api.get<Availability>('/agents/me/availability', { signal }),
  });

export function useSetAvailability() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      userId,
      available,
      absentUntil,
    }: {
      userId: string;
      available: boolean;
      absentUntil?: string | null;
    }) =>
      api.put<Availability>(`/agents/${userId}/availability`, {
        available,
        absentUntil: absentUntil ?? null,
      }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.queues });
      void qc.invalidateQueries({ queryKey: keys.myAvailability });
    },
  });
}

export const useDeskSettings = (enabled: boolean) =>
  useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) => api.get<DeskSettings>('/service-desk/settings', { signal }),
    enabled,
  });

export function useSaveDeskSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      settings,
      body,
    }: {
      settings: DeskSettings;
      body: { reopenWindowDays: number; autoCloseDays: number; resolutionRules?: ResolutionRule[] };
    }) => api.put<DeskSettings>('/service-desk/settings', body, ifMatch(settings.version)),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.settings }),
  });
}

export function useStateMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: requestKeys.states });
  return {
    create: useMutation({
      mutationFn: (body: StateInput) => api.post<RequestState>('/request-states', body),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({
        key,
        body,
      }: {
        key: string;
        body: Pick<StateInput, 'nameZh' | 'nameEn' | 'position'>;
      }) => api.patch<RequestState>(`/request-states/${encodeURIComponent(key)}`, body),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (key: string) => api.delete(`/request-states/${encodeURIComponent(key)}`),
      onSuccess: done,
    }),
    transitions: useMutation({
      mutationFn: (transitions: Transition[]) => api.put('/request-transitions', { transitions }),
      onSuccess: done,
    }),
  };
}
