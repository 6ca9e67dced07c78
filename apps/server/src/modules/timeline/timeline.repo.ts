/**
 * SQL of the timeline module. Every read takes `publicOnly`: customer roles
 * pass true and the filter is part of the query, so an internal row is never
 * loaded for them (entries, attachments, counts alike).
 */
import { and, asc, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { users } from '../../db/schema/identity.js';
import { requestAttachments, requestTimeline, timeEntries } from '../../db/schema/request-timeline.js';
import type { DbOrTx } from '../../platform/db.js';

export type AttachmentRow = typeof requestAttachments.$inferSelect & { uploadedByName: string | null };
export type EntryRow = typeof requestTimeline.$inferSelect & { authorName: string | null };
export type TimeEntryRow = typeof timeEntries.$inferSelect & { userName: string };

const visibleEntry = (requestId: string, publicOnly: boolean): SQL =>
  and(
    eq(requestTimeline.requestId, requestId),
    publicOnly ? eq(requestTimeline.visibility, 'public') : undefined,
  ) as SQL;

const visibleAttachment = (requestId: string, publicOnly: boolean): SQL =>
  and(
    eq(requestAttachments.requestId, requestId),
    publicOnly ? eq(requestAttachments.visibility, 'public') : undefined,
  ) as SQL;

/** A page of entries oldest → newest, after the entry id `afterId` (keyset on the (request, id) index). */
export async function listEntries(
  db: DbOrTx,
  requestId: string,
  opts: { afterId: number | undefined; limit: number; publicOnly: boolean },
): Promise<EntryRow[]> {
  return db
    .select({ entry: requestTimeline, authorName: users.displayName })
    .from(requestTimeline)
    .leftJoin(users, eq(users.id, requestTimeline.authorId))
    .where(
      and(
        visibleEntry(requestId, opts.publicOnly),
        opts.afterId !== undefined ? gt(requestTimeline.id, opts.afterId) : undefined,
      ),
    )
    .orderBy(asc(requestTimeline.id))
    .limit(opts.limit)
    .then((rows) => rows.map((r) => ({ ...r.entry, authorName: r.authorName })));
}

export async function countEntries(db: DbOrTx, requestId: string, publicOnly: boolean) {
  const [entries] = await db
    .select({
      replies: sql<number>`count(*) filter (where ${requestTimeline.kind} = 'reply')`.mapWith(Number),
      notes: sql<number>`count(*) filter (where ${requestTimeline.kind} = 'note')`.mapWith(Number),
      events: sql<number>`count(*) filter (where ${requestTimeline.kind} = 'event')`.mapWith(Number),
    })
    .from(requestTimeline)
    .where(visibleEntry(requestId, publicOnly));
  const [files] = await db
    .select({ attachments: sql<number>`count(*)`.mapWith(Number) })
    .from(requestAttachments)
    .where(visibleAttachment(requestId, publicOnly));
  return { ...entries!, attachments: files!.attachments };
}

const attachmentColumns = { attachment: requestAttachments, uploadedByName: users.displayName };
const toAttachment = (r: {
  attachment: typeof requestAttachments.$inferSelect;
  uploadedByName: string | null;
}) => ({
  ...r.attachment,
  uploadedByName: r.uploadedByName,
});

/** Attachments of some entries of a request, oldest first. */
export async function attachmentsOfEntries(
  db: DbOrTx,
  requestId: string,
  timelineIds: number[],
  publicOnly: boolean,
): Promise<AttachmentRow[]> {
  if (timelineIds.length === 0) return [];
  const rows = await db
    .select(attachmentColumns)
    .from(requestAttachments)
    .leftJoin(users, eq(users.id, requestAttachments.uploadedBy))
    .where(and(visibleAttachment(requestId, publicOnly), inArray(requestAttachments.timelineId, timelineIds)))
    .orderBy(asc(requestAttachments.createdAt), asc(requestAttachments.id));
  return rows.map(toAttachment);
}

/** Every attachment of a request the caller may see, oldest first. */
export async function listAttachments(db: DbOrTx, requestId: string, publicOnly: boolean) {
  const rows = await db
    .select(attachmentColumns)
    .from(requestAttachments)
    .leftJoin(users, eq(users.id, requestAttachments.uploadedBy))
    .where(visibleAttachment(requestId, publicOnly))
    .orderBy(asc(requestAttachments.createdAt), asc(requestAttachments.id));
  return rows.map(toAttachment);
}

export async function findAttachment(
  db: DbOrTx,
  requestId: string,
  attachmentId: string,
  publicOnly: boolean,
): Promise<AttachmentRow | undefined> {
  const rows = await db
    .select(attachmentColumns)
    .from(requestAttachments)
    .leftJoin(users, eq(users.id, requestAttachments.uploadedBy))
    .where(and(visibleAttachment(requestId, publicOnly), eq(requestAttachments.id, attachmentId)))
    .limit(1);
  return rows[0] ? toAttachment(rows[0]) : undefined;
}

export async function insertAttachment(db: DbOrTx, values: typeof requestAttachments.$inferInsert) {
  const [row] = await db.insert(requestAttachments).values(values).returning();
  return row!;
}

/**
 * Links the caller's own not-yet-linked uploads to a new entry; they take the
 * entry's visibility. Returns the linked rows (fewer than asked = some ids were
 * not the caller's free uploads on this request).
 */
export async function claimAttachments(
  db: DbOrTx,
  opts: {
    requestId: string;
    ids: string[];
    uploadedBy: string;
    timelineId: number;
    visibility: 'public' | 'internal';
  },
) {
  if (opts.ids.length === 0) return [];
  return db
    .update(requestAttachments)
    .set({ timelineId: opts.timelineId, visibility: opts.visibility })
    .where(
      and(
        eq(requestAttachments.requestId, opts.requestId),
        inArray(requestAttachments.id, opts.ids),
        eq(requestAttachments.uploadedBy, opts.uploadedBy),
        isNull(requestAttachments.timelineId),
      ),
    )
    .returning();
}

export async function listTimeEntries(db: DbOrTx, requestId: string): Promise<TimeEntryRow[]> {
  const rows = await db
    .select({ entry: timeEntries, userName: users.displayName })
    .from(timeEntries)
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .where(eq(timeEntries.requestId, requestId))
    .orderBy(asc(timeEntries.workDate), asc(timeEntries.createdAt), asc(timeEntries.id));
  return rows.map((r) => ({ ...r.entry, userName: r.userName }));
}

export async function findTimeEntry(db: DbOrTx, requestId: string, entryId: string) {
  const rows = await db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.requestId, requestId), eq(timeEntries.id, entryId)))
    .limit(1);
  return rows[0];
}

export async function insertTimeEntry(db: DbOrTx, values: typeof timeEntries.$inferInsert) {
  const [row] = await db.insert(timeEntries).values(values).returning();
  return row!;
}

export async function deleteTimeEntry(db: DbOrTx, entryId: string) {
  await db.delete(timeEntries).where(eq(timeEntries.id, entryId));
}

export async function userName(db: DbOrTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const rows = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).limit(1);
  return rows[0]?.name ?? null;
}
