/** SQL for notifications and the outbox. */
import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { roles, users } from '../../db/schema/identity.js';
import { notifications, outbox } from '../../db/schema/notifications.js';
import type { DbOrTx } from '../../platform/db.js';

/** The Postgres channel every process LISTENs on; the payload is {userId, id} (well under the 8 kB limit). */
export const NOTIFY_CHANNEL = 'aftercare_notifications';

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  data: notifications.data,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

export async function insertNotifications(db: DbOrTx, values: (typeof notifications.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db
    .insert(notifications)
    .values(values)
    .returning({ ...columns, userId: notifications.userId });
}

export async function insertOutbox(db: DbOrTx, values: (typeof outbox.$inferInsert)[]) {
  if (values.length > 0) await db.insert(outbox).values(values);
}

/** Wakes the live streams of every server process; delivered only when the transaction commits. */
export async function signalNew(db: DbOrTx, userId: string, id: string) {
  await db.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${JSON.stringify({ userId, id })})`);
}

export async function listForUser(
  db: DbOrTx,
  userId: string,
  unreadOnly: boolean,
  after: { at: string; id: string } | undefined,
  limit: number,
) {
  const conds: SQL[] = [eq(notifications.userId, userId)];
  if (unreadOnly) conds.push(isNull(notifications.readAt));
  if (after)
    conds.push(
      sql`(${notifications.createdAt}, ${notifications.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  return db
    .select(columns)
    .from(notifications)
    .where(and(...conds))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
}

export async function findForUser(db: DbOrTx, userId: string, id: string) {
  const rows = await db
    .select(columns)
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .limit(1);
  return rows[0];
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: DbOrTx, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(db: DbOrTx, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * The recipients' interface languages (users.locale), read to render their notifications. Identity is
 * read here, never written, as auth does for sessions: who to tell and in which language is this
 * module's concern.
 */
export async function localesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.locale]));
}

export async function roleMemberIds(db: DbOrTx, roleKeys: string[]): Promise<string[]> {
  if (!roleKeys.length) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(and(inArray(roles.key, roleKeys), eq(users.disabled, false)))
    .orderBy(users.id);
  return rows.map((r) => r.id);
}
