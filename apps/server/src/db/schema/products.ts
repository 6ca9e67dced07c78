/**
 * Products (产品), their versions, deployments at customers (部署/交付) with
 * their version history and planned upgrades, and the warranty (质保期) of
 * each deployment. SPEC §3 and §5.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customers } from './customers.js';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull();
/** Optimistic-concurrency version of the row (If-Match / ETag). */
const rowVersion = () => integer('version').notNull().default(1);

export const products = pgTable(
  'products',
  {
    id: id(),
    /** Short unique code, upper-cased (e.g. HT-CRM). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** Critical or highly complex system: 24-month standard warranty instead of 12 (SPEC §5). */
    critical: boolean('critical').notNull().default(false),
    /** Inactive products stay in history but get no new deployments. */
    active: boolean('active').notNull().default(true),
    version: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('products_code_uq').on(t.code),
    index('products_name_idx').on(t.name, t.id),
    index('products_created_idx').on(t.createdAt.desc(), t.id.desc()),
  ],
);

export const productVersions = pgTable(
  'product_versions',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** The version string, e.g. 7.2.0 (unique per product). */
    name: text('name').notNull(),
    releaseDate: date('release_date', { mode: 'string' }),
    releaseNotes: text('release_notes'),
    /** Defect ids or titles fixed in this version. */
    fixedDefects: text('fixed_defects').array().notNull().default(sql`'{}'::text[]`),
    /** Security fixes (CVE ids or advisories) in this version. */
    securityFixes: text('security_fixes').array().notNull().default(sql`'{}'::text[]`),
    version: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('product_versions_name_uq').on(t.productId, t.name),
    index('product_versions_release_idx').on(t.productId, t.releaseDate.desc()),
  ],
);

export const environments = ['production', 'test'] as const;
export type Environment = (typeof environments)[number];

export const deployments = pgTable(
  'deployments',
  {
    id: id(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    /** The version running now; its past is in deployment_versions. */
    versionId: uuid('version_id')
      .notNull()
      .references(() => productVersions.id),
    environment: text('environment').$type<Environment>().notNull(),
    goLiveDate: date('go_live_date', { mode: 'string' }),
    acceptanceDate: date('acceptance_date', { mode: 'string' }),
    notes: text('notes'),
    version: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('deployments_customer_idx').on(t.customerId, t.createdAt.desc()),
    index('deployments_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('deployments_product_idx').on(t.productId),
    index('deployments_version_idx').on(t.versionId),
  ],
);

export const upgradeKinds = ['initial', 'planned', 'emergency'] as const;
export type UpgradeKind = (typeof upgradeKinds)[number];

/** Every version a deployment ran: one row at creation ('initial') and one per upgrade. */
export const deploymentVersions = pgTable(
  'deployment_versions',
  {
    id: id(),
    deploymentId: uuid('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    fromVersionId: uuid('from_version_id').references(() => productVersions.id),
    toVersionId: uuid('to_version_id')
      .notNull()
      .references(() => productVersions.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Who did it (no foreign key: system jobs act as a user that has no row). */
    byUserId: uuid('by_user_id'),
    byName: text('by_name').notNull(),
    kind: text('kind').$type<UpgradeKind>().notNull(),
    note: text('note'),
    /** The planned upgrade whose completion made this change, if any. */
    plannedUpgradeId: uuid('planned_upgrade_id'),
  },
  (t) => [index('deployment_versions_deployment_idx').on(t.deploymentId, t.at.desc())],
);

export const upgradeStatuses = ['planned', 'notified', 'in_progress', 'done', 'cancelled'] as const;
export type UpgradeStatus = (typeof upgradeStatuses)[number];

export const plannedUpgrades = pgTable(
  'planned_upgrades',
  {
    id: id(),
    deploymentId: uuid('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    targetVersionId: uuid('target_version_id')
      .notNull()
      .references(() => productVersions.id),
    /** The day the customer must be told by (advance notice, SPEC §3). */
    noticeDate: date('notice_date', { mode: 'string' }),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
    status: text('status').$type<UpgradeStatus>().notNull().default('planned'),
    /** Emergency upgrade for a severe defect or vulnerability: may skip the notice step. */
    emergency: boolean('emergency').notNull().default(false),
    preparationGuide: text('preparation_guide'),
    notes: text('notes'),
    /** Follow-up after the upgrade (what was checked with the customer). */
    followUp: text('follow_up'),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    version: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('planned_upgrades_deployment_idx').on(t.deploymentId, t.windowStart.desc()),
    index('planned_upgrades_window_idx').on(t.windowStart, t.id),
  ],
);

export const coverageTypes = ['bug_fix', 'functional_update', 'performance', 'security_fix'] as const;
export type CoverageType = (typeof coverageTypes)[number];

/**
 * The warranty of one deployment. `endDate` is derived from start and months
 * (see modules/warranties/warranty-term.ts) and stored so that "expiring
 * within N days" is an indexed range query; it is rewritten whenever start or
 * months change. Status and days left depend on today and are computed on read.
 */
export const warranties = pgTable(
  'warranties',
  {
    id: id(),
    deploymentId: uuid('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    /** Copied from the deployment (which never changes customer) so scope and filters need no join. */
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** True while the start date follows the deployment's acceptance date (not overridden). */
    startFromAcceptance: boolean('start_from_acceptance').notNull().default(true),
    months: integer('months').notNull(),
    /** Inclusive last day in force (Asia/Shanghai calendar date). */
    endDate: date('end_date', { mode: 'string' }).notNull(),
    coverage: text('coverage').array().$type<CoverageType[]>().notNull(),
    notes: text('notes'),
    version: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('warranties_deployment_uq').on(t.deploymentId),
    index('warranties_end_idx').on(t.endDate, t.id),
    index('warranties_customer_idx').on(t.customerId, t.endDate),
  ],
);
