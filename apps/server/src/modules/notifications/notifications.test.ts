import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { notifications, outbox } from '../../db/schema/notifications.js';
import { newUser } from '../../db/seed/factories.js';
import { createDb } from '../../platform/db.js';
import { type NotifyInput, notify } from './index.js';

const t = await useTestApp();
const db = t.database.db;

const send = (input: NotifyInput) => db.transaction((tx) => notify(tx, t.clock, input));
const forUser = (c: Client, over: Partial<NotifyInput> = {}) =>
  send({ userIds: [c.user.id], kind: 'test', title: '新的服务请求', link: '/tickets/1', ...over });

describe('notify', () => {
  it('writes the notification and its outbox rows in the same transaction', async () => {
    const a = await t.loginAs('agent');
    const b = await t.loginAs('engineer');
    const created = await send({
      userIds: [a.user.id, b.user.id, a.user.id],
      kind: 'sla.warning',
      title: 'SLA 即将超时',
      body: '请求 #42 将在 30 分钟后超时',
      link: '/tickets/42',
      data: { ticketId: 42 },
      channels: ['email', 'dingtalk'],
    });
    expect(created).toHaveLength(2);
    const rows = await db.select().from(outbox).where(sql`${outbox.payload}->>'kind' = 'sla.warning'`);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => `${r.channel}:${r.recipient}`))).toEqual(
      new Set([`email:${a.user.id}`, `dingtalk:${a.user.id}`, `email:${b.user.id}`, `dingtalk:${b.user.id}`]),
    );
    expect(rows[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(rows[0]?.payload).toMatchObject({
      title: 'SLA 即将超时',
      link: '/tickets/42',
      data: { ticketId: 42 },
    });
  });

  it('writes neither notification nor outbox when the transaction rolls back', async () => {
    const a = await t.loginAs('agent');
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, t.clock, {
          userIds: [a.user.id],
          kind: 'rollback',
          title: 'x',
          channels: ['email'],
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.$count(notifications, eq(notifications.userId, a.user.id))).toBe(0);
    expect(await db.$count(outbox, eq(outbox.recipient, a.user.id))).toBe(0);
  });

  it("renders a message code in each recipient's language and keeps the code and params for the web", async () => {
    const zh = await newUser(db, { role: 'agent', locale: 'zh-CN' });
    const en = await newUser(db, { role: 'agent', locale: 'en' });
    const created = await send({
      userIds: [zh.id, en.id],
      kind: 'request.sla_breach',
      message: {
        code: 'sla_breach_response',
        params: { number: 'SR-1', subject: '打印失败', severity: 'L1', dueAt: '2026-03-02T04:00:00.000Z' },
      },
    });
    const byUser = new Map(created.map((c) => [c.userId, c]));
    expect(byUser.get(zh.id)).toMatchObject({
      title: '服务请求 SR-1 已超出响应时限：打印失败',
      body: 'SR-1（L1）响应时限为 2026-03-02 12:00。',
    });
    expect(byUser.get(en.id)).toMatchObject({
      title: 'Request SR-1 missed its response deadline: 打印失败',
      body: 'SR-1 (L1): response was due 2026-03-02 12:00.',
    });
    expect(byUser.get(en.id)?.data).toMatchObject({
      code: 'sla_breach_response',
      params: { number: 'SR-1' },
    });
  });

  it('refuses a notification with neither a message code nor a title', async () => {
    const a = await t.loginAs('agent');
    await expect(send({ userIds: [a.user.id], kind: 'x' })).rejects.toThrow();
  });

  it('refuses a link that leaves the app', async () => {
    const a = await t.loginAs('agent');
    await expect(forUser(a, { link: 'https://evil.example/' })).rejects.toThrow();
    await expect(forUser(a, { link: '//evil.example/' })).rejects.toThrow();
    expect(await db.$count(notifications, eq(notifications.userId, a.user.id))).toBe(0);
  });
});

describe('notifications API', () => {
  it('lists newest first with unread filter and cursor, counts unread, marks read', async () => {
    const me = await t.loginAs('customer_contact', { customerId: null });
    for (let i = 1; i <= 5; i++) {
      await forUser(me, { title: `通知 ${i}` });
      t.clock.advanceMinutes(1);
    }
    expect((await me.get('/api/notifications/unread-count')).body).toEqual({ count: 5 });

    const first = await me.get('/api/notifications?limit=3');
    expect(first.status).toBe(200);
    expect(first.body.items.map((n: { title: string }) => n.title)).toEqual(['通知 5', '通知 4', '通知 3']);
    const second = await me.get(`/api/notifications?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((n: { title: string }) => n.title)).toEqual(['通知 2', '通知 1']);
    expect(second.body.nextCursor).toBeNull();

    const target = first.body.items[0].id;
    expect((await me.post(`/api/notifications/${target}/read`)).status).toBe(204);
    expect((await me.get('/api/notifications/unread-count')).body).toEqual({ count: 4 });
    const unread = await me.get('/api/notifications?unread=true');
    expect(unread.body.items).toHaveLength(4);
    expect(unread.body.items.some((n: { id: string }) => n.id === target)).toBe(false);
    const all = await me.get('/api/notifications');
    expect(all.body.items.find((n: { id: string }) => n.id === target).readAt).toBe(
      t.clock.now().toISOString(),
    );

    const readAll = await me.post('/api/notifications/read-all');
    expect(readAll.body).toEqual({ count: 4 });
    expect((await me.get('/api/notifications/unread-count')).body).toEqual({ count: 0 });
    expect((await me.get('/api/notifications?unread=true')).body.items).toEqual([]);
  });

  it("never shows or touches another user's notifications", async () => {
    const a = await t.loginAs('agent');
    const b = await t.loginAs('agent');
    const [mine] = await forUser(a, { title: 'A 的通知' });
    expect((await b.get('/api/notifications')).body.items).toEqual([]);
    expect((await b.get('/api/notifications/unread-count')).body).toEqual({ count: 0 });
    const res = await b.post(`/api/notifications/${mine?.id}/read`);
    expect(res.status).toBe(404);
    expect((await b.post('/api/notifications/read-all')).body).toEqual({ count: 0 });
    expect((await a.get('/api/notifications/unread-count')).body).toEqual({ count: 1 });
    expect((await a.post('/api/notifications/00000000-0000-4000-8000-000000000000/read')).status).toBe(404);
  });

  it('answers 401 without authentication', async () => {
    const anon = t.anonymous();
    expect((await anon.get('/api/notifications')).status).toBe(401);
    expect((await anon.get('/api/notifications/unread-count')).status).toBe(401);
    expect((await anon.get('/api/notifications/stream')).status).toBe(401);
    expect((await anon.post('/api/notifications/read-all')).status).toBe(401);
  });
});

/** A plain HTTP request without connection reuse, so closing it really closes the socket. */
function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.request(
      url,
      { method: opts.method ?? 'GET', headers: opts.headers, agent: false },
      resolve,
    );
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.end(opts.body);
  });
}

describe('notification stream (SSE)', () => {
  it('delivers a notification created after the stream opened, only to its user', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const me = await t.loginAs('customer_contact', { customerId: null });
    const other = await t.loginAs('agent');
    const login = await request(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: me.user.username, password: me.user.password }),
    });
    login.resume();
    const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';

    const res = await request(`${base}/api/notifications/stream`, { headers: { cookie } });
    const otherProcess = createDb(t.database.url, { max: 2 });
    try {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      res.setEncoding('utf8');
      // One listener for the whole stream, so no chunk is lost between two waits.
      let received = '';
      let waiter: (() => void) | undefined;
      res.on('data', (chunk: string) => {
        received += chunk;
        waiter?.();
      });
      const readUntil = (marker: string) =>
        new Promise<void>((resolve, reject) => {
          waiter = () => {
            if (received.includes(marker)) resolve();
          };
          res.once('close', () => reject(new Error(`stream closed before ${marker}: ${received}`)));
          waiter();
        });
      await readUntil(': connected');

      // Created after the stream opened and committed through another pool, as another server process
      // would: one for someone else, then one for me.
      const elsewhere = (input: NotifyInput) => otherProcess.transaction((tx) => notify(tx, t.clock, input));
      await elsewhere({ userIds: [other.user.id], kind: 'test', title: '别人的通知' });
      const [mine] = await elsewhere({
        userIds: [me.user.id],
        kind: 'test',
        title: '你有新的回复',
        data: { ticketId: 7 },
      });
      await readUntil(`id: ${mine?.id}`);
      await readUntil('}\n\n');

      const event = received.slice(received.indexOf('event: notification'));
      expect(event.startsWith(`event: notification\nid: ${mine?.id}\ndata: `)).toBe(true);
      const data = JSON.parse(event.split('\n')[2]?.slice('data: '.length) ?? '');
      expect(data).toMatchObject({
        id: mine?.id,
        title: '你有新的回复',
        data: { ticketId: 7 },
        readAt: null,
      });
      expect(received).not.toContain('别人的通知');
    } finally {
      res.destroy();
      await otherProcess.$client.end();
    }
  });
});
