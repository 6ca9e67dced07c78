import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { newTeam } from '../../db/seed/factories.js';
import { newCustomer } from '../../db/seed/factories-customers.js';

const t = await useTestApp();
const db = t.database.db;

let admin: Client;
let rep: Client;
let east: { id: string };

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((c) => c.id);
const q = (s: string) => `/api/customers?q=${encodeURIComponent(s)}`;

describe('search in Chinese and English', () => {
  let contract: { id: string };
  let beijing: { id: string };
  let english: { id: string };
  let phone: { id: string };
  let hidden: { id: string };
  beforeAll(async () => {
    const north = await newTeam(db);
    east = await newTeam(db);
    admin = await t.loginAs('admin');
    rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
    const mine = { ownerId: rep.user.id, teamId: north.id };
    contract = await newCustomer(db, {
      ...mine,
      name: '宁波港信息技术有限公司',
      notes: '今年签了客户测试合同，准备验收',
    });
    beijing = await newCustomer(db, { ...mine, name: '中关村软件园发展有限公司', region: '北京市海淀区' });
    english = await newCustomer(db, {
      ...mine,
      name: 'Acme Robotics Co., Ltd.',
      notes: 'Warehouse automation pilot',
    });
    phone = await newCustomer(db, {
      ...mine,
      name: '成都天府数据有限公司',
      contacts: [{ name: '刘洋', phones: ['028-6688 1234'] }],
    });
    hidden = await newCustomer(db, {
      ownerId: null,
      teamId: east.id,
      name: '北京隐藏客户有限公司',
      notes: '测试合同',
    });
  });

  it('finds 测试合同 inside notes by its words', async () => {
    const res = await rep.get(q('测试合同'));
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([contract.id]);
  });

  it('finds 北京 in the region and in names, only inside scope', async () => {
    expect(ids(await rep.get(q('北京')))).toEqual([beijing.id]);
    expect(ids(await admin.get(q('北京')))).toEqual(expect.arrayContaining([beijing.id, hidden.id]));
  });

  it('finds English words and word prefixes, case-insensitively', async () => {
    expect(ids(await rep.get(q('warehouse')))).toEqual([english.id]);
    expect(ids(await rep.get(q('ROBOT')))).toEqual([english.id]);
  });

  it('finds part of a phone number and the digits-only form', async () => {
    expect(ids(await rep.get(q('6688')))).toEqual([phone.id]);
    expect(ids(await rep.get(q('02866881234')))).toEqual([phone.id]);
    expect(ids(await rep.get(q('刘洋')))).toEqual([phone.id]);
  });

  it('lists an exact name match first', async () => {
    const a = await newCustomer(db, { ownerId: rep.user.id, name: '星河科技有限公司' });
    t.clock.advanceMinutes(1);
    const b = await newCustomer(db, {
      ownerId: rep.user.id,
      name: '星河科技研究院',
      createdAt: t.clock.now(),
    });
    // Newest first would put b first; the exact name (without legal suffix) wins.
    expect(ids(await rep.get(q('星河科技')))).toEqual([a.id, b.id]);
  });

  it('finds nothing for punctuation only and rejects an unknown sort', async () => {
    expect(ids(await rep.get(q('!!')))).toEqual([]);
    expect((await rep.get('/api/customers?sort=owner')).status).toBe(400);
  });
});

describe('filters and keyset pagination', () => {
  beforeAll(async () => {
    admin ??= await t.loginAs('admin');
    const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
    for (let i = 0; i < 23; i++) {
      // Groups of three share a timestamp, so the id tie-break is exercised.
      const at = new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 3)));
      await newCustomer(db, {
        name: `${names[i % 10]}${i}分页公司`,
        tags: ['page-test', i % 2 ? 'odd' : 'even'],
        tier: i % 4 === 0 ? 'A' : 'B',
        stage: i % 5 === 0 ? 'customer' : 'lead',
        createdAt: at,
        updatedAt: new Date(at.getTime() + ((i * 7) % 23) * 1000),
      });
    }
  });

  async function walk(client: Client, url: string, limit: number) {
    const seen: { id: string; name: string; createdAt: string; updatedAt: string }[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res = await client.get(`${url}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    return seen;
  }

  it.each(['-createdAt', 'createdAt', 'name', '-name', 'updatedAt', '-updatedAt'])(
    'walks every page sorted by %s without duplicates or gaps',
    async (sort) => {
      const all = await walk(admin, `/api/customers?tag=page-test&sort=${sort}`, 5);
      expect(all).toHaveLength(23);
      expect(new Set(all.map((c) => c.id)).size).toBe(23);
      const field = sort.replace('-', '') as 'createdAt' | 'name' | 'updatedAt';
      const sign = sort.startsWith('-') ? -1 : 1;
      const sorted = [...all].sort((a, b) => {
        const byField = a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0;
        return sign * (byField || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      });
      expect(all.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
    },
  );

  it('does not shift pages when a customer is added between requests', async () => {
    const first = await admin.get('/api/customers?tag=page-test&limit=5');
    await newCustomer(db, {
      name: '插队公司',
      tags: ['page-test'],
      createdAt: new Date('2027-01-01T00:00:00Z'),
    });
    const second = await admin.get(`/api/customers?tag=page-test&limit=5&cursor=${first.body.nextCursor}`);
    const before = await walk(admin, '/api/customers?tag=page-test', 100);
    const expected = before
      .filter((c) => c.name !== '插队公司')
      .slice(5, 10)
      .map((c) => c.id);
    expect(ids(second)).toEqual(expected);
  });

  it('filters by stage, tier and tags (repeated or comma separated)', async () => {
    const a = await admin.get('/api/customers?tag=page-test&tier=A&limit=100');
    expect(a.body.items.every((c: { tier: string }) => c.tier === 'A')).toBe(true);
    expect(a.body.items).toHaveLength(6);
    const both = await admin.get('/api/customers?tag=page-test,odd&stage=customer&stage=lead&limit=100');
    expect(both.body.items.length).toBe(11);
    const stages = await admin.get('/api/customers?tag=page-test&stage=customer&limit=100');
    expect(stages.body.items).toHaveLength(5);
  });

  it('rejects a forged cursor and an out-of-range limit', async () => {
    expect((await admin.get('/api/customers?cursor=garbage')).status).toBe(400);
    expect((await admin.get('/api/customers?limit=101')).status).toBe(400);
    expect((await admin.get('/api/customers?limit=0')).status).toBe(400);
  });
});
