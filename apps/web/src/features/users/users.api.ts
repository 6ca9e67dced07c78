import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/types';

export type Ref = User['role'];

export type User = ItemOf<ResponseOf<'listUsers'>>;

export type UserFilters = Pick<QueryOf<'listUsers'>, 'q' | 'roleKey' | 'teamId' | 'disabled'>;

export type UserCreate = BodyOf<'createUser'>;

export type UserPatch = Partial<Omit<UserCreate, 'username' | 'password'>> & { disabled?: boolean };

export function useUsers(filters: UserFilters, cursor: string | null) {
  return useQuery({
    queryKey: ['users', 'list', filters, cursor],
    queryFn: ({ signal }) =>
      ok(
        http.GET('/users', {
          params: { query: { ...filters, cursor: cursor ?? undefined, limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUserMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['users'] });
  return {
    create: useMutation({
      mutationFn: (b: UserCreate) => ok(http.POST('/users', { body: b })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, ...b }: UserPatch & { id: string }) =>
        ok(http.PATCH('/users/{id}', { params: { path: { id } }, body: b })),
      onSuccess: done,
    }),
    setPassword: useMutation({
      mutationFn: ({ id, password }: { id: string; password: string }) =>
        ok(http.POST('/users/{id}/password', { params: { path: { id } }, body: { password } })),
    }),
  };
}
