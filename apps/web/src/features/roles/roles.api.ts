import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';
import type { DataScope } from '../auth/auth.api';

export const dataScopes: DataScope[] = ['own', 'team', 'queue', 'all', 'organisation'];

export type Role = ItemOf<ResponseOf<'listRoles'>>;

export type RoleInput = BodyOf<'createRole'>;

export const useRoles = (enabled = true) =>
  useQuery({ queryKey: ['roles'], queryFn: () => api.get<Role[]>('/roles'), enabled });

export const usePermissionList = () =>
  useQuery({
    queryKey: ['permissions'],
    queryFn: () => api.get<{ items: string[] }>('/permissions'),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useRoleMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['roles'] });
  return {
    create: useMutation({ mutationFn: (b: RoleInput) => api.post<Role>('/roles', b), onSuccess: done }),
    update: useMutation({
      mutationFn: ({ id, key: _key, ...b }: RoleInput & { id: string }) => api.patch<Role>(`/roles/${id}`, b),
      onSuccess: done,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.delete(`/roles/${id}`), onSuccess: done }),
  };
}
