/**
 * The background job queue (platform/jobs). A job's `key` is unique, so
 * enqueueing the same key twice is a no-op: that is what makes a timer's
 * effect happen exactly once across processes and restarts.
 */
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** queued → running → done; a failed attempt waits in 'failed' for its retry; 'dead' after max_attempts. */
export const jobStatuses = ['queued', 'running', 'done', 'failed', 'dead'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull().unique(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    status: text('status').$type<JobStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    /** The lease: a running job whose lease has passed belongs to a crashed process and may be reclaimed. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    // The poll query: due queued/failed jobs by run_at, and running jobs with an expired lease.
    index('jobs_due_idx').on(t.status, t.runAt),
    index('jobs_kind_run_at_idx').on(t.kind, t.runAt.desc()),
  ],
);
