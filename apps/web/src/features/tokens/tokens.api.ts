import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface TokenInput {
  name: string;
  scopes: string[];
  expiresInDays?: number | null;
}

export const useTokens = () =>
  useQuery({ queryKey: ['tokens'], queryFn: () => api.get<ApiToken[]>('/tokens') });

export function useTokenMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['tokens'] });
  return {
    create: useMutation({
      mutationFn: (b: TokenInput) => api.post<ApiToken & { token: string }>('/tokens', b),
      onSuccess: done,
    }),
    revoke: useMutation({ mutationFn: (id: string) => api.delete(`/tokens/${id}`), onSuccess: done }),
  };
}
