/** Data hooks of contracts, their terms, change requests, documents and review approvals. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, http, ok } from '../../api/client';
import type {
  Contract,
  ContractDocument,
  ContractFilters,
  ContractInput,
  ContractPatch,
  ContractState,
  Terms,
} from './contracts.types';

export const contractKeys = {
  all: ['contracts'] as const,
  list: (f: ContractFilters, cursor: string | null) => ['contracts', 'list', f, cursor] as const,
  customer: (customerId: string) => ['contracts', 'customer', customerId] as const,
  detail: (id: string) => ['contracts', 'detail', id] as const,
  terms: (id: string) => ['contracts', 'terms', id] as const,
  termsVersion: (id: string, v: number) => ['contracts', 'terms', id, v] as const,
  changeRequests: (id: string) => ['contracts', 'change-requests', id] as const,
  documents: (id: string) => ['contracts', 'documents', id] as const,
  approvals: (id: string) => ['contracts', 'approvals', id] as const,
  approval: (id: string) => ['contracts', 'approval', id] as const,
};

export function useContracts(filters: ContractFilters, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: contractKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/contracts', {
          params: { query: { ...filters, cursor: cursor ?? undefined, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerContracts(customerId: string) {
  return useQuery({
    queryKey: contractKeys.customer(customerId),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/customers/{id}/contracts', {
          params: { path: { id: customerId }, query: { sort: '-endDate', limit: 100 } },
          signal,
        }),
      ),
  });
}

export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: contractKeys.detail(id ?? ''),
    queryFn: ({ signal }) => ok(http.GET('/contracts/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

export function useTermsVersions(id: string) {
  return useQuery({
    queryKey: contractKeys.terms(id),
    queryFn: ({ signal }) => ok(http.GET('/contracts/{id}/terms', { params: { path: { id } }, signal })),
  });
}

export function useTermsVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: contractKeys.termsVersion(id, version ?? 0),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/contracts/{id}/terms/{version}', {
          params: { path: { id, version: version ?? 0 } },
          signal,
        }),
      ),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useChangeRequests(id: string) {
  return useQuery({
    queryKey: contractKeys.changeRequests(id),
    queryFn: ({ signal }) =>
      ok(http.GET('/contracts/{id}/change-requests', { params: { path: { id } }, signal })),
  });
}

export function useDocuments(id: string) {
  return useQuery({
    queryKey: contractKeys.documents(id),
    queryFn: ({ signal }) => ok(http.GET('/contracts/{id}/documents', { params: { path: { id } }, signal })),
  });
}

/** Review approvals of the contract itself (subjectId = contract id), newest first. */
export function useContractApprovals(id: string) {
  return useQuery({
    queryKey: contractKeys.approvals(id),
    queryFn: ({ signal }) =>
      ok(http.GET('/approvals', { params: { query: { subjectId: id, limit: 50 } }, signal })),
  });
}

export function useApproval(id: string | null) {
  return useQuery({
    queryKey: contractKeys.approval(id ?? ''),
    queryFn: ({ signal }) => ok(http.GET('/approvals/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: !!id,
  });
}

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function useSaveContract() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, body }: { contract?: Contract; body: ContractInput | ContractPatch }) =>
      contract
        ? ok(
            http.PATCH('/contracts/{id}', {
              params: { path: { id: contract.id } },
              body: body as ContractPatch,
              headers: ifMatch(contract.version),
            }),
          )
        : ok(http.POST('/contracts', { body: body as ContractInput })),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useTransition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, to, reason }: { contract: Contract; to: ContractState; reason?: string }) =>
      ok(
        http.POST('/contracts/{id}/transition', {
          params: { path: { id: contract.id } },
          body: { to, reason },
          headers: ifMatch(contract.version),
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useDecide() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      comment,
    }: {
      id: string;
      decision: 'approve' | 'reject';
      comment?: string;
    }) =>
      ok(
        http.POST('/approvals/{id}/decide', {
          params: { path: { id } },
          body: { decision, comment: comment || undefined },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useCreateChangeRequest(contractId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; terms: Terms }) =>
      ok(http.POST('/contracts/{id}/change-requests', { params: { path: { id: contractId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useUploadDocument(contractId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      // Multipart: the typed client speaks JSON, so the upload goes through api with the same behaviours.
      return api.post<ContractDocument>(`/contracts/${contractId}/documents`, form);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.documents(contractId) }),
  });
}

export function useDeleteDocument(contractId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      ok(
        http.DELETE('/contracts/{id}/documents/{documentId}', {
          params: { path: { id: contractId, documentId } },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.documents(contractId) }),
  });
}
