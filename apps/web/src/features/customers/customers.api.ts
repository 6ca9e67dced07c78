/** Data hooks of the customers feature: one query key family, invalidated after every write. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok, send } from '../../api/client';
import type { Contact, ContactInput, CustomerFilters, CustomerInput, ImportReport } from './customers.types';

export const customerKeys = {
  all: ['customers'] as const,
  list: (f: CustomerFilters, cursor: string | null) => ['customers', 'list', f, cursor] as const,
  detail: (id: string) => ['customers', 'detail', id] as const,
  timeline: (id: string) => ['customers', 'timeline', id] as const,
  facets: ['customers', 'facets'] as const,
  reference: ['customers', 'reference'] as const,
};

export const filterQuery = (f: CustomerFilters) => ({
  q: f.q,
  stage: f.stage?.length ? f.stage.join(',') : undefined,
  tier: f.tier?.length ? f.tier.join(',') : undefined,
  industryCode: f.industryCode,
  regionCode: f.regionCode,
  ownerId: f.ownerId,
  teamId: f.teamId,
  tag: f.tag?.length ? f.tag : undefined,
  sort: f.sort,
});

export function useCustomers(filters: CustomerFilters, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: customerKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/customers', {
          params: { query: { ...filterQuery(filters), cursor: cursor ?? undefined, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(id: string) {
  return useQuery({
    queryKey: customerKeys.detail(id),
    queryFn: ({ signal }) => ok(http.GET('/customers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useTimeline(id: string, cursor: string | null) {
  return useQuery({
    queryKey: [...customerKeys.timeline(id), cursor],
    queryFn: ({ signal }) =>
      ok(
        http.GET('/customers/{id}/timeline', {
          params: { path: { id }, query: { cursor: cursor ?? undefined, limit: 30 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useFacets() {
  return useQuery({
    queryKey: customerKeys.facets,
    queryFn: ({ signal }) => ok(http.GET('/customers/facets', { signal })),
    staleTime: 60_000,
  });
}

/** Regions and industry sections: fixed data of the release, fetched once per session. */
export function useCustomerReference() {
  return useQuery({
    queryKey: customerKeys.reference,
    queryFn: ({ signal }) => ok(http.GET('/customers/reference', { signal })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** People who can own customers; empty when the caller may not list them. */
export function useUserOptions() {
  return useQuery({
    queryKey: ['users', 'options'],
    queryFn: ({ signal }) => ok(http.GET('/users/options', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useTeamOptions() {
  return useQuery({
    queryKey: ['teams', 'list'],
    queryFn: ({ signal }) => ok(http.GET('/teams', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useCreateCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerInput & { allowDuplicate?: boolean; contacts?: ContactInput[] }) =>
      ok(http.POST('/customers', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: customerKeys.all }),
  });
}

/** Optimistic concurrency: the version read is sent as If-Match; a 412 means someone else saved first. */
export function useUpdateCustomer(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      version,
      ...body
    }: Partial<CustomerInput> & { version: number; allowDuplicate?: boolean }) =>
      ok(
        http.PATCH('/customers/{id}', {
          params: { path: { id } },
          body,
          headers: { 'if-match': `"${version}"` },
        }),
      ),
    onSuccess: (saved) => {
      qc.setQueryData(customerKeys.detail(id), saved);
      void qc.invalidateQueries({ queryKey: customerKeys.all });
    },
  });
}

export function useDeleteCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(http.DELETE('/customers/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: customerKeys.all }),
  });
}

export function useSaveContact(customerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (args: { contact?: Contact; body: ContactInput & { allowDuplicate?: boolean } }) =>
      args.contact
        ? ok(
            http.PATCH('/contacts/{id}', {
              params: { path: { id: args.contact.id } },
              body: args.body,
              headers: { 'if-match': `"${args.contact.version}"` },
            }),
          )
        : ok(
            http.POST('/customers/{id}/contacts', { params: { path: { id: customerId } }, body: args.body }),
          ),
    onSuccess: () => qc.invalidateQueries({ queryKey: customerKeys.all }),
  });
}

export function useDeleteContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(http.DELETE('/contacts/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: customerKeys.all }),
  });
}

export async function uploadImport(file: File): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  // Multipart: the typed client speaks JSON, so the upload goes through send() with the same behaviours.
  const res = await send('POST', '/customers/import', { body: form });
  return (await res.json()) as ImportReport;
}

export const commitImport = (id: string, skipDuplicates: boolean) =>
  ok(http.POST('/customers/import/{id}/commit', { params: { path: { id } }, body: { skipDuplicates } }));

export const getImport = (id: string) => ok(http.GET('/customers/import/{id}', { params: { path: { id } } }));
