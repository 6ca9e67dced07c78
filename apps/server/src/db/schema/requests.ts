/**
 * Service requests (SPEC §6): the request row carries everything a queue
 * page and an SLA sweep need without joins — the entitlement decision and the
 * targets it granted, the due instants, the pause bookkeeping and the
 * measured KPIs — so reports (SPEC §12) are queries, not reconstructions.
 * States are data (grouped in categories, like zammad) with an explicit
 * transition table; the flow code only knows the categories.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { contracts } from './contracts.js';
import { contacts, customers } from './customers.js';
import { teams, users } from './identity.js';
import { deployments, products, productVersions, warranties } from './products.js';
import { calendars, type Severity, slaPolicies } from './sla.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const requestChannels = ['portal', 'phone', 'email', 'chat', 'api'] as const;
export type RequestChannel = (typeof requestChannels)[number];

/** What a state means to the flow: open states run both clocks, pending pauses resolution. */
export const stateCategories = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export type StateCategory = (typeof stateCategories)[number];

export const coverages = ['contract', 'warranty', 'billable'] as const;
export type Coverage = (typeof coverages)[number];

export const rootCauseCategories = [
  'defect',
  'configuration',
  'hardware',
  'usage',
  'environment',
  'other',
] as const;
export type RootCauseCategory = (typeof rootCauseCategories)[number];

export const verificationStatuses = ['pending', 'confirmed', 'rejected'] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

export const requestStates = pgTable('request_states', {
  key: text('key').primaryKey(),
  category: text('category').$type<StateCategory>().notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull(),
  /** Shipped states cannot be deleted (the flow's defaults name them). */
  builtin: boolean('builtin').notNull().default(false),
});

export const requestTransitions = pgTable(
  'request_transitions',
  {
    fromState: text('from_state')
      .notNull()
      .references(() => requestStates.key, { onDelete: 'cascade' }),
    toState: text('to_state')
      .notNull()
      .references(() => requestStates.key, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.fromState, t.toState] })],
);

/** What resolving a request may require (closing with rigour). */
export const resolutionRequirements = ['answer', 'root_cause', 'closing_summary'] as const;
export type ResolutionRequirement = (typeof resolutionRequirements)[number];

/**
 * One rule: requests of these categories and severities (empty = any) need these to be resolved.
 * answer = a public reply or a solution; root_cause = the root-cause category; closing_summary =
 * the closing summary's cause and solution.
 */
export interface ResolutionRule {
  categories: string[];
  severities: Severity[];
  require: ResolutionRequirement[];
}

/** One row (id = 1): the service desk's tunables. */
export const serviceDeskSettings = pgTable('service_desk_settings', {
  id: integer('id').primaryKey().default(1),
  reopenWindowDays: integer('reopen_window_days').notNull().default(7),
  autoCloseDays: integer('auto_close_days').notNull().default(3),
  resolutionRules: jsonb('resolution_rules')
    .$type<ResolutionRule[]>()
    .notNull()
    // None by default: each desk decides what its closing needs (service-desk admin page).
    .default(sql`'[]'::jsonb`),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Request numbers: per-year display, one global sequence (numbers are unique without a per-year counter row to contend on). */
export const serviceRequestNumberSeq = pgSequence('service_request_number_seq', { startWith: 1 });

export const serviceRequests = pgTable(
  'service_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** SR-YYYY-NNNNNN from a sequence: unique, readable, gaps allowed (a rolled-back create burns a number). */
    number: text('number').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    deploymentId: uuid('deployment_id').references(() => deployments.id, { onDelete: 'set null' }),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    productVersionId: uuid('product_version_id').references(() => productVersions.id, {
      onDelete: 'set null',
    }),
    channel: text('channel').$type<RequestChannel>().notNull(),
    category: text('category').notNull(),
    severity: text('severity').$type<Severity>().notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    environment: text('environment'),
    reproductionSteps: text('reproduction_steps'),
    impactScope: text('impact_scope'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),

    state: text('state')
      .notNull()
      .references(() => requestStates.key),
    /** Denormalised from the state: the queue filters and the sweep index on it. */
    stateCategory: text('state_category').$type<StateCategory>().notNull(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    /** 1 customer service, 2 technical support, 3 experts (SPEC §1, §6). */
    tier: integer('tier').notNull().default(1),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),

    // The entitlement decision at intake (or at the last policy change).
    coverage: text('coverage').$type<Coverage>().notNull(),
    contractId: uuid('contract_id').references(() => contracts.id, { onDelete: 'set null' }),
    warrantyId: uuid('warranty_id').references(() => warranties.id, { onDelete: 'set null' }),
    feeCategory: text('fee_category'),
    /** The entitlement result with its reasons, as shown to the agent. */
    entitlement: jsonb('entitlement').$type<Record<string, unknown>>().notNull(),
    slaPolicyId: uuid('sla_policy_id').references(() => slaPolicies.id, { onDelete: 'restrict' }),
    slaPolicyVersion: integer('sla_policy_version'),
    calendarId: uuid('calendar_id').references(() => calendars.id, { onDelete: 'restrict' }),
    /** The calendar each target counts on (a policy may run L1 response on 7×24, the rest on business hours). */
    responseCalendarId: uuid('response_calendar_id').references(() => calendars.id, { onDelete: 'restrict' }),
    resolutionCalendarId: uuid('resolution_calendar_id').references(() => calendars.id, {
      onDelete: 'restrict',
    }),
    /** Working minutes; null = no target. */
    responseTargetMinutes: integer('response_target_minutes'),
    resolutionTargetMinutes: integer('resolution_target_minutes'),
    warningPercent: integer('warning_percent').notNull().default(75),

    // Clocks. Due and warning instants are computed on the policy's calendar.
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    responseWarnAt: timestamp('response_warn_at', { withTimezone: true }),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }),
    resolutionWarnAt: timestamp('resolution_warn_at', { withTimezone: true }),
    /** Null while paused (waiting for the customer) or without a target. */
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    /** Working seconds spent paused so far (seconds: pauses need not start on a whole minute); the resolution due is received + target + this. */
    pausedWorkingSeconds: integer('paused_working_seconds').notNull().default(0),
    /** The earliest pending warning/breach instant; the SLA sweep's index. Null when nothing is pending. */
    nextSlaCheckAt: timestamp('next_sla_check_at', { withTimezone: true }),
    responseWarnedAt: timestamp('response_warned_at', { withTimezone: true }),
    responseBreachedAt: timestamp('response_breached_at', { withTimezone: true }),
    resolutionWarnedAt: timestamp('resolution_warned_at', { withTimezone: true }),
    resolutionBreachedAt: timestamp('resolution_breached_at', { withTimezone: true }),

    // Measured KPIs (SPEC §12).
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    firstResponseCalendarMinutes: integer('first_response_calendar_minutes'),
    firstResponseWorkingMinutes: integer('first_response_working_minutes'),
    responseMet: boolean('response_met'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolutionCalendarMinutes: integer('resolution_calendar_minutes'),
    /** Working minutes from receipt to resolution, paused time excluded. */
    resolutionWorkingMinutes: integer('resolution_working_minutes'),
    resolutionMet: boolean('resolution_met'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    reopenCount: integer('reopen_count').notNull().default(0),
    breachCount: integer('breach_count').notNull().default(0),

    // Case tracking ([002 §3.3, §3.5]).
    rootCauseCategory: text('root_cause_category').$type<RootCauseCategory>(),
    analysisNotes: text('analysis_notes'),
    workaround: text('workaround'),
    fixDescription: text('fix_description'),
    fixVersionId: uuid('fix_version_id').references(() => productVersions.id, { onDelete: 'set null' }),
    verificationStatus: text('verification_status').$type<VerificationStatus>(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verificationNote: text('verification_note'),
    closingCause: text('closing_cause'),
    closingSolution: text('closing_solution'),
    closingPrevention: text('closing_prevention'),
    mergedIntoId: uuid('merged_into_id'),

    /** Jieba tokens of number, subject, description (public text only: internal notes never feed search). */
    searchVector: tsvector('search_vector').notNull(),
    imported: boolean('imported').notNull().default(false),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('service_requests_number_uq').on(t.number),
    index('service_requests_customer_idx').on(t.customerId, t.receivedAt.desc()),
    index('service_requests_assignee_idx').on(t.assigneeId, t.stateCategory),
    index('service_requests_team_idx').on(t.teamId, t.stateCategory),
    // The queue pages order open work by the nearest due instant.
    index('service_requests_open_due_idx')
      .on(t.resolutionDueAt, t.id)
      .where(sql`${t.stateCategory} in ('new', 'open', 'pending')`),
    // The at-risk and waiting tabs are small slices of the open work: walking the open queue for them
    // read 30-40k index entries at 1M requests (bench/README.md, 66 ms and 55 ms); these read 51.
    index('service_requests_at_risk_idx')
      .on(t.resolutionDueAt, t.id)
      .where(
        sql`${t.stateCategory} in ('new', 'open', 'pending') and (${t.responseWarnedAt} is not null or ${t.resolutionWarnedAt} is not null) and ${t.responseBreachedAt} is null and ${t.resolutionBreachedAt} is null`,
      ),
    // "Mine" by due: an agent holds 1-3% of the open work, so the open queue is walked 30-100 rows per hit
    // (10-18 ms at 1M requests); this reads the agent's own open requests in due order.
    index('service_requests_assignee_open_due_idx')
      .on(t.assigneeId, t.resolutionDueAt, t.id)
      .where(sql`${t.stateCategory} in ('new', 'open', 'pending')`),
    // The console's tab counts (one call, GET /requests/counts) and the unassigned/breached tabs by due: both
    // are slices of the open work that the open queue index would walk tens of thousands of entries for.
    index('service_requests_unassigned_idx')
      .on(t.resolutionDueAt, t.id)
      .where(sql`${t.stateCategory} in ('new', 'open', 'pending') and ${t.assigneeId} is null`),
    index('service_requests_breached_idx')
      .on(t.resolutionDueAt, t.id)
      .where(
        sql`${t.stateCategory} in ('new', 'open', 'pending') and (${t.responseBreachedAt} is not null or ${t.resolutionBreachedAt} is not null)`,
      ),
    index('service_requests_waiting_idx')
      .on(t.resolutionDueAt, t.id)
      .where(sql`${t.stateCategory} = 'pending'`),
    index('service_requests_received_idx').on(t.receivedAt.desc(), t.id.desc()),
    index('service_requests_sla_check_idx').on(t.nextSlaCheckAt).where(sql`${t.nextSlaCheckAt} is not null`),
    index('service_requests_search_idx').using('gin', t.searchVector),
  ],
);

export const requestRelationKinds = ['duplicate_of', 'caused_by', 'related'] as const;
export type RequestRelationKind = (typeof requestRelationKinds)[number];

export const requestRelations = pgTable(
  'request_relations',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    relatedId: uuid('related_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<RequestRelationKind>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.relatedId, t.kind] }),
    index('request_relations_related_idx').on(t.relatedId),
  ],
);

export const slaTargetKinds = ['response', 'resolution'] as const;
export type SlaTargetKind = (typeof slaTargetKinds)[number];
export const slaEventKinds = ['warning', 'breach'] as const;
export type SlaEventKind = (typeof slaEventKinds)[number];

/**
 * Fired SLA warnings and breaches. The unique key (request, target, kind, due
 * instant) is what makes each fire exactly once across sweeps, processes and
 * restarts; a recomputed due instant is a new key, so it may fire again.
 */
export const slaEvents = pgTable(
  'sla_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    target: text('target').$type<SlaTargetKind>().notNull(),
    kind: text('kind').$type<SlaEventKind>().notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    firedAt: timestamp('fired_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('sla_events_uq').on(t.requestId, t.target, t.kind, t.dueAt)],
);

export const assignmentModes = ['manual', 'round_robin', 'least_loaded'] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

/** A queue = a service team (its tier is the team's). How new work in it is assigned. */
export const teamQueues = pgTable('team_queues', {
  teamId: uuid('team_id')
    .primaryKey()
    .references(() => teams.id, { onDelete: 'cascade' }),
  mode: text('mode').$type<AssignmentMode>().notNull().default('manual'),
  /** Round-robin pointer: the agent who got the last request. */
  lastAssignedId: uuid('last_assigned_id'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Agent availability (absent agents are skipped by automatic assignment). Skills live on users.skills (product ids). */
export const agentAvailability = pgTable('agent_availability', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  available: boolean('available').notNull().default(true),
  /** Optional: absent until this instant, then available again. */
  absentUntil: timestamp('absent_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** An agent's saved console view: a name and the filter set of the list endpoint. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('saved_views_user_name_uq').on(t.userId, t.name)],
);
