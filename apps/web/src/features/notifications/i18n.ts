/** Strings of the notification bell; registered in features/bundles.ts. */
const zhCN = {
  notifications: {
    bell: '通知',
    unread: '{{count}} 条未读',
    empty: '暂无通知',
    readAll: '全部已读',
    markRead: '标为已读',
    newOne: '新通知：{{title}}',
  },
};

const en: typeof zhCN = {
  notifications: {
    bell: 'Notifications',
    unread: '{{count}} unread',
    empty: 'No notifications',
    readAll: 'Mark all read',
    markRead: 'Mark read',
    newOne: 'New: {{title}}',
  },
};

export const notificationsI18n = { 'zh-CN': zhCN, en };
