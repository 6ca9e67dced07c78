/** The role home's data: GET /api/home (server: workflows/home.ts). */
import { useQuery } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { ResponseOf } from '../../api/types';

export type HomeTeam = NonNullable<HomeBlock['items']>[number];

export type HomeBlock = Home['blocks'][number];

export type Home = ResponseOf<'getHome'>;

export function useHome() {
  return useQuery({
    queryKey: ['home'],
    queryFn: ({ signal }) => ok(http.GET('/home', { signal })),
    refetchInterval: 60_000,
  });
}
