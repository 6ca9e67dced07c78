import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { requireActor } from '../../platform/http.js';
import {
  listNotificationsQuery,
  notificationIdParams,
  notificationPageSchema,
  unreadCountSchema,
} from './notifications.schema.js';
import * as notifications from './notifications.service.js';
import { createNotificationHub, openNotificationStream } from './notifications.stream.js';

const tags = ['notifications'];

export const notificationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const hub = createNotificationHub(deps);
    // Open streams never end on their own: end them before the server waits for its connections.
    app.addHook('preClose', async () => hub.close());

    app.get(
      '/notifications',
      {
        schema: {
          operationId: 'listNotifications',
          tags,
          summary: 'Your notifications, newest first',
          querystring: listNotificationsQuery,
          response: { 200: notificationPageSchema },
        },
      },
      async (req) => notifications.listNotifications(deps, requireActor(req), req.query),
    );
    app.get(
      '/notifications/unread-count',
      {
        schema: {
          operationId: 'countUnreadNotifications',
          tags,
          summary: 'How many of your notifications are unread',
          response: { 200: unreadCountSchema },
        },
      },
      async (req) => notifications.unreadCount(deps, requireActor(req)),
    );
    app.post(
      '/notifications/:id/read',
      {
        config: { permission: 'notifications:own' },
        schema: {
          operationId: 'markNotificationRead',
          tags,
          summary: 'Mark one of your notifications read',
          params: notificationIdParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await notifications.markNotificationRead(deps, requireActor(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/notifications/read-all',
      {
        config: { permission: 'notifications:own' },
        schema: {
          operationId: 'markAllNotificationsRead',
          tags,
          summary: 'Mark all your notifications read',
          response: { 200: unreadCountSchema.describe('How many were marked read') },
        },
      },
      async (req) => notifications.markAllNotificationsRead(deps, requireActor(req)),
    );
    app.get(
      '/notifications/stream',
      {
        schema: {
          operationId: 'streamNotifications',
          tags,
          summary: 'Live stream of your new notifications (Server-Sent Events)',
          description:
            'text/event-stream: `event: notification` with the notification as JSON data for each new one, and a comment heartbeat every 25 s.',
          response: {
            200: {
              description: 'An endless event stream',
              content: {
                'text/event-stream': {
                  schema: z
                    .unknown()
                    .describe('UTF-8 text. event: notification\ndata: {notification JSON}\n\n'),
                },
              },
            },
          },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        notifications.authorizeStream(actor);
        const stream = await openNotificationStream(hub, actor.userId, (end) => {
          reply.raw.once('close', end);
          // The client may have gone while we subscribed.
          if (req.raw.socket?.destroyed) end();
        });
        return (
          reply
            .header('content-type', 'text/event-stream; charset=utf-8')
            .header('cache-control', 'no-cache, no-transform')
            .header('x-accel-buffering', 'no')
            // Once the stream ends (shutdown), close the socket rather than keep it alive: a kept-alive
            // socket would hold the server's close open.
            .header('connection', 'close')
            .send(stream)
        );
      },
    );
  };
