import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export type ApiToken = ItemOf<ResponseOf<'listTokens'>>;

export type TokenInput = BodyOf<'createToken'>;

export const useTokens = () => useQuery({ queryKey: ['tokens'], queryFn: () => ok(http.GET('/tokens')) });

export function useTokenMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['tokens'] });
  return {
    create: useMutation({
      mutationFn: (b: TokenInput) => ok(http.POST('/tokens', { body: b })),
      onSuccess: done,
    }),
    revoke: useMutation({
      mutationFn: (id: string) => ok(http.DELETE('/tokens/{id}', { params: { path: { id } } })),
      onSuccess: done,
    }),
  };
}
