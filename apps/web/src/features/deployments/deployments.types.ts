/** Shapes of the deployments API (see apps/server/src/modules/deployments/deployments.schema.ts). */
import type { WarrantyStatus } from '../warranties/warranties.types';

export const environments = ['production', 'test'] as const;
export type Environment = (typeof environments)[number];
export type UpgradeKind = 'initial' | 'planned' | 'emergency';
export const upgradeStatuses = ['planned', 'notified', 'in_progress', 'done', 'cancelled'] as const;
export type UpgradeStatus = (typeof upgradeStatuses)[number];

export interface Deployment {
  id: string;
  customerId: string;
  customerName: string;
  productId: string;
  productName: string;
  productCode: string;
  critical: boolean;
  versionId: string;
  versionName: string;
  environment: Environment;
  goLiveDate: string | null;
  acceptanceDate: string | null;
  notes: string | null;
  /** Null until the deployment has an acceptance date. */
  warranty: { startDate: string; endDate: string; status: WarrantyStatus; daysLeft: number } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentInput {
  customerId: string;
  productId: string;
  versionId: string;
  environment: Environment;
  goLiveDate: string | null;
  acceptanceDate: string | null;
  notes: string | null;
}

export type DeploymentPatch = Partial<
  Pick<DeploymentInput, 'environment' | 'goLiveDate' | 'acceptanceDate' | 'notes'>
>;

export interface HistoryEntry {
  id: string;
  fromVersionId: string | null;
  fromVersionName: string | null;
  toVersionId: string;
  toVersionName: string;
  at: string;
  byUserId: string | null;
  byName: string;
  kind: UpgradeKind;
  note: string | null;
  plannedUpgradeId: string | null;
}

export interface PlannedUpgrade {
  id: string;
  deploymentId: string;
  currentVersionName: string;
  targetVersionId: string;
  targetVersionName: string;
  noticeDate: string | null;
  windowStart: string;
  windowEnd: string;
  status: UpgradeStatus;
  emergency: boolean;
  preparationGuide: string | null;
  notes: string | null;
  followUp: string | null;
  notifiedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  /** The statuses this upgrade may move to next. */
  nextStatuses: UpgradeStatus[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlannedUpgradeInput {
  targetVersionId: string;
  noticeDate: string | null;
  windowStart: string;
  windowEnd: string;
  emergency: boolean;
  preparationGuide: string | null;
  notes: string | null;
}
