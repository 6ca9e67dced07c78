import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchMe, type Me } from './auth.api';

export const ME_KEY = ['auth', 'me'] as const;

/** The session probe shared by the whole app; `me` is null when signed out. */
export function useMe() {
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
  return { me: query.data ?? null, isLoading: query.isLoading, error: query.error, refetch: query.refetch };
}

/** A permission the server knows (a misspelt one fails the type check). */
export type Permission = Me['permissions'][number];

/** Permission check for showing or hiding UI; the server still enforces every rule. */
export function useCan() {
  const { me } = useMe();
  return useCallback((permission: Permission) => !!me?.permissions.includes(permission), [me]);
}

export function useSetMe() {
  const qc = useQueryClient();
  return useCallback((me: Me | null) => qc.setQueryData(ME_KEY, me), [qc]);
}
