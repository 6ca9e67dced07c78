/**
 * Writes audit entries. Every write in every module calls `recordAudit` with
 * the same transaction as the change, so an audit row exists exactly when the
 * change was committed.
 */
import { auditLog } from '../db/schema/audit.js';
import type { Actor } from './access.js';
import type { Clock } from './clock.js';
import type { DbOrTx } from './db.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  customerId?: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_KEYS = new Set([
  'passwordHash',
  'password',
  'tokenHash',
  'csrfToken',
  'searchVector',
  'searchText',
]);

/** Drops secrets and derived search columns so the log never stores them. */
export function auditable(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(auditable);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, v]) => [k, auditable(v)]),
    );
  }
  return value;
}

export async function recordAudit(db: DbOrTx, clock: Clock, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: clock.now(),
    actorId: actor.via === 'system' ? null : actor.userId,
    actorName: actor.displayName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    customerId: entry.customerId ?? null,
    before: auditable(entry.before) as object | null,
    after: auditable(entry.after) as object | null,
    requestId: actor.requestId,
    ip: actor.ip,
  });
}
