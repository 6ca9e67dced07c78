/**
 * Contracts (合同, SPEC §4): the header, its terms as versioned data
 * (contract_terms: a change request appends a version, none is rewritten),
 * change requests, documents and renewal tasks.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customers } from './customers.js';
import { users } from './identity.js';

export const contractTypes = ['implementation', 'maintenance', 'uat', 'memorandum'] as const;
export type ContractType = (typeof contractTypes)[number];
export const contractStates = [
  'draft',
  'in_review',
  'active',
  'expiring',
  'expired',
  'renewed',
  'terminated',
] as const;
export type ContractState = (typeof contractStates)[number];

export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** User-given, unique (e.g. HT-2026-001). */
    number: text('number').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    type: text('type').$type<ContractType>().notNull(),
    title: text('title').notNull(),
    /** CNY, exact: never a float anywhere (string in TypeScript and the API). */
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'string' }).notNull(),
    signedDate: date('signed_date', { mode: 'string' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** Inclusive last day (Asia/Shanghai calendar date). */
    endDate: date('end_date', { mode: 'string' }).notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** The contract this one renews. */
    parentId: uuid('parent_id').references((): AnyPgColumn => contracts.id, { onDelete: 'set null' }),
    state: text('state').$type<ContractState>().notNull().default('draft'),
    terminationReason: text('termination_reason'),
    /** The current terms version (contract_terms). */
    termsVersion: integer('terms_version').notNull().default(1),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('contracts_number_uq').on(t.number),
    index('contracts_customer_idx').on(t.customerId, t.endDate),
    index('contracts_end_idx').on(t.endDate, t.id),
    index('contracts_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('contracts_state_idx').on(t.state, t.endDate),
  ],
);

export const contractTerms = pgTable(
  'contract_terms',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    /** Validated by contracts.terms.ts `termsSchema` on every write. */
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by'),
    changeRequestId: uuid('change_request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.version] })],
);

export const changeRequestStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ChangeRequestStatus = (typeof changeRequestStatuses)[number];

export const contractChangeRequests = pgTable(
  'contract_change_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<ChangeRequestStatus>().notNull().default('pending'),
    approvalId: uuid('approval_id'),
    /** The terms version the approval created. */
    resultingVersion: integer('resulting_version'),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('contract_change_requests_contract_idx').on(t.contractId, t.createdAt.desc())],
);

export const contractDocuments = pgTable(
  'contract_documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** File name under DATA_DIR/documents/<contract id>/ (a uuid, never the user's name). */
    storageKey: uuid('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedByName: text('uploaded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('contract_documents_contract_idx').on(t.contractId, t.createdAt)],
);

/** One renewal evaluation per contract (SPEC §4), opened 90/60/30 days before the end. */
export const renewalTasks = pgTable(
  'renewal_tasks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    ownerId: uuid('owner_id'),
    /** The contract end date the task is about. */
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** The milestone (90, 60 or 30 days before the end) at which the scan opened it. */
    openedAtDays: integer('opened_at_days').notNull(),
    status: text('status').$type<'open' | 'in_progress' | 'done' | 'dropped'>().notNull().default('open'),
    /** Free-text outcome of the evaluation (why dropped, what was agreed). */
    note: text('note'),
    /** The renewal contract signed as the outcome. */
    newContractId: uuid('new_contract_id').references(() => contracts.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('renewal_tasks_contract_uq').on(t.contractId)],
);
