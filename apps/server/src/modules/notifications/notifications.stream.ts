/**
 * Live notification streams (Server-Sent Events). Each server process keeps ONE
 * dedicated PostgreSQL connection doing LISTEN and fans each message out to the
 * streams of that user open in this process. `notify` signals with pg_notify in
 * the writer's transaction, so streams in every process hear about exactly the
 * committed notifications. If the listening connection drops, the hub reconnects;
 * messages sent in between are not replayed (the client refreshes its unread
 * count whenever the EventSource reconnects).
 */
import { PassThrough } from 'node:stream';
import pg from 'pg';
import type { Deps } from '../../platform/deps.js';
import { NOTIFY_CHANNEL } from './notifications.repo.js';
import type { NotificationView } from './notifications.schema.js';
import { findOwnNotification } from './notifications.service.js';

export const HEARTBEAT_MS = 25_000;

interface Subscriber {
  send(n: NotificationView): void;
  end(): void;
}

export interface NotificationHub {
  /** Resolves once this process is listening, so nothing committed afterwards is missed. */
  subscribe(userId: string, sub: Subscriber): Promise<() => void>;
  /** Ends every open stream and the listening connection (before the HTTP server closes). */
  close(): Promise<void>;
}

export function createNotificationHub(deps: Deps): NotificationHub {
  const subs = new Map<string, Set<Subscriber>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  async function onMessage(msg: pg.Notification) {
    if (msg.channel !== NOTIFY_CHANNEL || !msg.payload) return;
    let parsed: { userId?: unknown; id?: unknown };
    try {
      parsed = JSON.parse(msg.payload) as typeof parsed;
    } catch {
      return;
    }
    if (typeof parsed.userId !== 'string' || typeof parsed.id !== 'string') return;
    const listeners = subs.get(parsed.userId);
    if (!listeners?.size) return;
    const n = await findOwnNotification(deps, parsed.userId, parsed.id);
    if (n) for (const s of listeners) s.send(n);
  }

  function lost(c: pg.Client, err?: unknown) {
    if (client !== c) return;
    client = null;
    if (closed) return;
    deps.log.warn({ err }, 'notification listener connection lost; reconnecting');
    clearTimeout(retry);
    retry = setTimeout(() => void connect().catch(() => lost(c)), 1000);
    retry.unref();
  }

  function connect(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    connecting ??= (async () => {
      const c = new pg.Client({ ...deps.db.$client.options, application_name: 'aftercare-listen' });
      c.on('notification', (msg) => {
        onMessage(msg).catch((err) => deps.log.error({ err }, 'notification fan-out failed'));
      });
      c.on('error', (err) => lost(c, err));
      c.on('end', () => lost(c));
      try {
        await c.connect();
        await c.query(`listen ${NOTIFY_CHANNEL}`);
      } catch (err) {
        await c.end().catch(() => {});
        throw err;
      }
      if (closed) {
        await c.end();
        throw new Error('notification hub closed');
      }
      client = c;
      return c;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    async subscribe(userId, sub) {
      await connect();
      const set = subs.get(userId) ?? new Set<Subscriber>();
      subs.set(userId, set);
      set.add(sub);
      return () => {
        set.delete(sub);
        if (set.size === 0 && subs.get(userId) === set) subs.delete(userId);
      };
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      for (const set of subs.values()) for (const s of set) s.end();
      subs.clear();
      const c = client ?? (await connecting?.catch(() => null));
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

/** One SSE response body: `event: notification` per new notification, a comment line as heartbeat. */
export async function openNotificationStream(
  hub: NotificationHub,
  userId: string,
  onClose: (fn: () => void) => void,
) {
  const stream = new PassThrough();
  const write = (chunk: string) => {
    if (!stream.writableEnded) stream.write(chunk);
  };
  let heartbeat: NodeJS.Timeout | undefined;
  let unsubscribe = () => {};
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
    if (!stream.writableEnded) stream.end();
  };
  unsubscribe = await hub.subscribe(userId, {
    send: (n) => write(`event: notification\nid: ${n.id}\ndata: ${JSON.stringify(n)}\n\n`),
    end,
  });
  // The first bytes flush the headers through proxies; `retry` sets the client's reconnect delay.
  write('retry: 5000\n: connected\n\n');
  heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  onClose(end);
  return stream;
}
