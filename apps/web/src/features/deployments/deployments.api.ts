/** Data hooks of deployments, their version history and planned upgrades. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import type {
  Deployment,
  DeploymentInput,
  DeploymentPatch,
  HistoryEntry,
  PlannedUpgrade,
  PlannedUpgradeInput,
  UpgradeStatus,
} from './deployments.types';

export const deploymentKeys = {
  all: ['deployments'] as const,
  ofCustomer: (customerId: string) => ['deployments', 'customer', customerId] as const,
  history: (id: string) => ['deployments', 'history', id] as const,
  upgrades: (id: string) => ['deployments', 'upgrades', id] as const,
};

const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

/** Every write here can change a deployment's version, history, upgrades and warranty. */
function useInvalidateAll() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: deploymentKeys.all });
    void qc.invalidateQueries({ queryKey: ['warranties'] });
  };
}

export function useCustomerDeployments(customerId: string) {
  return useQuery({
    queryKey: deploymentKeys.ofCustomer(customerId),
    queryFn: ({ signal }) =>
      api.get<Page<Deployment>>(`/customers/${customerId}/deployments`, { query: { limit: 100 }, signal }),
  });
}

export function useHistory(deploymentId: string) {
  return useQuery({
    queryKey: deploymentKeys.history(deploymentId),
    queryFn: ({ signal }) =>
      api.get<{ items: HistoryEntry[] }>(`/deployments/${deploymentId}/history`, { signal }),
  });
}

export function usePlannedUpgrades(deploymentId: string) {
  return useQuery({
    queryKey: deploymentKeys.upgrades(deploymentId),
    queryFn: ({ signal }) =>
      api.get<Page<PlannedUpgrade>>(`/deployments/${deploymentId}/upgrades`, {
        query: { limit: 100 },
        signal,
      }),
  });
}

export function useCreateDeployment() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (body: DeploymentInput) => api.post<Deployment>('/deployments', body),
    onSuccess: done,
  });
}

export function useUpdateDeployment() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ deployment, body }: { deployment: Deployment; body: DeploymentPatch }) =>
      api.patch<Deployment>(`/deployments/${deployment.id}`, body, ifMatch(deployment.version)),
    onSuccess: done,
  });
}

export function useDeleteDeployment() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (d: Deployment) => api.delete(`/deployments/${d.id}`, ifMatch(d.version)),
    onSuccess: done,
  });
}

export function useUpgradeNow() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({
      deployment,
      body,
    }: {
      deployment: Deployment;
      body: { toVersionId: string; kind: 'planned' | 'emergency'; note: string | null };
    }) => api.post<Deployment>(`/deployments/${deployment.id}/upgrade`, body, ifMatch(deployment.version)),
    onSuccess: done,
  });
}

export function useSavePlannedUpgrade(deploymentId: string) {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ upgrade, body }: { upgrade?: PlannedUpgrade; body: PlannedUpgradeInput }) =>
      upgrade
        ? api.patch<PlannedUpgrade>(`/planned-upgrades/${upgrade.id}`, body, ifMatch(upgrade.version))
        : api.post<PlannedUpgrade>(`/deployments/${deploymentId}/upgrades`, body),
    onSuccess: done,
  });
}

/** The follow-up note stays editable in every state, unlike the plan itself. */
export function useSaveFollowUp() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ upgrade, followUp }: { upgrade: PlannedUpgrade; followUp: string | null }) =>
      api.patch<PlannedUpgrade>(`/planned-upgrades/${upgrade.id}`, { followUp }, ifMatch(upgrade.version)),
    onSuccess: done,
  });
}

export function useTransitionUpgrade() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({
      upgrade,
      status,
      note,
    }: {
      upgrade: PlannedUpgrade;
      status: UpgradeStatus;
      note?: string;
    }) =>
      api.post<PlannedUpgrade>(
        `/planned-upgrades/${upgrade.id}/transition`,
        { status, note: note || null },
        ifMatch(upgrade.version),
      ),
    onSuccess: done,
  });
}
