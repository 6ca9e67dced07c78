import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export const teamKinds = ['service', 'sales', 'other'] as const;
export type TeamKind = (typeof teamKinds)[number];

export type Team = ItemOf<ResponseOf<'listTeams'>>;

export type TeamInput = BodyOf<'createTeam'>;

export type Member = ItemOf<ResponseOf<'listTeamMembers'>>;

export const useTeams = () =>
  useQuery({ queryKey: ['teams', 'list'], queryFn: () => ok(http.GET('/teams')) });

export const useMembers = (teamId: string) =>
  useQuery({
    queryKey: ['teams', 'members', teamId],
    queryFn: () => ok(http.GET('/teams/{id}/members', { params: { path: { id: teamId } } })),
  });

export function useTeamMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['teams'] });
  return {
    create: useMutation({
      mutationFn: (b: TeamInput) => ok(http.POST('/teams', { body: b })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, key: _key, ...b }: TeamInput & { id: string }) =>
        ok(http.PATCH('/teams/{id}', { params: { path: { id } }, body: b })),
      onSuccess: done,
    }),
    setMembers: useMutation({
      mutationFn: ({ id, userIds }: { id: string; userIds: string[] }) =>
        ok(http.PUT('/teams/{id}/members', { params: { path: { id } }, body: { userIds } })),
      onSuccess: () => {
        void done();
        void qc.invalidateQueries({ queryKey: ['users'] });
      },
    }),
  };
}
