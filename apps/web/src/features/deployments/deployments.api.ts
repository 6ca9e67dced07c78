/** Data hooks of deployments, their version history and planned upgrades. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type {
  Deployment,
  DeploymentInput,
  DeploymentPatch,
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

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

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
      ok(
        http.GET('/customers/{id}/deployments', {
          params: { path: { id: customerId }, query: { limit: 100 } },
          signal,
        }),
      ),
  });
}

export function useHistory(deploymentId: string) {
  return useQuery({
    queryKey: deploymentKeys.history(deploymentId),
    queryFn: ({ signal }) =>
      ok(http.GET('/deployments/{id}/history', { params: { path: { id: deploymentId } }, signal })),
  });
}

export function usePlannedUpgrades(deploymentId: string) {
  return useQuery({
    queryKey: deploymentKeys.upgrades(deploymentId),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/deployments/{id}/upgrades', {
          params: { path: { id: deploymentId }, query: { limit: 100 } },
          signal,
        }),
      ),
  });
}

export function useCreateDeployment() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (body: DeploymentInput) => ok(http.POST('/deployments', { body })),
    onSuccess: done,
  });
}

export function useUpdateDeployment() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ deployment, body }: { deployment: Deployment; body: DeploymentPatch }) =>
      ok(
        http.PATCH('/deployments/{id}', {
          params: { path: { id: deployment.id } },
          body,
          headers: ifMatch(deployment.version),
        }),
      ),
    onSuccess: done,
  });
}

export function useDeleteDeployment() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (d: Deployment) =>
      ok(http.DELETE('/deployments/{id}', { params: { path: { id: d.id } }, headers: ifMatch(d.version) })),
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
    }) =>
      ok(
        http.POST('/deployments/{id}/upgrade', {
          params: { path: { id: deployment.id } },
          body,
          headers: ifMatch(deployment.version),
        }),
      ),
    onSuccess: done,
  });
}

export function useSavePlannedUpgrade(deploymentId: string) {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ upgrade, body }: { upgrade?: PlannedUpgrade; body: PlannedUpgradeInput }) =>
      upgrade
        ? ok(
            http.PATCH('/planned-upgrades/{id}', {
              params: { path: { id: upgrade.id } },
              body,
              headers: ifMatch(upgrade.version),
            }),
          )
        : ok(http.POST('/deployments/{id}/upgrades', { params: { path: { id: deploymentId } }, body })),
    onSuccess: done,
  });
}

/** The follow-up note stays editable in every state, unlike the plan itself. */
export function useSaveFollowUp() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ upgrade, followUp }: { upgrade: PlannedUpgrade; followUp: string | null }) =>
      ok(
        http.PATCH('/planned-upgrades/{id}', {
          params: { path: { id: upgrade.id } },
          body: { followUp },
          headers: ifMatch(upgrade.version),
        }),
      ),
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
      /** Never back to planned: the server's transition body does not take it. */
      status: Exclude<UpgradeStatus, 'planned'>;
      note?: string;
    }) =>
      ok(
        http.POST('/planned-upgrades/{id}/transition', {
          params: { path: { id: upgrade.id } },
          body: { status, note: note || null },
          headers: ifMatch(upgrade.version),
        }),
      ),
    onSuccess: done,
  });
}
