import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { auditLog } from '../../db/schema/audit.js';
import { customers } from '../../db/schema/customers.js';
import { newTeam } from '../../db/seed/factories.js';
import { newCustomer } from '../../db/seed/factories-customers.js';

const t = await useTestApp();
const db = t.database.db;

let north: { id: string };
let east: { id: string };
let admin: Client;
let rep: Client;
let otherRep: Client;

beforeAll(async () => {
  north = await newTeam(db);
  east = await newTeam(db);
  admin = await t.loginAs('admin');
  rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
  otherRep = await t.loginAs('sales_rep', { teamIds: [east.id], displayName: '赵华东' });
});

const countByName = async (name: string) =>
  (await db.select().from(customers).where(eq(customers.name, name))).length;

describe('duplicate detection', () => {
  let existing: { id: string };
  beforeAll(async () => {
    const res = await rep.post('/api/customers', {
      name: '北京测试科技有限公司',
      creditCode: '91110000600037341L',
      contacts: [{ name: '张伟', phones: ['+86 138-0013-8000'] }],
    });
    expect(res.status).toBe(201);
    existing = res.body;
  });

  it('warns on the same normalised name (spaces, full-width, legal suffix) unless allowDuplicate', async () => {
    const name = '北京 测试科技（股份有限公司）';
    const dup = await rep.post('/api/customers', { name });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate');
    expect(dup.body.matches).toEqual([
      expect.objectContaining({
        id: existing.id,
        name: '北京测试科技有限公司',
        reason: 'name',
        inScope: true,
      }),
    ]);
    expect(await countByName(name)).toBe(0);
    const forced = await rep.post('/api/customers', { name, allowDuplicate: true });
    expect(forced.status).toBe(201);
  });

  it('warns when a contact phone belongs to another customer', async () => {
    const dup = await rep.post('/api/customers', {
      name: '电话重复公司',
      contacts: [{ name: '某人', phones: ['13800138000'] }],
    });
    expect(dup.status).toBe(409);
    expect(dup.body.matches[0]).toMatchObject({ id: existing.id, reason: 'phone' });
    const add = await rep.post(
      `/api/customers/${(await newCustomer(db, { ownerId: rep.user.id })).id}/contacts`,
      {
        name: '重复电话联系人',
        phones: ['138 0013 8000'],
      },
    );
    expect(add.status).toBe(409);
  });

  it('always refuses the same credit code, even with allowDuplicate, and reports out-of-scope matches without their data', async () => {
    const dup = await otherRep.post('/api/customers', {
      name: '完全不同的名字',
      creditCode: '91110000600037341L',
      allowDuplicate: true,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.matches).toEqual([
      { id: null, name: null, reason: 'credit_code', score: 1, inScope: false, ownerName: null },
    ]);
    expect(await countByName('完全不同的名字')).toBe(0);
  });

  it('checks without creating via POST /customers/duplicates', async () => {
    const res = await rep.post('/api/customers/duplicates', {
      name: 'ＢＥＩＪＩＮＧ',
      creditCode: '91110000600037341l',
      phones: ['138-0013-8000'],
    });
    expect(res.status).toBe(200);
    expect(res.body.matches.map((m: { reason: string }) => m.reason).sort()).toEqual([
      'credit_code',
      'phone',
    ]);
    const none = await rep.post('/api/customers/duplicates', { name: '绝无仅有的新客户' });
    expect(none.body.matches).toEqual([]);
  });
});

describe('Idempotency-Key', () => {
  it('replays the same response for the same key and body, and refuses a different body', async () => {
    const body = { name: '幂等测试有限公司', tier: 'A' };
    const first = await rep.post('/api/customers', body, { 'idempotency-key': 'key-001' });
    expect(first.status).toBe(201);
    const again = await rep.post(
      '/api/customers',
      { tier: 'A', name: '幂等测试有限公司' },
      { 'idempotency-key': 'key-001' },
    );
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(await countByName('幂等测试有限公司')).toBe(1);
    const changed = await rep.post(
      '/api/customers',
      { ...body, tier: 'B' },
      { 'idempotency-key': 'key-001' },
    );
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('conflict');
    expect(await countByName('幂等测试有限公司')).toBe(1);
  });

  it('does not store failed requests, so a corrected retry with the same key proceeds', async () => {
    const bad = await rep.post(
      '/api/customers',
      { name: '幂等失败公司', creditCode: '91350100M000100Y44' },
      { 'idempotency-key': 'key-002' },
    );
    expect(bad.status).toBe(400);
    const good = await rep.post('/api/customers', { name: '幂等失败公司' }, { 'idempotency-key': 'key-002' });
    expect(good.status).toBe(201);
  });
});

describe('optimistic concurrency', () => {
  it('requires If-Match (428) and refuses a stale version (412) on customers and contacts', async () => {
    const c = await rep.post('/api/customers', { name: '并发编辑公司', contacts: [{ name: '钱七' }] });
    const id = c.body.id;
    const none = await rep.patch(`/api/customers/${id}`, { tier: 'A' });
    expect(none.status).toBe(428);
    expect(none.body.code).toBe('precondition_required');
    expect((await rep.patch(`/api/customers/${id}`, { tier: 'A' }, { 'if-match': '"1"' })).status).toBe(200);
    const stale = await rep.patch(`/api/customers/${id}`, { tier: 'B' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(2);
    expect((await rep.get(`/api/customers/${id}`)).body.tier).toBe('A');

    const contactId = c.body.contacts[0].id;
    expect((await rep.patch(`/api/contacts/${contactId}`, { title: '经理' })).status).toBe(428);
    const ok = await rep.patch(`/api/contacts/${contactId}`, { title: '经理' }, { 'if-match': '1' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(
      (await rep.patch(`/api/contacts/${contactId}`, { title: '总监' }, { 'if-match': '1' })).status,
    ).toBe(412);
  });
});

describe('audit and timeline', () => {
  it('audits every write with before/after in the customer timeline, newest first, paged', async () => {
    const c = await rep.post('/api/customers', { name: '审计测试公司', tier: 'C' });
    const id = c.body.id;
    t.clock.advanceMinutes(1);
    await rep.patch(`/api/customers/${id}`, { tier: 'A' }, { 'if-match': '1' });
    t.clock.advanceMinutes(1);
    const contact = await rep.post(`/api/customers/${id}/contacts`, {
      name: '孙八',
      phones: ['13912345678'],
    });
    expect(contact.status).toBe(201);
    t.clock.advanceMinutes(1);
    await rep.patch(`/api/contacts/${contact.body.id}`, { email: 'sun@example.com' }, { 'if-match': '1' });
    t.clock.advanceMinutes(1);
    expect((await rep.delete(`/api/contacts/${contact.body.id}`)).status).toBe(204);

    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.customerId, id), eq(auditLog.action, 'customer.update')))
      .orderBy(asc(auditLog.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toMatchObject({ tier: 'C', version: 1 });
    expect(rows[0]!.after).toMatchObject({ tier: 'A', version: 2 });
    expect(rows[0]!.actorId).toBe(rep.user.id);

    const page1 = await rep.get(`/api/customers/${id}/timeline?limit=3`);
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((e: { action: string }) => e.action)).toEqual([
      'contact.delete',
      'contact.update',
      'contact.create',
    ]);
    const page2 = await rep.get(`/api/customers/${id}/timeline?limit=3&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((e: { action: string }) => e.action)).toEqual([
      'customer.update',
      'customer.create',
    ]);
    expect(page2.body.nextCursor).toBeNull();
    expect(page1.body.items[1].after).toMatchObject({ email: 'sun@example.com' });

    // The delete is audited too (the timeline of a deleted customer is kept in the log).
    expect((await admin.delete(`/api/customers/${id}`)).status).toBe(204);
    const del = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.customerId, id), eq(auditLog.action, 'customer.delete')));
    expect(del[0]!.before).toMatchObject({ name: '审计测试公司', tier: 'A' });
  });

  it('writes no audit row when a request is rejected', async () => {
    const before = (await db.select().from(auditLog)).length;
    await rep.post('/api/customers', { name: '' });
    await rep.post('/api/customers', { name: '拒绝', ownerId: otherRep.user.id });
    expect((await db.select().from(auditLog)).length).toBe(before);
  });
});

describe('contacts', () => {
  it('adds, lists, updates and deletes contacts, keeping contactCount and search in step', async () => {
    const c = await rep.post('/api/customers', { name: '联系人测试公司' });
    const id = c.body.id;
    const added = await rep.post(`/api/customers/${id}/contacts`, {
      name: '欧阳娜娜',
      phones: ['021-5555 0101'],
      email: 'nana@example.com',
      wechat: 'nana_wx',
      projectRole: 'key_user',
      portalAccess: true,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      customerId: id,
      portalAccess: true,
      projectRole: 'key_user',
      version: 1,
    });
    const list = await rep.get(`/api/customers/${id}/contacts`);
    expect(list.body.items).toHaveLength(1);
    expect((await rep.get(`/api/customers/${id}`)).body.contactCount).toBe(1);
    const found = await rep.get(`/api/customers?q=${encodeURIComponent('欧阳娜娜')}`);
    expect(found.body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect(
      (await rep.post(`/api/customers/${id}/contacts`, { name: '坏邮箱', email: 'not-an-email' })).status,
    ).toBe(400);
    expect((await rep.delete(`/api/contacts/${added.body.id}`)).status).toBe(204);
    expect((await rep.get(`/api/customers/${id}`)).body.contactCount).toBe(0);
    const gone = await rep.get(`/api/customers?q=${encodeURIComponent('欧阳娜娜')}`);
    expect(gone.body.items.map((x: { id: string }) => x.id)).not.toContain(id);
  });
});

describe('facets', () => {
  it('lists distinct tags in scope', async () => {
    await newCustomer(db, { tags: ['facet-a'], ownerId: rep.user.id, teamId: north.id });
    await newCustomer(db, { tags: ['facet-b'], ownerId: otherRep.user.id, teamId: east.id });
    const mine = await rep.get('/api/customers/facets');
    expect(mine.status).toBe(200);
    expect(mine.body.tags).toContain('facet-a');
    expect(mine.body.tags).not.toContain('facet-b');
    const all = await admin.get('/api/customers/facets');
    expect(all.body.tags).toEqual(expect.arrayContaining(['facet-a', 'facet-b']));
  });
});
