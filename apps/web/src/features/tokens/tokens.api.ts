import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export type ApiToken = ItemOf<ResponseOf<'listTokens'>>;

export type TokenInput = BodyOf<'createToken'>;

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
