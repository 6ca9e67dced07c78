import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export const teamKinds = ['service', 'sales', 'other'] as const;
export type TeamKind = (typeof teamKinds)[number];

export type Team = ItemOf<ResponseOf<'listTeams'>>;

export type TeamInput = BodyOf<'createTeam'>;

export type Member = ItemOf<ResponseOf<'listTeamMembers'>>;

export const useTeams = () =>
  useQuery({ queryKey: ['teams', 'list'], queryFn: () => api.get<Team[]>('/teams') });

export const useMembers = (teamId: string) =>
  useQuery({
    queryKey: ['teams', 'members', teamId],
    queryFn: () => api.get<Member[]>(`/teams/${teamId}/members`),
  });

export function useTeamMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['teams'] });
  return {
    create: useMutation({ mutationFn: (b: TeamInput) => api.post<Team>('/teams', b), onSuccess: done }),
    update: useMutation({
      mutationFn: ({ id, key: _key, ...b }: TeamInput & { id: string }) => api.patch<Team>(`/teams/${id}`, b),
      onSuccess: done,
    }),
    setMembers: useMutation({
      mutationFn: ({ id, userIds }: { id: string; userIds: string[] }) =>
        api.put(`/teams/${id}/members`, { userIds }),
      onSuccess: () => {
        void done();
        void qc.invalidateQueries({ queryKey: ['users'] });
      },
    }),
  };
}
