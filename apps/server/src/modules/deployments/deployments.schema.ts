/** The HTTP contract of deployments, their version history and planned upgrades. */
import { z } from 'zod';
import { environments, upgradeKinds, upgradeStatuses } from '../../db/schema/products.js';
import { instant, isoDate, optionalText } from '../../platform/fields.js';

export const idParams = z.strictObject({ id: z.uuid() });

// ---- deployments ----

export const deploymentCreateBody = z.strictObject({
  customerId: z.uuid(),
  productId: z.uuid(),
  versionId: z.uuid(),
  environment: z.enum(environments).default('production'),
  goLiveDate: isoDate.nullish(),
  /** Setting it creates the warranty (start = this date unless adjusted later). */
  acceptanceDate: isoDate.nullish(),
  notes: optionalText(5000),
});
export type DeploymentCreate = z.infer<typeof deploymentCreateBody>;

export const deploymentPatchBody = z.strictObject({
  environment: z.enum(environments).optional(),
  goLiveDate: isoDate.nullable().optional(),
  acceptanceDate: isoDate.nullable().optional(),
  notes: optionalText(5000).optional(),
});
export type DeploymentPatch = z.infer<typeof deploymentPatchBody>;

export const directUpgradeBody = z.strictObject({
  toVersionId: z.uuid(),
  /** emergency: a fix for a severe defect or vulnerability outside a planned window. */
  kind: z.enum(['planned', 'emergency']).default('planned'),
  note: optionalText(2000),
});
export type DirectUpgrade = z.infer<typeof directUpgradeBody>;

export const deploymentSorts = ['-createdAt', 'createdAt'] as const;

export const deploymentFilterQuery = z.strictObject({
  productId: z.uuid().optional(),
  versionId: z.uuid().optional(),
  environment: z.enum(environments).optional(),
  sort: z.enum(deploymentSorts).default('-createdAt'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const deploymentListQuery = deploymentFilterQuery.extend({ customerId: z.uuid().optional() });
export type DeploymentListQuery = z.infer<typeof deploymentListQuery>;

const warrantySummary = z.object({
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(['not_started', 'in_force', 'expired']),
  daysLeft: z.number().int(),
});

export const deploymentResponse = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  customerName: z.string(),
  productId: z.uuid(),
  productName: z.string(),
  productCode: z.string(),
  critical: z.boolean(),
  versionId: z.uuid(),
  versionName: z.string(),
  environment: z.enum(environments),
  goLiveDate: z.string().nullable(),
  acceptanceDate: z.string().nullable(),
  notes: z.string().nullable(),
  /** Null until the deployment has an acceptance date. */
  warranty: warrantySummary.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeploymentDto = z.infer<typeof deploymentResponse>;

export const deploymentPageResponse = z.object({
  items: z.array(deploymentResponse),
  nextCursor: z.string().nullable(),
});

export const historyEntry = z.object({
  id: z.uuid(),
  fromVersionId: z.uuid().nullable(),
  fromVersionName: z.string().nullable(),
  toVersionId: z.uuid(),
  toVersionName: z.string(),
  at: z.string(),
  byUserId: z.uuid().nullable(),
  byName: z.string(),
  kind: z.enum(upgradeKinds),
  note: z.string().nullable(),
  plannedUpgradeId: z.uuid().nullable(),
});
export type HistoryEntryDto = z.infer<typeof historyEntry>;
export const historyResponse = z.object({ items: z.array(historyEntry) });

// ---- planned upgrades ----

export const upgradeCreateBody = z.strictObject({
  targetVersionId: z.uuid(),
  /** The day the customer is to be notified by; required unless emergency. */
  noticeDate: isoDate.nullish(),
  windowStart: instant,
  windowEnd: instant,
  emergency: z.boolean().default(false),
  preparationGuide: optionalText(20000),
  notes: optionalText(5000),
});
export type UpgradeCreate = z.infer<typeof upgradeCreateBody>;

export const upgradePatchBody = z.strictObject({
  targetVersionId: z.uuid().optional(),
  noticeDate: isoDate.nullable().optional(),
  windowStart: instant.optional(),
  windowEnd: instant.optional(),
  emergency: z.boolean().optional(),
  preparationGuide: optionalText(20000).optional(),
  notes: optionalText(5000).optional(),
  /** Editable in every state: what was checked with the customer afterwards. */
  followUp: optionalText(5000).optional(),
});
export type UpgradePatch = z.infer<typeof upgradePatchBody>;

export const transitionBody = z.strictObject({
  status: z.enum(['notified', 'in_progress', 'done', 'cancelled']),
  /** Kept in the audit log; on done also on the version history row. */
  note: optionalText(2000),
});
export type TransitionInput = z.infer<typeof transitionBody>;

const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(upgradeStatuses)).max(5))
  .optional();

export const upgradeListQuery = z.strictObject({
  status: statusList,
  customerId: z.uuid().optional(),
  emergency: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Windows starting at or after this instant. */
  windowFrom: instant.optional(),
  /** Windows starting before this instant. */
  windowTo: instant.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type UpgradeListQuery = z.infer<typeof upgradeListQuery>;

export const upgradeResponse = z.object({
  id: z.uuid(),
  deploymentId: z.uuid(),
  customerId: z.uuid(),
  customerName: z.string(),
  productId: z.uuid(),
  productName: z.string(),
  environment: z.enum(environments),
  currentVersionId: z.uuid(),
  currentVersionName: z.string(),
  targetVersionId: z.uuid(),
  targetVersionName: z.string(),
  noticeDate: z.string().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  status: z.enum(upgradeStatuses),
  emergency: z.boolean(),
  preparationGuide: z.string().nullable(),
  notes: z.string().nullable(),
  followUp: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  /** The statuses this upgrade may move to next. */
  nextStatuses: z.array(z.enum(upgradeStatuses)),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UpgradeDto = z.infer<typeof upgradeResponse>;

export const upgradePageResponse = z.object({
  items: z.array(upgradeResponse),
  nextCursor: z.string().nullable(),
});
