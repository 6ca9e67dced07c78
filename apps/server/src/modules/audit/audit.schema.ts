import { z } from 'zod';
import { instantString } from '../../platform/fields.js';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.date(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  customerId: z.uuid().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  /** The entity's name or number now (null when it is gone or has none), for sentences instead of UUIDs. */
  entityName: z.string().nullable(),
  /** The English name where the entity has one of its own (teams, roles). */
  entityNameEn: z.string().nullable(),
  /** The stable key of a built-in entity (calendar, SLA policy): readers see its translated name. */
  entityKey: z.string().nullable(),
  /** The record whose page shows this entity (the request of a reply, the contract of a document). */
  parentId: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const listAuditQuery = z.strictObject({
  actorId: z.uuid().optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  customerId: z.uuid().optional(),
  from: instantString.optional(),
  to: instantString.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
