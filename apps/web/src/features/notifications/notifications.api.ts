/** Data hooks of in-app notifications and the live stream that keeps them fresh. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { http, ok } from '../../api/client';
import { messageText } from '../../api/messages';
import type { ItemOf, ResponseOf } from '../../api/types';

export type AppNotification = ItemOf<ResponseOf<'listNotifications'>>;

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'unread-count'] as const,
  recent: ['notifications', 'recent'] as const,
};

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.count,
    queryFn: ({ signal }) => ok(http.GET('/notifications/unread-count', { signal })),
  });
}

export function useRecentNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.recent,
    queryFn: ({ signal }) => ok(http.GET('/notifications', { params: { query: { limit: 10 } }, signal })),
    enabled,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(http.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => ok(http.POST('/notifications/read-all')),
    onSuccess: () => void qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/**
 * Listens to /api/notifications/stream while signed in. A new notification
 * refreshes the count and list; every (re)connect refetches the count, since
 * anything sent while the connection was down was not streamed. EventSource
 * reconnects by itself (the server sends `retry: 5000`).
 */
export function useNotificationStream(onNew?: (n: AppNotification) => void) {
  const qc = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream');
    const refresh = () => void qc.invalidateQueries({ queryKey: notificationKeys.all });
    source.onopen = refresh;
    const onNotification = (e: MessageEvent<string>) => {
      refresh();
      try {
        onNew?.(JSON.parse(e.data) as AppNotification);
      } catch {
        // A malformed event only costs the toast; the refetch above already ran.
      }
    };
    source.addEventListener('notification', onNotification);
    return () => {
      source.removeEventListener('notification', onNotification);
      source.close();
    };
  }, [qc, onNew]);
}

/**
 * A notification's title and body in the reader's current language, from the code and params the server
 * stored in `data`; the stored texts (rendered in the recipient's profile language) are the fallback.
 */
export function notificationText(n: AppNotification): { title: string; body: string } {
  const code = typeof n.data.code === 'string' ? n.data.code : undefined;
  const params =
    n.data.params && typeof n.data.params === 'object' ? (n.data.params as Record<string, unknown>) : {};
  if (!code) return { title: n.title, body: n.body };
  return {
    title: messageText([`notifications.msg.${code}.title`], params) ?? n.title,
    body: messageText([`notifications.msg.${code}.body`], params) ?? n.body,
  };
}
