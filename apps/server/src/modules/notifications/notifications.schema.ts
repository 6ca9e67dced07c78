import { z } from 'zod';
import { outboxChannels } from '../../db/schema/notifications.js';
import { notificationCodes } from '../../platform/messages.js';

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const listNotificationsQuery = z.strictObject({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuery>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
});

export const unreadCountSchema = z.object({ count: z.number().int() });

export const notificationIdParams = z.strictObject({ id: z.uuid() });

const messageParam = z.union([
  z.string().max(5000),
  z.number(),
  z.null(),
  z.strictObject({ 'zh-CN': z.string().max(500), en: z.string().max(500) }),
]);

/**
 * What modules pass to `notify` (validated: it is an internal API, but a bad link must not reach a user).
 * `message` (a code of platform/messages.ts and its parameters) is how modules speak to people: the stored
 * title and body are rendered from it in each recipient's locale and the web renders it in the reader's.
 * A bare `title`/`body` is for callers without a catalog entry (tests, future plug-ins).
 */
export const notifyInput = z
  .strictObject({
    userIds: z.array(z.uuid()).max(1000),
    kind: z.string().min(1).max(100),
    message: z
      .strictObject({
        code: z.enum(notificationCodes),
        params: z.record(z.string(), messageParam).default({}),
      })
      .optional(),
    title: z.string().min(1).max(300).optional(),
    body: z.string().max(5000).default(''),
    /** An app path such as /tickets/123; absolute URLs are refused so a notification cannot send users elsewhere. */
    link: z
      .string()
      .max(500)
      .regex(/^\/(?!\/)/, 'must be an app path starting with /')
      .nullish(),
    data: z.record(z.string(), z.unknown()).default({}),
    channels: z.array(z.enum(outboxChannels)).max(outboxChannels.length).default([]),
  })
  .refine((n) => n.message || n.title, 'a notification needs a message code or a title');
export type NotifyInput = z.input<typeof notifyInput>;
