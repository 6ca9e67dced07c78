/** Data hooks of the service desk setup: queues and availability (routing), states, transitions, settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';
import { requestKeys } from '../requests/requests.api';
import type { Transition } from '../requests/requests.types';

export const assignmentModes = ['manual', 'round_robin', 'least_loaded'] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

export type QueueMember = Queue['members'][number];

export type Queue = ItemOf<ResponseOf<'listQueues'>>;

export type Availability = ResponseOf<'getMyAvailability'>;

/** Requests of these categories and severities (empty = any) need these to be resolved. */
/** A rule as the server takes it (its answer types categories and severities as plain strings). */
export type ResolutionRule = NonNullable<BodyOf<'updateServiceDeskSettings'>['resolutionRules']>[number];

export type DeskSettings = ResponseOf<'getServiceDeskSettings'>;

export type StateInput = BodyOf<'createRequestState'>;

const keys = {
  queues: ['queues'] as const,
  myAvailability: ['agents', 'me', 'availability'] as const,
  settings: ['service-desk', 'settings'] as const,
};
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export const useQueues = () =>
  useQuery({ queryKey: keys.queues, queryFn: ({ signal }) => ok(http.GET('/queues', { signal })) });

export function useSetQueueMode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ queue, mode }: { queue: Queue; mode: AssignmentMode }) =>
      ok(
        http.PUT('/queues/{teamId}', {
          params: { path: { teamId: queue.teamId } },
          body: { mode },
          headers: ifMatch(queue.version),
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.queues }),
  });
}

export const useMyAvailability = () =>
  useQuery({
    queryKey: keys.myAvailability,
    queryFn: ({ signal }) => ok(http.GET('/agents/me/availability', { signal })),
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
      ok(
        http.PUT('/agents/{userId}/availability', {
          params: { path: { userId } },
          body: { available, absentUntil: absentUntil ?? null },
        }),
      ),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.queues });
      void qc.invalidateQueries({ queryKey: keys.myAvailability });
    },
  });
}

export const useDeskSettings = (enabled: boolean) =>
  useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) => ok(http.GET('/service-desk/settings', { signal })),
    enabled,
  });

export function useSaveDeskSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ settings, body }: { settings: DeskSettings; body: BodyOf<'updateServiceDeskSettings'> }) =>
      ok(http.PUT('/service-desk/settings', { body, headers: ifMatch(settings.version) })),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.settings }),
  });
}

export function useStateMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: requestKeys.states });
  return {
    create: useMutation({
      mutationFn: (body: StateInput) => ok(http.POST('/request-states', { body })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({
        key,
        body,
      }: {
        key: string;
        body: Pick<StateInput, 'nameZh' | 'nameEn' | 'position'>;
      }) => ok(http.PATCH('/request-states/{key}', { params: { path: { key } }, body })),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (key: string) => ok(http.DELETE('/request-states/{key}', { params: { path: { key } } })),
      onSuccess: done,
    }),
    transitions: useMutation({
      mutationFn: (transitions: Transition[]) =>
        ok(http.PUT('/request-transitions', { body: { transitions } })),
      onSuccess: done,
    }),
  };
}
