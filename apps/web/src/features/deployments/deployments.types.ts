/** Shapes of the deployments API: aliases of the types generated from openapi.json (api/schema.d.ts). */
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export type Deployment = ResponseOf<'getDeployment'>;
export type Environment = Deployment['environment'];
export type DeploymentInput = BodyOf<'createDeployment'>;
export type DeploymentPatch = BodyOf<'updateDeployment'>;
export type HistoryEntry = ItemOf<ResponseOf<'getDeploymentHistory'>>;
export type UpgradeKind = HistoryEntry['kind'];
export type PlannedUpgrade = ResponseOf<'getPlannedUpgrade'>;
export type UpgradeStatus = PlannedUpgrade['status'];
export type PlannedUpgradeInput = BodyOf<'planUpgrade'>;

/** The options the UI offers; `satisfies` fails the type check when the server's set changes. */
export const environments = ['production', 'test'] as const satisfies readonly Environment[];
export const upgradeStatuses = [
  'planned',
  'notified',
  'in_progress',
  'done',
  'cancelled',
] as const satisfies readonly UpgradeStatus[];
