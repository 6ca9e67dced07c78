/** Finding customers (issue 9): pinyin search, near-duplicate names, region and industry codes, import mapping. */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { customers } from '../../db/schema/customers.js';
import { newTeam } from '../../db/seed/factories.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { backfillCustomerKeys } from './customers.backfill.js';

const t = await useTestApp();
const db = t.database.db;

let admin: Client;
let rep: Client;
let mine: { ownerId: string; teamId: string };

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((c) => c.id);
const q = (s: string) => `/api/customers?q=${encodeURIComponent(s)}&limit=100`;

beforeAll(async () => {
  const north = await newTeam(db);
  admin = await t.loginAs('admin');
  rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
  mine = { ownerId: rep.user.id, teamId: north.id };
});

describe('pinyin search', () => {
  let haier: { id: string };
  let huaxin: { id: string };
  let other: { id: string };
  beforeAll(async () => {
    haier = await newCustomer(db, { ...mine, name: '青岛海尔智家股份有限公司' });
    huaxin = await newCustomer(db, { ...mine, name: '北京华信智联科技有限公司' });
    other = await newCustomer(db, { ...mine, name: '杭州云帆网络有限公司' });
  });

  it('finds 海尔 by its full pinyin, in any case', async () => {
    expect(ids(await rep.get(q('haier')))).toEqual([haier.id]);
    expect(ids(await rep.get(q('HaiEr')))).toEqual([haier.id]);
    expect(ids(await rep.get(q('qingdao haier')))).toEqual([haier.id]);
  });

  it('finds 北京华信… by initials of the whole name and of its distinctive part', async () => {
    expect(ids(await rep.get(q('bjhx')))).toEqual([huaxin.id]);
    expect(ids(await rep.get(q('hxzl')))).toEqual([huaxin.id]);
    // Two letters match the start of a form only: yf is 云帆's, not inside another name.
    expect(ids(await rep.get(q('yf')))).toEqual([other.id]);
  });

  it('keeps Chinese and mixed queries working as before', async () => {
    expect(ids(await rep.get(q('华信智联')))).toEqual([huaxin.id]);
    expect(ids(await rep.get(q('海尔 智家')))).toEqual([haier.id]);
    expect(ids(await rep.get(q('zzzq')))).toEqual([]);
  });
});

describe('near-duplicate names', () => {
  const tag = randomBytes(2).toString('hex');
  it('华信智联科技（北京）有限公司 matches an existing 北京华信智联 with a score, and the other way round', async () => {
    const short = await newCustomer(db, { ...mine, name: `北京众${tag}智联` });
    const res = await rep.post('/api/customers', { name: `众${tag}智联科技（北京）有限公司` });
    expect(res.status).toBe(409);
    expect(res.body.matches).toEqual([
      expect.objectContaining({ id: short.id, reason: 'similar_name', inScope: true }),
    ]);
    expect(res.body.matches[0].score).toBeGreaterThan(0.5);
    expect(res.body.matches[0].score).toBeLessThan(1);

    const long = await newCustomer(db, { ...mine, name: `远${tag}信达科技（上海）有限公司` });
    const back = await rep.post('/api/customers/duplicates', { name: `上海远${tag}信达` });
    expect(back.body.matches).toEqual([
      expect.objectContaining({ id: long.id, reason: 'similar_name', inScope: true }),
    ]);
    // Exact after normalising (place and legal form dropped) stays a plain name match.
    const exact = await rep.post('/api/customers/duplicates', { name: `远${tag}信达科技有限公司` });
    expect(exact.body.matches).toEqual([expect.objectContaining({ id: long.id, reason: 'name', score: 1 })]);
  });

  it('does not match a different business with the same 字号, and says only that an out-of-scope match exists', async () => {
    await newCustomer(db, { ...mine, name: `${tag}启明物流有限公司` });
    const res = await rep.post('/api/customers/duplicates', { name: `${tag}启明软件有限公司` });
    expect(res.body.matches).toEqual([]);

    const east = await newTeam(db);
    await newCustomer(db, { ownerId: null, teamId: east.id, name: `广州${tag}星河科技有限公司` });
    const hidden = await rep.post('/api/customers/duplicates', { name: `${tag}星河` });
    expect(hidden.body.matches).toEqual([
      {
        id: null,
        name: null,
        reason: 'similar_name',
        score: expect.any(Number),
        inScope: false,
        ownerName: null,
      },
    ]);
  });
});

describe('region and industry codes', () => {
  it('stores the codes with the region names, refuses unknown codes, and serves the reference lists', async () => {
    const ref = await rep.get('/api/customers/reference');
    expect(ref.status).toBe(200);
    expect(ref.body.industries).toHaveLength(20);
    expect(ref.body.regions).toHaveLength(34);

    const created = await rep.post('/api/customers', {
      name: `区域测试${randomBytes(3).toString('hex')}有限公司`,
      regionCode: '440305',
      industryCode: 'I',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      regionCode: '440305',
      region: '广东省 深圳市 南山区',
      industryCode: 'I',
    });

    const bad = await rep.post('/api/customers', {
      name: '错误区域公司',
      regionCode: '999999',
      industryCode: 'Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string[] }) => e.path.at(-1)).sort()).toEqual([
      'industryCode',
      'regionCode',
    ]);

    const patched = await rep.patch(
      `/api/customers/${created.body.id}`,
      { regionCode: '110108' },
      { 'if-match': '"1"' },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ regionCode: '110108', region: '北京市 海淀区', industryCode: 'I' });
  });

  it('keeps free text from before codes through an edit until a code is picked', async () => {
    const old = await newCustomer(db, { ...mine, region: '火星基地', industry: '园艺爱好' });
    const kept = await rep.patch(
      `/api/customers/${old.id}`,
      { tier: 'A', regionCode: null, industryCode: null },
      { 'if-match': '"1"' },
    );
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({
      tier: 'A',
      region: '火星基地',
      industry: '园艺爱好',
      regionCode: null,
    });
    const coded = await rep.patch(
      `/api/customers/${old.id}`,
      { regionCode: '330100', industryCode: 'R' },
      { 'if-match': '"2"' },
    );
    expect(coded.body).toMatchObject({ region: '浙江省 杭州市', industry: null, industryCode: 'R' });
    const cleared = await rep.patch(`/api/customers/${old.id}`, { regionCode: null }, { 'if-match': '"3"' });
    expect(cleared.body).toMatchObject({ region: null, regionCode: null });
  });

  it('filters by province, city or district and by industry section', async () => {
    const nanshan = await newCustomer(db, { ...mine, regionCode: '440305', industryCode: 'C' });
    const futian = await newCustomer(db, { ...mine, regionCode: '440304', industryCode: 'I' });
    const guangzhou = await newCustomer(db, { ...mine, regionCode: '440100', industryCode: 'C' });
    const sets = async (query: string) => ids(await rep.get(`/api/customers?${query}&limit=100`));
    expect(await sets('regionCode=440000')).toEqual(
      expect.arrayContaining([nanshan.id, futian.id, guangzhou.id]),
    );
    const shenzhen = await sets('regionCode=440300');
    expect(shenzhen).toEqual(expect.arrayContaining([nanshan.id, futian.id]));
    expect(shenzhen).not.toContain(guangzhou.id);
    expect(await sets('regionCode=440305')).toEqual([nanshan.id]);
    expect(await sets('regionCode=440300&industryCode=C')).toEqual([nanshan.id]);
  });
});

describe('mapping free text', () => {
  function upload(client: Client, fileName: string, data: string) {
    const boundary = `----aftercare${randomBytes(8).toString('hex')}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(data, 'utf8'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return client.request('POST', '/api/customers/import', {
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  }

  it('maps region and industry text to codes in an import and lists what it could not map per row', async () => {
    const tag = randomBytes(3).toString('hex');
    const csv = [
      '名称,地区,行业',
      `映射甲${tag}有限公司,北京市海淀区,软件和信息技术服务业`,
      `映射乙${tag}有限公司,广东深圳,制造业`,
      `映射丙${tag}有限公司,火星基地,园艺爱好`,
    ].join('\n');
    const dry = await upload(admin, 'map.csv', csv);
    expect(dry.status).toBe(201);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.unmapped).toEqual([
      { row: 4, field: 'region', value: '火星基地' },
      { row: 4, field: 'industry', value: '园艺爱好' },
    ]);
    expect((await admin.post(`/api/customers/import/${dry.body.id}/commit`)).status).toBe(202);
    for (let i = 0; i < 500; i++) {
      const res = await admin.get(`/api/customers/import/${dry.body.id}`);
      if (res.body.status === 'done') break;
      expect(res.body.status).not.toBe('failed');
      await new Promise((r) => setTimeout(r, 20));
    }
    const rows = await db
      .select()
      .from(customers)
      .where(sql`${customers.name} like ${`映射%${tag}%`}`)
      .orderBy(customers.name);
    const byName = Object.fromEntries(rows.map((r) => [r.name.slice(0, 3), r]));
    expect(byName.映射甲).toMatchObject({ regionCode: '110108', region: '北京市 海淀区', industryCode: 'I' });
    expect(byName.映射乙).toMatchObject({ regionCode: '440300', industryCode: 'C', industry: null });
    // Unmapped text is kept as it was typed, so nothing is lost.
    expect(byName.映射丙).toMatchObject({ regionCode: null, region: '火星基地', industry: '园艺爱好' });
    expect(byName.映射甲?.namePinyin).toContain('yingshejia');
  });

  it('fills pinyin, name core and codes of rows written before them (the start-up backfill)', async () => {
    const old = await newCustomer(db, { name: '北京老数据科技有限公司' });
    await db
      .update(customers)
      .set({
        namePinyin: null,
        nameCore: null,
        normalizedName: '北京老数据科技',
        region: '江苏苏州',
        industry: '金融',
      })
      .where(eq(customers.id, old.id));
    expect(await backfillCustomerKeys(db)).toBeGreaterThanOrEqual(1);
    const [row] = await db.select().from(customers).where(eq(customers.id, old.id));
    expect(row).toMatchObject({
      normalizedName: '老数据科技',
      nameCore: '老数据',
      regionCode: '320500',
      region: '江苏省 苏州市',
      industryCode: 'J',
      industry: null,
    });
    expect(row?.namePinyin).toContain('bjlsjkjyxgs');
    expect(await backfillCustomerKeys(db)).toBe(0);
  });
});
