/**
 * The generic approval engine (审批): a request on a subject (a contract, a
 * change request, later customizations and UAT sign-offs) with ordered steps,
 * each decided by a user holding the step's role. Decisions are kept forever.
 */
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const approvalStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];
export const approvalDecisions = ['approve', 'reject'] as const;
export type ApprovalDecision = (typeof approvalDecisions)[number];

export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Which use case owns the outcome (e.g. contract_review, change_request). */
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The customer the subject belongs to, for audit rows and scope. */
    customerId: uuid('customer_id'),
    title: text('title').notNull(),
    /** Approver role keys, in order. */
    steps: text('steps').array().notNull(),
    /** Index into steps of the step awaiting a decision. */
    currentStep: integer('current_step').notNull().default(0),
    status: text('status').$type<ApprovalStatus>().notNull().default('pending'),
    requestedBy: uuid('requested_by'),
    requestedByName: text('requested_by_name').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('approval_requests_subject_idx').on(t.subjectType, t.subjectId, t.createdAt.desc()),
    index('approval_requests_pending_idx').on(t.status, t.createdAt.desc(), t.id.desc()),
  ],
);

export const approvalDecisionRows = pgTable(
  'approval_decisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => approvalRequests.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    roleKey: text('role_key').notNull(),
    userId: uuid('user_id'),
    userName: text('user_name').notNull(),
    decision: text('decision').$type<ApprovalDecision>().notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('approval_decisions_request_idx').on(t.requestId, t.step)],
);
