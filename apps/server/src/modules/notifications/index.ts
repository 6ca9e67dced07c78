/**
 * notifications: the in-app inbox (bell, unread count, live stream) and the
 * outbox for email/DingTalk/WeCom senders. Other modules call `notify` inside
 * their own transaction.
 */
export { notificationRoutes } from './notifications.routes.js';
export type { NotificationView, NotifyInput } from './notifications.schema.js';
export { notify, roleMemberIds } from './notifications.service.js';
