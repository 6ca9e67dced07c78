import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { customers } from '../../db/schema/customers.js';
import { roles } from '../../db/schema/identity.js';
import { newTeam } from '../../db/seed/factories.js';
import { newContact, newCustomer } from '../../db/seed/factories-customers.js';
import { creditCodeCheckChar } from './credit-code.js';

const t = await useTestApp();
const db = t.database.db;

let north: { id: string };
let east: { id: string };
let admin: Client;
let rep: Client;
let teammate: Client;
let otherRep: Client;

beforeAll(async () => {
  north = await newTeam(db);
  east = await newTeam(db);
  admin = await t.loginAs('admin', { displayName: '管理员' });
  rep = await t.loginAs('sales_rep', { teamIds: [north.id], displayName: '王销售' });
  teammate = await t.loginAs('sales_rep', { teamIds: [north.id] });
  otherRep = await t.loginAs('sales_rep', { teamIds: [east.id] });
});

const countCustomers = async (name: string) =>
  (await db.select().from(customers).where(eq(customers.name, name))).length;

describe('create, read, update, delete', () => {
  it('creates with defaults from the caller, reads with contacts and ETag, updates with If-Match, deletes', async () => {
    const created = await rep.post('/api/customers', {
      name: '杭州云帆软件有限公司',
      industryCode: 'I',
      regionCode: '330100',
      tier: 'B',
      tags: ['重点', '重点', 'SaaS'],
      contacts: [
        {
          name: '李娜',
          title: 'CIO',
          phones: ['0571-8888 1234'],
          email: 'lina@yunfan.cn',
          projectRole: 'decision_maker',
        },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const c = created.body;
    expect(c).toMatchObject({
      name: '杭州云帆软件有限公司',
      stage: 'lead',
      tier: 'B',
      ownerId: rep.user.id,
      ownerName: '王销售',
      teamId: north.id,
      tags: ['重点', 'SaaS'],
      contactCount: 1,
      version: 1,
    });
    expect(c.contacts[0]).toMatchObject({
      name: '李娜',
      phones: ['0571-8888 1234'],
      projectRole: 'decision_maker',
    });

    const got = await rep.get(`/api/customers/${c.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.body.contacts).toHaveLength(1);

    const patched = await rep.patch(
      `/api/customers/${c.id}`,
      { stage: 'prospect', notes: null },
      { 'if-match': '"1"' },
    );
    expect(patched.status).toBe(200);
    expect(patched.headers.etag).toBe('"2"');
    expect(patched.body).toMatchObject({
      stage: 'prospect',
      version: 2,
      tier: 'B',
      industryCode: 'I',
      industry: null,
      regionCode: '330100',
      region: '浙江省 杭州市',
      notes: null,
    });

    const deleted = await admin.delete(`/api/customers/${c.id}`);
    expect(deleted.status).toBe(204);
    expect((await rep.get(`/api/customers/${c.id}`)).status).toBe(404);
    expect(await countCustomers('杭州云帆软件有限公司')).toBe(0);
  });

  it('rejects unknown fields and bad values with field paths, writing nothing', async () => {
    const res = await rep.post('/api/customers', { name: '未知字段公司', colour: 'red', tier: 'E' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const paths = res.body.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toContain('body.colour');
    expect(paths).toContain('body.tier');
    expect(await countCustomers('未知字段公司')).toBe(0);
  });

  it('answers 404 for a missing customer and 400 for a malformed id', async () => {
    expect((await rep.get('/api/customers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await rep.get('/api/customers/not-a-uuid')).status).toBe(400);
  });
});

describe('unified social credit code', () => {
  it('computes the GB 32100 check character', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });

  it.each(['91350100M000100Y43', '91110000600037341l'])(
    'accepts %s and stores it upper-case',
    async (code) => {
      const res = await admin.post('/api/customers', { name: `信用代码客户${code}`, creditCode: code });
      expect(res.status).toBe(201);
      expect(res.body.creditCode).toBe(code.toUpperCase());
    },
  );

  it.each([
    ['91350100M000100Y44', /check character/],
    ['91350100M000100Y4', /18 characters/],
    ['91350100I000100Y43', /not allowed/],
  ])('rejects %s at body.creditCode', async (code, message) => {
    const res = await admin.post('/api/customers', { name: `坏代码${code}`, creditCode: code });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['body', 'creditCode']);
    expect(res.body.errors[0].message).toMatch(message);
    expect(await countCustomers(`坏代码${code}`)).toBe(0);
  });
});

describe('data scope', () => {
  let eastCustomer: { id: string };
  let northByTeammate: { id: string };
  beforeAll(async () => {
    eastCustomer = await newCustomer(db, {
      name: '上海东方范围测试有限公司',
      ownerId: otherRep.user.id,
      teamId: east.id,
      tags: ['scope-test'],
    });
    northByTeammate = await newCustomer(db, {
      name: '北京北方范围测试有限公司',
      ownerId: teammate.user.id,
      teamId: north.id,
      tags: ['scope-test'],
    });
  });

  it("hides another team's customer on GET, PATCH, DELETE and contacts (404, like a missing one)", async () => {
    expect((await rep.get(`/api/customers/${eastCustomer.id}`)).status).toBe(404);
    const patch = await rep.patch(`/api/customers/${eastCustomer.id}`, { tier: 'A' }, { 'if-match': '1' });
    expect(patch.status).toBe(404);
    await db
      .insert(roles)
      .values({
        key: 'team_lead',
        nameZh: '组长',
        nameEn: 'Team lead',
        dataScope: 'team',
        permissions: ['customers:read', 'customers:write', 'customers:delete'],
      })
      .onConflictDoNothing();
    const lead = await t.loginAs('team_lead', { teamIds: [north.id] });
    expect((await lead.delete(`/api/customers/${eastCustomer.id}`)).status).toBe(404);
    const ownTeams = await newCustomer(db, { ownerId: teammate.user.id, teamId: north.id });
    expect((await lead.delete(`/api/customers/${ownTeams.id}`)).status).toBe(204);
    expect((await rep.get(`/api/customers/${eastCustomer.id}/contacts`)).status).toBe(404);
    expect((await rep.post(`/api/customers/${eastCustomer.id}/contacts`, { name: 'x' })).status).toBe(404);
    expect((await rep.get(`/api/customers/${eastCustomer.id}/timeline`)).status).toBe(404);
    const contact = await newContact(db, eastCustomer.id, { name: '东方联系人' });
    expect((await rep.patch(`/api/contacts/${contact.id}`, { title: 'x' }, { 'if-match': '1' })).status).toBe(
      404,
    );
    expect((await rep.delete(`/api/contacts/${contact.id}`)).status).toBe(404);
  });

  it('lists and searches only customers in scope', async () => {
    const list = await rep.get('/api/customers?tag=scope-test');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([northByTeammate.id]);
    const search = await rep.get(`/api/customers?q=${encodeURIComponent('范围测试')}`);
    expect(search.body.items.map((c: { id: string }) => c.id)).toEqual([northByTeammate.id]);
    const all = await admin.get('/api/customers?tag=scope-test');
    expect(all.body.items).toHaveLength(2);
  });

  it("'own' scope sees only customers it owns", async () => {
    await db
      .insert(roles)
      .values({
        key: 'own_rep',
        nameZh: '个人销售',
        nameEn: 'Own rep',
        dataScope: 'own',
        permissions: ['customers:read', 'customers:write'],
      })
      .onConflictDoNothing();
    const own = await t.loginAs('own_rep', { teamIds: [north.id] });
    const mine = await own.post('/api/customers', { name: '个人范围客户', tags: ['scope-test'] });
    expect(mine.status).toBe(201);
    const list = await own.get('/api/customers?tag=scope-test');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([mine.body.id]);
    expect((await own.get(`/api/customers/${northByTeammate.id}`)).status).toBe(404);
    const give = await own.post('/api/customers', { name: '转给同事', ownerId: teammate.user.id });
    expect(give.status).toBe(403);
    expect(give.body.errors[0].path).toEqual(['body', 'ownerId']);
  });

  it("'organisation' scope (customer contact) sees only its own customer and cannot write", async () => {
    const contact = await t.loginAs('customer_contact', { customerId: northByTeammate.id });
    const list = await contact.get('/api/customers');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([northByTeammate.id]);
    expect((await contact.get(`/api/customers/${northByTeammate.id}`)).status).toBe(200);
    expect((await contact.get(`/api/customers/${eastCustomer.id}`)).status).toBe(404);
    expect((await contact.post('/api/customers', { name: '门户客户' })).status).toBe(403);
  });

  it('lets a team-scoped rep assign only owners and teams inside their scope', async () => {
    const toTeammate = await rep.post('/api/customers', {
      name: '分配给同事公司',
      ownerId: teammate.user.id,
    });
    expect(toTeammate.status).toBe(201);
    expect(toTeammate.body.teamId).toBe(north.id);
    const toOther = await rep.post('/api/customers', { name: '分配给外组公司', ownerId: otherRep.user.id });
    expect(toOther.status).toBe(403);
    expect(toOther.body.errors[0].path).toEqual(['body', 'ownerId']);
    const toEast = await rep.post('/api/customers', { name: '分配给华东公司', teamId: east.id });
    expect(toEast.status).toBe(403);
    expect(toEast.body.errors[0].path).toEqual(['body', 'teamId']);
    const move = await rep.patch(
      `/api/customers/${toTeammate.body.id}`,
      { teamId: east.id },
      { 'if-match': '1' },
    );
    expect(move.status).toBe(403);
    const byAdmin = await admin.post('/api/customers', {
      name: '管理员分配公司',
      ownerId: otherRep.user.id,
      teamId: east.id,
    });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body).toMatchObject({ ownerId: otherRep.user.id, teamId: east.id });
    const ghost = await admin.post('/api/customers', {
      name: '幽灵负责人',
      ownerId: '00000000-0000-4000-8000-000000000001',
    });
    expect(ghost.status).toBe(400);
    expect(ghost.body.errors[0].path).toEqual(['body', 'ownerId']);
    expect(await countCustomers('分配给外组公司')).toBe(0);
  });
});

describe('permissions', () => {
  it('denies writes, deletes, contacts and exports to roles without the permission', async () => {
    const engineer = await t.loginAs('engineer');
    expect((await engineer.get('/api/customers')).status).toBe(200);
    const w = await engineer.post('/api/customers', { name: '工程师建的客户' });
    expect(w.status).toBe(403);
    expect(w.body.permission).toBe('customers:write');
    expect((await engineer.get('/api/customers/export')).status).toBe(403);
    const c = await newCustomer(db, { name: '权限测试客户' });
    expect((await engineer.post(`/api/customers/${c.id}/contacts`, { name: '某人' })).status).toBe(403);
    expect((await rep.delete(`/api/customers/${c.id}`)).status).toBe(403);
    const agent = await t.loginAs('agent');
    expect((await agent.post('/api/customers/import')).status).toBe(403);
    expect(await countCustomers('工程师建的客户')).toBe(0);
  });

  it('requires authentication', async () => {
    expect((await t.anonymous().get('/api/customers')).status).toBe(401);
  });
});
