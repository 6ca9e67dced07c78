import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import { auditI18n } from './i18n';

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
  entityName: string | null;
  entityNameEn: string | null;
  entityKey: string | null;
  parentId: string | null;
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

/** Filter choices: every entity type and action the dictionaries have a text for (the server's, see i18n.ts). */
export const entityTypes = Object.keys(auditI18n['zh-CN'].audit.entityTypes);
export const auditActions = Object.keys(auditI18n['zh-CN'].audit.verbs);

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
