import { api, setCsrfToken } from '../../api/client';

export type DataScope = 'own' | 'team' | 'all' | 'organisation';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: string;
  permissions: string[];
  scope: DataScope;
  teamIds: string[];
  customerId: string | null;
  locale: string;
  csrfToken: string | null;
}

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

export async function login(username: string, password: string): Promise<Me> {
  const me = await api.post<Me>('/auth/login', { username, password }, { allowUnauthenticated: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  await api.post('/auth/logout', undefined, { allowUnauthenticated: true });
  setCsrfToken(null);
}

export const updateMe = (patch: { locale?: string; displayName?: string }) =>
  api.patch<Me>('/auth/me', patch);
