/** The role home's data: GET /api/home (server: workflows/home.ts). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface HomeTeam {
  id: string;
  name: { zh: string; en: string };
  open: number;
  unassigned: number;
  link: string;
}

export interface HomeBlock {
  key: string;
  value: number;
  /** For a share (value 0–100): how many it is a share of. */
  of: number | null;
  link: string | null;
  items: HomeTeam[] | null;
}

export interface Home {
  kind: 'agent' | 'manager' | 'sales' | 'finance' | 'executive' | 'none';
  since: string | null;
  blocks: HomeBlock[];
}

export function useHome() {
  return useQuery({
    queryKey: ['home'],
    queryFn: ({ signal }) => api.get<Home>('/home', { signal }),
    refetchInterval: 60_000,
  });
}
