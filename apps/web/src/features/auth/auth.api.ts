import { api, setCsrfToken } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import type { LoginChallenge } from './security.api';

export type DataScope = 'own' | 'team' | 'queue' | 'all' | 'organisation';

export type Me = ResponseOf<'getMe'>;

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me', { allowUnauthenticated: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof Error && 'status' in err && (err as { status: number }).status === 401) return null;
    throw err;
  }
}

/** Signs in, or answers the challenge of a second step (a TOTP code, or enrolling one first). */
export async function login(username: string, password: string): Promise<Me | LoginChallenge> {
  const result = await api.post<Me | LoginChallenge>(
    '/auth/login',
    { username, password },
    { allowUnauthenticated: true },
  );
  if ('challenge' in result) return result;
  setCsrfToken(result.csrfToken);
  return result;
}

export async function logout(): Promise<void> {
  await api.post('/auth/logout', undefined, { allowUnauthenticated: true });
  setCsrfToken(null);
}

export const updateMe = (patch: { locale?: string; displayName?: string }) =>
  api.patch<Me>('/auth/me', patch);
