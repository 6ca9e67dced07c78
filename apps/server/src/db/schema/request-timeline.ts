/**
 * What happens on a request, in order: public replies (the customer sees
 * them), internal notes (never shown to customer roles), system events
 * (state, assignment, escalation, SLA), attachments and time entries.
 * Ten million rows are expected: the id is a bigint identity and the one
 * access path is (request, id).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.js';
import { serviceRequests } from './requests.js';

export const timelineKinds = ['reply', 'note', 'event'] as const;
export type TimelineKind = (typeof timelineKinds)[number];
export const visibilities = ['public', 'internal'] as const;
export type Visibility = (typeof visibilities)[number];

export const requestTimeline = pgTable(
  'request_timeline',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TimelineKind>().notNull(),
    /** Notes are always internal; events are internal unless the customer should see them (state changes). */
    visibility: text('visibility').$type<Visibility>().notNull(),
    /** Null for system events and automatic messages. */
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Sanitized HTML (replies and notes). */
    body: text('body').notNull().default(''),
    /** Events: what happened (state_changed, assigned, escalated, sla_warning, sla_breach, due_recomputed...). */
    event: text('event'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** A system auto-acknowledgement is a public reply that does not stop the response clock. */
    automatic: boolean('automatic').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_timeline_request_idx').on(t.requestId, t.id)],
);

export const requestAttachments = pgTable(
  'request_attachments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    /** The reply or note it came with; internal when that entry is internal. */
    timelineId: bigint('timeline_id', { mode: 'number' }).references(() => requestTimeline.id, {
      onDelete: 'set null',
    }),
    visibility: text('visibility').$type<Visibility>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Relative to DATA_DIR. */
    storagePath: text('storage_path').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_attachments_request_idx').on(t.requestId, t.createdAt)],
);

export const timeEntries = pgTable(
  'time_entries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    minutes: integer('minutes').notNull(),
    /** Billable to the customer, or covered by the contract/warranty. */
    billable: boolean('billable').notNull(),
    note: text('note'),
    /** The Asia/Shanghai date the work was done. */
    workDate: date('work_date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('time_entries_request_idx').on(t.requestId, t.createdAt)],
);
