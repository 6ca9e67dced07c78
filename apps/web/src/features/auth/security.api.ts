/** Login security calls: the second login step, own two-step verification, login blocks and settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client';
import type { ItemOf, ResponseOf } from '../../api/types';
import type { Me } from './auth.api';

export type LoginChallenge = ResponseOf<'login', 202>;

export type TotpEnrolment = ResponseOf<'startOwnEnrolment'>;

export type TotpStatus = ResponseOf<'getTotpStatus'>;

export type LoginBlock = ItemOf<ResponseOf<'listLoginBlocks'>>;

const publicCall = { allowUnauthenticated: true };

export async function loginWithCode(challenge: string, code: string): Promise<Me> {
  const me = await api.post<Me>('/auth/login/totp', { challenge, code }, publicCall);
  setCsrfToken(me.csrfToken);
  return me;
}

export const startLoginEnrolment = (challenge: string) =>
  api.post<TotpEnrolment>('/auth/login/totp-enrolment', { challenge }, publicCall);

export async function confirmLoginEnrolment(
  challenge: string,
  code: string,
): Promise<Me & { recoveryCodes: string[] }> {
  const me = await api.post<Me & { recoveryCodes: string[] }>(
    '/auth/login/totp-enrolment/confirm',
    { challenge, code },
    publicCall,
  );
  setCsrfToken(me.csrfToken);
  return me;
}

const TOTP_KEY = ['auth', 'totp'] as const;

export const useTotpStatus = () =>
  useQuery({ queryKey: TOTP_KEY, queryFn: () => api.get<TotpStatus>('/auth/totp') });

export function useTotpMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: TOTP_KEY });
  return {
    start: useMutation({ mutationFn: () => api.post<TotpEnrolment>('/auth/totp/enrolment') }),
    confirm: useMutation({
      mutationFn: (code: string) =>
        api.post<{ recoveryCodes: string[] }>('/auth/totp/enrolment/confirm', { code }),
      onSuccess: done,
    }),
    disable: useMutation({
      mutationFn: (code: string) => api.post('/auth/totp/disable', { code }),
      onSuccess: done,
    }),
  };
}

const BLOCKS_KEY = ['auth', 'login-blocks'] as const;
const SETTINGS_KEY = ['auth', 'security-settings'] as const;

export const useLoginBlocks = () =>
  useQuery({ queryKey: BLOCKS_KEY, queryFn: () => api.get<LoginBlock[]>('/auth/login-blocks') });

export const useSecuritySettings = () =>
  useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => api.get<{ totpRequiredForAdmins: boolean }>('/auth/security-settings'),
  });

export function useLoginSecurityMutations() {
  const qc = useQueryClient();
  return {
    lift: useMutation({
      mutationFn: (id: string) => api.delete(`/auth/login-blocks/${id}`),
      onSuccess: () => qc.invalidateQueries({ queryKey: BLOCKS_KEY }),
    }),
    saveSettings: useMutation({
      mutationFn: (s: { totpRequiredForAdmins: boolean }) =>
        api.put<{ totpRequiredForAdmins: boolean }>('/auth/security-settings', s),
      onSuccess: (s) => qc.setQueryData(SETTINGS_KEY, s),
    }),
  };
}

export const resetUserTotp = (userId: string) => api.post(`/users/${userId}/totp/reset`);
