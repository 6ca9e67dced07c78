import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';

export interface Ref {
  id: string;
  key: string;
  nameZh: string;
  nameEn: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Ref;
  teams: Ref[];
  customerId: string | null;
  disabled: boolean;
  totpEnabled: boolean;
  locale: string;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserFilters {
  q?: string;
  roleKey?: string;
  teamId?: string;
  disabled?: 'true' | 'false';
}

export interface UserCreate {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  roleId: string;
  teamIds?: string[];
  locale?: string;
}

export type UserPatch = Partial<Omit<UserCreate, 'username' | 'password'>> & { disabled?: boolean };

export function useUsers(filters: UserFilters, cursor: string | null) {
  return useQuery({
    queryKey: ['users', 'list', filters, cursor],
    queryFn: ({ signal }) =>
      api.get<Page<User>>('/users', {
        query: { ...filters, cursor: cursor ?? undefined, limit: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useUserMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['users'] });
  return {
    create: useMutation({ mutationFn: (b: UserCreate) => api.post<User>('/users', b), onSuccess: done }),
    update: useMutation({
      mutationFn: ({ id, ...b }: UserPatch & { id: string }) => api.patch<User>(`/users/${id}`, b),
      onSuccess: done,
    }),
    setPassword: useMutation({
      mutationFn: ({ id, password }: { id: string; password: string }) =>
        api.post(`/users/${id}/password`, { password }),
    }),
  };
}
