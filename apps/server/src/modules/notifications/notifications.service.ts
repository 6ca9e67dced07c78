/**
 * In-app notifications. Other modules call `notify` inside their own
 * transaction, so a notification (and its outbox rows for email/DingTalk/WeCom)
 * exists exactly when the change that caused it commits. Users read and mark
 * only their own notifications: another user's id answers 404 like a missing one.
 *
 * Marking read is not audited: it is the user's private inbox state, not a
 * business change, and auditing every click would drown the log.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import type { Clock } from '../../platform/clock.js';
import type { DbOrTx, Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { isMessageLocale, renderNotification } from '../../platform/messages.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import * as repo from './notifications.repo.js';
import {
  type ListNotificationsQuery,
  type NotificationView,
  type NotifyInput,
  notifyInput,
} from './notifications.schema.js';

/**
 * Creates one notification per user (each user once, however often listed), the outbox rows for the
 * requested channels (recipient = the user id; each channel's sender resolves the address), and wakes the
 * live streams of every server process once the transaction commits. With a `message`, the stored title
 * and body are rendered in each recipient's locale and `data` keeps the code and parameters, so the web
 * renders them in the reader's current language.
 */
export async function notify(
  tx: Tx,
  clock: Clock,
  input: NotifyInput,
): Promise<(NotificationView & { userId: string })[]> {
  const n = notifyInput.parse(input);
  const userIds = [...new Set(n.userIds)];
  const now = clock.now();
  const locales = n.message ? await repo.localesOf(tx, userIds) : new Map<string, string>();
  const data = n.message ? { ...n.data, code: n.message.code, params: n.message.params } : n.data;
  const textFor = (userId: string) => {
    if (!n.message) return { title: n.title ?? '', body: n.body };
    const locale = locales.get(userId);
    const text = renderNotification(
      n.message.code,
      n.message.params,
      isMessageLocale(locale) ? locale : 'zh-CN',
    );
    return { title: text.title.slice(0, 300) || n.message.code, body: text.body.slice(0, 5000) };
  };
  const created = await repo.insertNotifications(
    tx,
    userIds.map((userId) => ({
      userId,
      kind: n.kind,
      ...textFor(userId),
      link: n.link ?? null,
      data,
      createdAt: now,
    })),
  );
  await repo.insertOutbox(
    tx,
    created.flatMap((c) =>
      n.channels.map((channel) => ({
        channel,
        recipient: c.userId,
        payload: {
          notificationId: c.id,
          userId: c.userId,
          kind: c.kind,
          title: c.title,
          body: c.body,
          link: c.link,
          data: c.data,
        },
        createdAt: now,
      })),
    ),
  );
  for (const c of created) await repo.signalNew(tx, c.userId, c.id);
  return created;
}

/** Enabled staff holding any of the roles (by key): who an approval step or a breach waits on. */
export const roleMemberIds = (db: DbOrTx, roleKeys: string[]) => repo.roleMemberIds(db, roleKeys);

/** The caller's notifications, newest first. */
export async function listNotifications(
  deps: Deps,
  actor: Actor,
  q: ListNotificationsQuery,
): Promise<Page<NotificationView>> {
  requirePermission(actor, 'notifications:own');
  const after = decodeCursor(q.cursor);
  const rows = await repo.listForUser(
    deps.db,
    actor.userId,
    q.unread,
    after ? { at: String(after.v), id: after.id } : undefined,
    q.limit,
  );
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ v: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

export async function unreadCount(deps: Deps, actor: Actor): Promise<{ count: number }> {
  requirePermission(actor, 'notifications:own');
  return { count: await repo.countUnread(deps.db, actor.userId) };
}

export async function markNotificationRead(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'notifications:own');
  if (!(await repo.markRead(deps.db, actor.userId, id, deps.clock.now()))) throw notFound('Notification');
}

export async function markAllNotificationsRead(deps: Deps, actor: Actor): Promise<{ count: number }> {
  requirePermission(actor, 'notifications:own');
  return { count: await repo.markAllRead(deps.db, actor.userId, deps.clock.now()) };
}

/** The access check for opening the live stream; the stream itself is notifications.stream.ts. */
export function authorizeStream(actor: Actor): void {
  requirePermission(actor, 'notifications:own');
}

/** One notification of the user, for the live stream (undefined when not theirs). */
export const findOwnNotification = (deps: Deps, userId: string, id: string) =>
  repo.findForUser(deps.db, userId, id);
