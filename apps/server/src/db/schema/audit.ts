/** The audit log: one row per write, in the same transaction as the write. */
import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** The customer the change belongs to, so the customer page can show its timeline. */
    customerId: uuid('customer_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_at_idx').on(t.at.desc(), t.id.desc()),
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_customer_idx').on(t.customerId, t.at.desc()).where(sql`${t.customerId} is not null`),
    index('audit_actor_idx').on(t.actorId, t.at.desc()),
  ],
);
