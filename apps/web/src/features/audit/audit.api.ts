import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { ItemOf, QueryOf, ResponseOf } from '../../api/types';
import { auditI18n } from './i18n';

export type AuditEntry = ItemOf<ResponseOf<'browseAudit'>>;

export type AuditFilters = Pick<
  QueryOf<'browseAudit'>,
  'actorId' | 'entityType' | 'entityId' | 'action' | 'customerId' | 'from' | 'to'
>;

/** Filter choices: every entity type and action the dictionaries have a text for (the server's, see i18n.ts). */
export const entityTypes = Object.keys(auditI18n['zh-CN'].audit.entityTypes);
export const auditActions = Object.keys(auditI18n['zh-CN'].audit.verbs);

export function useAudit(filters: AuditFilters, cursor: string | null) {
  return useQuery({
    queryKey: ['audit', filters, cursor],
    queryFn: ({ signal }) =>
      ok(
        http.GET('/audit', {
          params: { query: { ...filters, cursor: cursor ?? undefined, limit: 50 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
