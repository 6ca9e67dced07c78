/** Data hooks of contracts, their terms, change requests, documents and review approvals. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import type {
  Approval,
  ChangeRequest,
  Contract,
  ContractDocument,
  ContractFilters,
  ContractInput,
  ContractPage,
  ContractPatch,
  ContractState,
  Terms,
  TermsVersion,
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
      api.get<ContractPage>('/contracts', {
        query: { ...filters, cursor: cursor ?? undefined, limit },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerContracts(customerId: string) {
  return useQuery({
    queryKey: contractKeys.customer(customerId),
    queryFn: ({ signal }) =>
      api.get<ContractPage>(`/customers/${customerId}/contracts`, {
        query: { sort: '-endDate', limit: 100 },
        signal,
      }),
  });
}

export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: contractKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<Contract>(`/contracts/${id}`, { signal }),
    enabled: !!id,
  });
}

export function useTermsVersions(id: string) {
  return useQuery({
    queryKey: contractKeys.terms(id),
    queryFn: ({ signal }) =>
      api.get<{ current: TermsVersion; versions: TermsVersion[] }>(`/contracts/${id}/terms`, { signal }),
  });
}

export function useTermsVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: contractKeys.termsVersion(id, version ?? 0),
    queryFn: ({ signal }) => api.get<TermsVersion>(`/contracts/${id}/terms/${version}`, { signal }),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useChangeRequests(id: string) {
  return useQuery({
    queryKey: contractKeys.changeRequests(id),
    queryFn: ({ signal }) => api.get<ChangeRequest[]>(`/contracts/${id}/change-requests`, { signal }),
  });
}

export function useDocuments(id: string) {
  return useQuery({
    queryKey: contractKeys.documents(id),
    queryFn: ({ signal }) => api.get<ContractDocument[]>(`/contracts/${id}/documents`, { signal }),
  });
}

/** Review approvals of the contract itself (subjectId = contract id), newest first. */
export function useContractApprovals(id: string) {
  return useQuery({
    queryKey: contractKeys.approvals(id),
    queryFn: ({ signal }) =>
      api.get<Page<Approval>>('/approvals', { query: { subjectId: id, limit: 50 }, signal }),
  });
}

export function useApproval(id: string | null) {
  return useQuery({
    queryKey: contractKeys.approval(id ?? ''),
    queryFn: ({ signal }) => api.get<Approval>(`/approvals/${id}`, { signal }),
    enabled: !!id,
  });
}

const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

export function useSaveContract() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, body }: { contract?: Contract; body: ContractInput | ContractPatch }) =>
      contract
        ? api.patch<Contract>(`/contracts/${contract.id}`, body, ifMatch(contract.version))
        : api.post<Contract>('/contracts', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useTransition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, to, reason }: { contract: Contract; to: ContractState; reason?: string }) =>
      api.post<Contract>(`/contracts/${contract.id}/transition`, { to, reason }, ifMatch(contract.version)),
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
    }) => api.post<Approval>(`/approvals/${id}/decide`, { decision, comment: comment || undefined }),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useCreateChangeRequest(contractId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; terms: Terms }) =>
      api.post<ChangeRequest>(`/contracts/${contractId}/change-requests`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export function useUploadDocument(contractId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.post<ContractDocument>(`/contracts/${contractId}/documents`, form);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.documents(contractId) }),
  });
}

export function useDeleteDocument(contractId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => api.delete(`/contracts/${contractId}/documents/${documentId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: contractKeys.documents(contractId) }),
  });
}
