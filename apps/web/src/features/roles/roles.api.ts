import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';
import type { DataScope } from '../auth/auth.api';

export const dataScopes: DataScope[] = ['own', 'team', 'queue', 'all', 'organisation'];

export type Role = ItemOf<ResponseOf<'listRoles'>>;

export type RoleInput = BodyOf<'createRole'>;

export const useRoles = (enabled = true) =>
  useQuery({ queryKey: ['roles'], queryFn: () => ok(http.GET('/roles')), enabled });

export const usePermissionList = () =>
  useQuery({
    queryKey: ['permissions'],
    queryFn: () => ok(http.GET('/permissions')),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useRoleMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['roles'] });
  return {
    create: useMutation({
      mutationFn: (b: RoleInput) => ok(http.POST('/roles', { body: b })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, key: _key, ...b }: RoleInput & { id: string }) =>
        ok(http.PATCH('/roles/{id}', { params: { path: { id } }, body: b })),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (id: string) => ok(http.DELETE('/roles/{id}', { params: { path: { id } } })),
      onSuccess: done,
    }),
  };
}
