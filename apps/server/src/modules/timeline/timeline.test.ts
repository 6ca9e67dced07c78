import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { requestAttachments, requestTimeline } from '../../db/schema/request-timeline.js';
import { serviceRequests } from '../../db/schema/requests.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';
import { autoAcknowledge } from './index.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const agent = await t.loginAs('agent');
const engineer = await t.loginAs('engineer');
const salesRep = await t.loginAs('sales_rep');
const customer = await newCustomer(db);
const otherCustomer = await newCustomer(db);
const contact = await t.loginAs('customer_contact', { customerId: customer.id });
const outsider = await t.loginAs('customer_contact', { customerId: otherCustomer.id });
// Team scope without a team: sees no customer of this file, but has every request permission.
const consultant = await t.loginAs('consultant');

const newRequest = (over: Parameters<typeof newServiceRequest>[1] | object = {}) =>
  newServiceRequest(db, {
    customerId: customer.id,
    severity: 'L2',
    receivedAt: t.clock.now(),
    assigneeId: agent.user.id,
    ...over,
  });

const rowOf = async (id: string) =>
  (await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);

function upload(client: Client, requestId: string, fileName: string, data: Buffer, visibility?: string) {
  const boundary = 'tlboundary42';
  const field = visibility
    ? `--${boundary}\r\nContent-Disposition: form-data; name="visibility"\r\n\r\n${visibility}\r\n`
    : '';
  const payload = Buffer.concat([
    Buffer.from(
      `${field}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', `/api/requests/${requestId}/attachments`, {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('timeline visibility', () => {
  it('hides internal notes and internal attachments from customers in lists, counts and downloads', async () => {
    const r = await newRequest();
    const internalFile = await upload(agent, r.id, 'trace.log', Buffer.from('stack trace\n'), 'internal');
    expect(internalFile.status, internalFile.text).toBe(201);
    expect(internalFile.body.visibility).toBe('internal');
    const note = await agent.post(`/api/requests/${r.id}/notes`, {
      body: '<p>客户环境有问题，内部排查</p>',
      attachmentIds: [internalFile.body.id],
    });
    expect(note.status, note.text).toBe(201);
    expect(note.body).toMatchObject({ kind: 'note', visibility: 'internal' });
    expect(note.body.attachments.map((a: { id: string }) => a.id)).toEqual([internalFile.body.id]);

    const publicFile = await upload(agent, r.id, 'guide.pdf', PDF, 'public');
    expect(publicFile.status, publicFile.text).toBe(201);
    const reply = await agent.post(`/api/requests/${r.id}/replies`, {
      body: '<p>请按附件操作</p>',
      attachmentIds: [publicFile.body.id],
    });
    expect(reply.status, reply.text).toBe(201);

    const staffView = (await agent.get(`/api/requests/${r.id}/timeline`)).body;
    expect(staffView.items.map((e: { kind: string }) => e.kind)).toEqual(['note', 'reply']);
    expect(staffView.counts).toEqual({ replies: 1, notes: 1, events: 0, attachments: 2 });

    const customerView = await contact.get(`/api/requests/${r.id}/timeline`);
    expect(customerView.status).toBe(200);
    expect(customerView.body.items.map((e: { kind: string }) => e.kind)).toEqual(['reply']);
    expect(customerView.body.items.every((e: { visibility: string }) => e.visibility === 'public')).toBe(
      true,
    );
    expect(customerView.text).not.toContain('内部排查');
    expect(customerView.text).not.toContain(internalFile.body.id);
    expect(customerView.body.counts).toEqual({ replies: 1, notes: 0, events: 0, attachments: 1 });

    const list = await contact.get(`/api/requests/${r.id}/attachments`);
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([publicFile.body.id]);
    expect((await contact.get(`/api/requests/${r.id}/attachments/${internalFile.body.id}`)).status).toBe(404);
    expect((await contact.get(`/api/requests/${r.id}/attachments/${publicFile.body.id}`)).status).toBe(200);
    expect((await agent.get(`/api/requests/${r.id}/attachments/${internalFile.body.id}`)).status).toBe(200);

    // Customers can neither write notes nor upload internal files.
    expect((await contact.post(`/api/requests/${r.id}/notes`, { body: 'x' })).status).toBe(403);
    expect((await upload(contact, r.id, 'a.png', PNG, 'internal')).status).toBe(403);
    const own = await upload(contact, r.id, 'screen.png', PNG);
    expect(own.status, own.text).toBe(201);
    expect(own.body.visibility).toBe('public');
  });

  it('pages the timeline oldest first by id', async () => {
    const r = await newRequest();
    for (let i = 1; i <= 5; i++) {
      expect((await agent.post(`/api/requests/${r.id}/notes`, { body: `<p>n${i}</p>` })).status).toBe(201);
    }
    const first = (await agent.get(`/api/requests/${r.id}/timeline?limit=2`)).body;
    expect(first.items.map((e: { body: string }) => e.body)).toEqual(['<p>n1</p>', '<p>n2</p>']);
    const second = (await agent.get(`/api/requests/${r.id}/timeline?limit=2&cursor=${first.nextCursor}`))
      .body;
    expect(second.items.map((e: { body: string }) => e.body)).toEqual(['<p>n3</p>', '<p>n4</p>']);
    const third = (await agent.get(`/api/requests/${r.id}/timeline?limit=2&cursor=${second.nextCursor}`))
      .body;
    expect(third.items.map((e: { body: string }) => e.body)).toEqual(['<p>n5</p>']);
    expect(third.nextCursor).toBeNull();
    expect(third.counts.notes).toBe(5);
    expect((await agent.get(`/api/requests/${r.id}/timeline?cursor=zzz`)).status).toBe(400);
  });
});

describe('reply sanitization', () => {
  it('keeps the allow-list and strips scripts, styles, handlers and javascript: links', async () => {
    const r = await newRequest();
    const res = await agent.post(`/api/requests/${r.id}/replies`, {
      body: [
        '<p onclick="steal()">你好 <strong>重要</strong> <em>e</em></p>',
        '<script>alert(1)</script><style>p{display:none}</style>',
        '<img src="x" onerror="alert(2)">',
        '<a href="javascript:alert(3)">bad</a>',
        '<a href="https://docs.example.com/kb/1" target="_blank" onmouseover="x()">guide</a>',
        '<a href="//evil.example/x">proto</a>',
        '<h3 style="color:red">步骤</h3><ul><li>一</li></ul><iframe src="https://evil.example"></iframe>',
      ].join(''),
    });
    expect(res.status, res.text).toBe(201);
    const body: string = res.body.body;
    expect(body).not.toMatch(
      /script|alert|onerror|onclick|onmouseover|javascript:|<img|<style|iframe|style=|target=/i,
    );
    expect(body).toContain('<p>你好 <strong>重要</strong> <em>e</em></p>');
    expect(body).toContain('<a href="https://docs.example.com/kb/1" rel="noopener noreferrer">guide</a>');
    expect(body).not.toContain('evil.example');
    expect(body).toContain('<h3>步骤</h3><ul><li>一</li></ul>');
    // What is stored is the sanitized form too.
    const [stored] = await db.select().from(requestTimeline).where(eq(requestTimeline.id, res.body.id));
    expect(stored!.body).toBe(body);

    const empty = await agent.post(`/api/requests/${r.id}/replies`, { body: '<script>x</script>' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].path).toEqual(['body']);
  });
});

describe('response clock', () => {
  it('an automatic acknowledgement and customer replies leave it running; the first human reply stops it', async () => {
    const r = await newRequest({ channel: 'portal' });
    await db.transaction((tx) => autoAcknowledge(tx, r, t.clock.now()));
    expect((await rowOf(r.id)).firstResponseAt).toBeNull();
    const auto = (await contact.get(`/api/requests/${r.id}/timeline`)).body.items[0];
    expect(auto).toMatchObject({ kind: 'reply', automatic: true, authorId: null, visibility: 'public' });
    expect(auto.body).toContain(r.number);

    t.clock.advance(10 * 60_000);
    const fromCustomer = await contact.post(`/api/requests/${r.id}/replies`, { body: '<p>还在等</p>' });
    expect(fromCustomer.status, fromCustomer.text).toBe(201);
    expect(fromCustomer.body.data).toMatchObject({ fromCustomer: true });
    expect((await rowOf(r.id)).firstResponseAt).toBeNull();

    t.clock.advance(20 * 60_000);
    const answeredAt = t.clock.now();
    const before = await rowOf(r.id);
    const stale = await agent.post(
      `/api/requests/${r.id}/replies`,
      { body: '<p>x</p>' },
      { 'if-match': '"999"' },
    );
    expect(stale.status).toBe(412);
    const first = await agent.post(
      `/api/requests/${r.id}/replies`,
      { body: '<p>已收到，正在处理</p>' },
      { 'if-match': `"${before.version}"` },
    );
    expect(first.status, first.text).toBe(201);
    const after = await rowOf(r.id);
    expect(after.firstResponseAt?.toISOString()).toBe(answeredAt.toISOString());
    // H1's KPIs: 30 minutes on a 7×24 calendar, within the L2 response target; no response check pending.
    expect(after).toMatchObject({
      firstResponseCalendarMinutes: 30,
      firstResponseWorkingMinutes: 30,
      responseMet: true,
    });
    expect(before.nextSlaCheckAt).toEqual(before.responseWarnAt);
    expect(after.nextSlaCheckAt).toEqual(before.resolutionWarnAt);
    expect(after.version).toBe(before.version + 1);
    expect(first.headers.etag).toBe(`"${after.version}"`);

    t.clock.advance(60_000);
    expect((await agent.post(`/api/requests/${r.id}/replies`, { body: '<p>补充</p>' })).status).toBe(201);
    expect((await rowOf(r.id)).firstResponseAt?.toISOString()).toBe(answeredAt.toISOString());
    // Only the stale reply was refused: nothing of it was written.
    const bodies = (await agent.get(`/api/requests/${r.id}/timeline`)).body.items.map(
      (e: { body: string }) => e.body,
    );
    expect(bodies).not.toContain('<p>x</p>');
  });

  it('end to end: a portal request is auto-acknowledged at intake and answered by an agent', async () => {
    const created = await contact.post('/api/requests', {
      customerId: customer.id,
      channel: 'portal',
      category: 'incident',
      severity: 'L2',
      subject: '登录报错',
      description: '<b>所有</b>用户登录失败',
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    const seen = (await contact.get(`/api/requests/${id}/timeline`)).body.items;
    expect(seen).toContainEqual(expect.objectContaining({ kind: 'reply', automatic: true }));
    expect((await agent.get(`/api/requests/${id}`)).body.firstResponseAt).toBeNull();

    t.clock.advance(15 * 60_000);
    const detail = await agent.get(`/api/requests/${id}`);
    const res = await agent.post(
      `/api/requests/${id}/replies`,
      { body: '<p>正在处理</p>' },
      { 'if-match': detail.headers.etag as string },
    );
    expect(res.status, res.text).toBe(201);
    const after = (await agent.get(`/api/requests/${id}`)).body;
    expect(after).toMatchObject({ firstResponseAt: t.clock.now().toISOString(), responseMet: true });
    expect(res.headers.etag).toBe(`"${after.version}"`);
  });

  it('a human acknowledgement stops it once; customers cannot acknowledge', async () => {
    // Assigned to the engineer: their 'queue' scope reaches it.
    const r = await newRequest({ assigneeId: engineer.user.id });
    expect((await contact.post(`/api/requests/${r.id}/acknowledge`)).status).toBe(403);
    t.clock.advance(5 * 60_000);
    const ack = await engineer.post(`/api/requests/${r.id}/acknowledge`);
    expect(ack.status, ack.text).toBe(201);
    expect(ack.body).toMatchObject({ kind: 'event', event: 'acknowledged', visibility: 'public' });
    expect((await rowOf(r.id)).firstResponseAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect((await engineer.post(`/api/requests/${r.id}/acknowledge`)).status).toBe(409);
    const seen = (await contact.get(`/api/requests/${r.id}/timeline`)).body.items;
    expect(seen.map((e: { event: string | null }) => e.event)).toEqual(['acknowledged']);
  });

  it("a customer's reply to a waiting request resumes it (clock included) and tells the assignee", async () => {
    const r = await newRequest({
      severity: 'L2',
      state: 'waiting_customer',
      pausedAt: t.clock.now(),
      resolutionDueAt: null,
      resolutionWarnAt: null,
    });
    t.clock.advance(60 * 60_000);
    const res = await contact.post(`/api/requests/${r.id}/replies`, { body: '<p>日志已上传</p>' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.data).toEqual({
      fromCustomer: true,
      customerReplyWhilePending: true,
      state: 'waiting_customer',
    });
    const row = await rowOf(r.id);
    expect(row).toMatchObject({ state: 'in_progress', stateCategory: 'open', pausedAt: null });
    // An hour paused on 7×24 moves the resolution due an hour later than receipt + 12 h.
    expect(row.pausedWorkingSeconds).toBe(3600);
    expect(row.resolutionDueAt?.getTime()).toBe(r.receivedAt.getTime() + 13 * 3600_000);
    expect(res.headers.etag).toBe(`"${row.version}"`);
    const events = (await agent.get(`/api/requests/${r.id}/timeline`)).body.items;
    expect(events.at(-1)).toMatchObject({
      event: 'state_changed',
      data: { from: 'waiting_customer', to: 'in_progress', reason: 'customer_replied' },
    });
    const inbox = (await agent.get('/api/notifications')).body.items;
    expect(inbox[0]).toMatchObject({ kind: 'request_customer_reply', link: `/requests/${r.id}` });
    expect(inbox[0].body).toBe('日志已上传');
  });

  it("refuses attachment ids that are not the caller's free uploads and writes nothing", async () => {
    const r = await newRequest();
    const theirs = await upload(contact, r.id, 'a.png', PNG);
    const res = await agent.post(`/api/requests/${r.id}/replies`, {
      body: '<p>见附件</p>',
      attachmentIds: [theirs.body.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['attachmentIds', 0]);
    expect((await agent.get(`/api/requests/${r.id}/timeline`)).body.items).toEqual([]);
    expect((await rowOf(r.id)).firstResponseAt).toBeNull();
  });
});

describe('attachments', () => {
  it('serves downloads as attachments with the stored type and nosniff', async () => {
    const r = await newRequest();
    const up = await upload(agent, r.id, '现场照片.png', PNG, 'public');
    expect(up.status, up.text).toBe(201);
    expect(up.body).toMatchObject({
      fileName: '现场照片.png',
      contentType: 'image/png',
      sizeBytes: PNG.length,
    });
    const dl = await contact.get(`/api/requests/${r.id}/attachments/${up.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(String(dl.headers['content-disposition'])).toMatch(
      /^attachment; filename="[^"]*\.png"; filename\*=UTF-8''/,
    );
    expect(String(dl.headers['content-disposition'])).toContain(encodeURIComponent('现场照片.png'));
    // The harness decodes bodies as UTF-8, so compare the length and the ASCII part of the signature.
    expect(Number(dl.headers['content-length'])).toBe(PNG.length);
    expect(dl.text.slice(1, 4)).toBe('PNG');
    const dir = path.join(t.deps.config.dataDir, 'requests', r.id);
    expect(fs.readdirSync(dir)).toHaveLength(1);
    expect(fs.readdirSync(dir)[0]).not.toContain('现场');
  });

  it('accepts the allow-list by extension and content', async () => {
    const r = await newRequest();
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(16)]);
    const webp = Buffer.concat([Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(16)]);
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.xml')]);
    for (const [name, data, type] of [
      ['a.gif', gif, 'image/gif'],
      ['b.webp', webp, 'image/webp'],
      ['c.txt', Buffer.from('hello'), 'text/plain'],
      ['server.log', Buffer.from('2026-03-02 ERROR x'), 'text/plain'],
      ['d.csv', Buffer.from('a,b\n1,2\n'), 'text/csv'],
      ['e.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['f.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'image/jpeg'],
    ] as const) {
      const res = await upload(agent, r.id, name, data);
      expect(res.status, `${name}: ${res.text}`).toBe(201);
      expect(res.body.contentType).toBe(type);
    }
  });

  it('refuses other types (415) and files over 20 MiB (413), writing nothing', async () => {
    const r = await newRequest();
    const cases: [string, Buffer][] = [
      ['run.exe', PDF],
      ['page.html', Buffer.from('<html><script>x</script>')],
      ['fake.pdf', Buffer.from('<script>alert(1)</script>')],
      ['image.pdf', PNG],
      ['binary.txt', Buffer.from([0x41, 0x00, 0x42])],
      ['x.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(16)])],
    ];
    for (const [name, data] of cases) {
      const res = await upload(agent, r.id, name, data);
      expect(res.status, name).toBe(415);
      expect(res.body.code).toBe('unsupported_media_type');
    }
    const big = await upload(agent, r.id, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('payload_too_large');
    expect(await db.select().from(requestAttachments).where(eq(requestAttachments.requestId, r.id))).toEqual(
      [],
    );
    const dir = path.join(t.deps.config.dataDir, 'requests', r.id);
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });
});

describe('scope', () => {
  it('answers 404 for a request out of scope on every timeline route', async () => {
    const r = await newRequest({ assigneeId: null });
    const file = (await upload(agent, r.id, 'a.pdf', PDF, 'public')).body;
    const entry = (await agent.post(`/api/requests/${r.id}/time-entries`, { minutes: 30 })).body;
    for (const client of [consultant, outsider]) {
      const calls = [
        client.get(`/api/requests/${r.id}/timeline`),
        client.post(`/api/requests/${r.id}/replies`, { body: '<p>x</p>' }),
        client.get(`/api/requests/${r.id}/attachments`),
        client.get(`/api/requests/${r.id}/attachments/${file.id}`),
        upload(client, r.id, 'a.pdf', PDF, 'public'),
      ];
      if (client === consultant) {
        calls.push(
          client.post(`/api/requests/${r.id}/notes`, { body: '<p>x</p>' }),
          client.post(`/api/requests/${r.id}/acknowledge`),
          client.get(`/api/requests/${r.id}/time-entries`),
          client.post(`/api/requests/${r.id}/time-entries`, { minutes: 5 }),
          client.delete(`/api/requests/${r.id}/time-entries/${entry.id}`),
        );
      }
      for (const res of await Promise.all(calls)) expect(res.status, res.text).toBe(404);
    }
    // Nothing was written by the refused calls.
    expect((await agent.get(`/api/requests/${r.id}/timeline`)).body.counts).toEqual({
      replies: 0,
      notes: 0,
      events: 0,
      attachments: 1,
    });
    // Staff who watch requests may read internals but not write replies.
    expect((await salesRep.post(`/api/requests/${r.id}/replies`, { body: '<p>x</p>' })).status).toBe(403);
  });
});
