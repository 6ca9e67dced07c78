import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  customerId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AuditFilters {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  customerId?: string;
  from?: string;
  to?: string;
}

export const entityTypes = ['customer', 'contact', 'user', 'role', 'team', 'api_token'] as const;
export const auditActions = [
  'customer.create',
  'customer.update',
  'customer.delete',
  'customer.import',
  'contact.create',
  'contact.update',
  'contact.delete',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.password_set',
  'user.preferences_updated',
  'role.created',
  'role.updated',
  'role.deleted',
  'team.created',
  'team.updated',
  'team.members_set',
  'token.created',
  'token.revoked',
] as const;

export function useAudit(filters: AuditFilters, cursor: string | null) {
  return useQuery({
    queryKey: ['audit', filters, cursor],
    queryFn: ({ signal }) =>
      api.get<Page<AuditEntry>>('/audit', {
        query: { ...filters, cursor: cursor ?? undefined, limit: 50 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
