import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { auditLog } from '../../db/schema/audit.js';
import { customers } from '../../db/schema/customers.js';
import { newTeam, newUser } from '../../db/seed/factories.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { creditCodeCheckChar } from './credit-code.js';

const t = await useTestApp();
const db = t.database.db;

let manager: Client;
let rep: Client;
let north: { id: string };
let east: { id: string };

beforeAll(async () => {
  north = await newTeam(db);
  east = await newTeam(db);
  manager = await t.loginAs('service_manager', { username: `mgr_${randomBytes(3).toString('hex')}` });
  rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
});

function upload(client: Client, fileName: string, data: Buffer | string, type = 'text/csv') {
  const boundary = `----aftercare${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', '/api/customers/import', {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

async function waitForImport(client: Client, id: string) {
  const seen: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const res = await client.get(`/api/customers/import/${id}`);
    seen.push(res.body.processedRows);
    if (res.body.status === 'done' || res.body.status === 'failed') return { report: res.body, seen };
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

/** A valid credit code derived from a number. */
function code(n: number): string {
  const body = `91110000${String(n).padStart(9, '0')}`;
  return body + creditCodeCheckChar(body);
}

const countLike = async (pattern: string) =>
  (await db.select({ id: customers.id }).from(customers).where(like(customers.name, pattern))).length;

describe('import dry run', () => {
  it('reports errors by row and field, flags duplicates, and refuses to commit', async () => {
    await newCustomer(db, { name: '已存在的导入客户有限公司' });
    const csv = [
      '名称,统一社会信用代码,阶段,等级,标签,联系人,联系电话,联系人邮箱,负责人',
      `干净客户甲,${code(1)},潜在客户,A,重点;华北,张三,13800000001,zs@example.com,`,
      '坏代码客户,91350100M000100Y44,lead,B,,,,,',
      ',,,,,,,,',
      '缺名称行,,,,,李四,,not-an-email,',
      `重复代码客户,${code(1)},,,,,,,`,
      '已存在的导入客户,,,,,,,,',
      '负责人不存在,,,,,,,,nobody_here',
      '坏阶段,,won,Z,,,,,',
    ].join('\n');
    const res = await upload(manager, 'customers.csv', csv);
    expect(res.status).toBe(201);
    const r = res.body;
    expect(r.status).toBe('validated');
    expect(r.totalRows).toBe(7);
    const errs = r.errors.map((e: { row: number; path: string[] }) => `${e.row}:${e.path.join('.')}`);
    expect(errs).toEqual(
      expect.arrayContaining([
        '3:creditCode',
        '5:contactEmail',
        '6:creditCode',
        '8:owner',
        '9:stage',
        '9:tier',
      ]),
    );
    expect(errs).not.toContain('2:creditCode');
    expect(r.duplicates).toEqual([
      expect.objectContaining({ row: 7, matches: [expect.objectContaining({ reason: 'name' })] }),
    ]);
    const commit = await manager.post(`/api/customers/import/${r.id}/commit`);
    expect(commit.status).toBe(409);
    expect(await countLike('干净客户甲%')).toBe(0);
  });

  it('reads GB18030 CSV, UTF-8 with BOM, and English headers', async () => {
    const gbk = Buffer.from([
      // "名称,地区\n" + "北京国标客户,北京\n" in GB18030
      ...Buffer.from('c3fbb3c62cb5d8c7f80a', 'hex'),
      ...Buffer.from('b1b1bea9b9fab1eabfcdbba72cb1b1bea90a', 'hex'),
    ]);
    const a = await upload(manager, 'gbk.csv', gbk);
    expect(a.status).toBe(201);
    expect(a.body.errors).toEqual([]);
    const bom = await upload(manager, 'bom.csv', `\uFEFFname,region,tier\nBOM Customer Ltd,Shanghai,b\n`);
    expect(bom.body.errors).toEqual([]);
    expect(bom.body.totalRows).toBe(1);
    const committed = await manager.post(`/api/customers/import/${a.body.id}/commit`);
    expect(committed.status).toBe(202);
    const done = await waitForImport(manager, a.body.id);
    expect(done.report.status).toBe('done');
    const rows = await db.select().from(customers).where(eq(customers.name, '北京国标客户'));
    // 北京 maps to the GB/T 2260 code; the display names come from the code.
    expect(rows[0]).toMatchObject({ regionCode: '110000', region: '北京市' });
  });

  it('rejects other file types and requires the import permission', async () => {
    expect((await upload(manager, 'notes.pdf', 'hello', 'application/pdf')).status).toBe(415);
    expect((await upload(rep, 'x.csv', 'name\nA\n')).status).toBe(201);
    const agent = await t.loginAs('agent');
    expect((await upload(agent, 'x.csv', 'name\nA\n')).status).toBe(403);
  });
});

describe('import commit', () => {
  it('imports an .xlsx with owners, contacts and audit rows', async () => {
    const owner = await newUser(db, {
      role: 'sales_rep',
      username: `owner_${randomBytes(3).toString('hex')}`,
      teamIds: [east.id],
    });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['名称', '行业', '地区', '规模', '来源', '负责人', '联系人', '联系电话']);
    ws.addRow([
      '苏州精密制造有限公司',
      '制造业',
      '江苏苏州',
      '大型',
      '展会',
      owner.username,
      '周杰',
      13912340001,
    ]);
    ws.addRow(['无锡物联网科技有限公司', '物联网', '江苏无锡', 'small', 'web', '', '', '']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const dry = await upload(
      manager,
      'customers.xlsx',
      buf,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(dry.status).toBe(201);
    expect(dry.body.errors).toEqual([]);
    const commit = await manager.post(`/api/customers/import/${dry.body.id}/commit`, {});
    expect(commit.status).toBe(202);
    expect((await waitForImport(manager, dry.body.id)).report.status).toBe('done');
    const [c] = await db.select().from(customers).where(eq(customers.name, '苏州精密制造有限公司'));
    expect(c).toMatchObject({
      industryCode: 'C',
      industry: null,
      scale: 'large',
      source: 'exhibition',
      ownerId: owner.id,
      teamId: east.id,
    });
    const list = await manager.get(`/api/customers?q=${encodeURIComponent('13912340001')}`);
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([c!.id]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.customerId, c!.id));
    expect(audit.map((a) => a.action)).toEqual(['customer.import']);
    // A second commit of the same import is refused.
    expect((await manager.post(`/api/customers/import/${dry.body.id}/commit`)).status).toBe(409);
  });

  it('is all or nothing: one failing row imports nothing', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => `原子导入${i}有限公司,${code(1000 + i)}`);
    const dry = await upload(manager, 'atomic.csv', `名称,统一社会信用代码\n${rows.join('\n')}\n`);
    expect(dry.body.errors).toEqual([]);
    // Someone takes row 402's credit code between the dry run and the commit.
    await newCustomer(db, { name: '抢先登记的公司', creditCode: code(1400) });
    await manager.post(`/api/customers/import/${dry.body.id}/commit`);
    const { report } = await waitForImport(manager, dry.body.id);
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/Row 402/);
    expect(await countLike('原子导入%')).toBe(0);
  });

  it('imports 10,000 rows in one transaction with progress reaching the total', async () => {
    const lines = ['name,region,tier,tags,contactName,contactPhone'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `万行导入客户${i},华东,${'ABCD'[i % 4]},batch;big,联系人${i},1370000${String(i).padStart(4, '0')}`,
      );
    const dry = await upload(manager, 'big.csv', lines.join('\n'));
    expect(dry.status).toBe(201);
    expect(dry.body.totalRows).toBe(10_000);
    expect(dry.body.errors).toEqual([]);
    expect((await manager.post(`/api/customers/import/${dry.body.id}/commit`)).status).toBe(202);
    const { report, seen } = await waitForImport(manager, dry.body.id);
    expect(report.status).toBe('done');
    expect(report.processedRows).toBe(10_000);
    // Progress only grows.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await countLike('万行导入客户%')).toBe(10_000);
  }, 120_000);
});

describe('export', () => {
  beforeAll(async () => {
    await newCustomer(db, {
      name: '导出测试北方有限公司',
      tags: ['export-test'],
      ownerId: rep.user.id,
      teamId: north.id,
      stage: 'customer',
      contacts: [{ name: '导出联系人', phones: ['010-1234 5678'], email: 'exp@example.com' }],
    });
    await newCustomer(db, { name: '导出测试华东有限公司', tags: ['export-test'], teamId: east.id });
  });

  it('streams CSV with a BOM, Chinese headers and only customers in scope', async () => {
    const res = await rep.get('/api/customers/export?format=csv&tag=export-test');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(String(res.headers['content-disposition'])).toMatch(/attachment; filename="customers-\d{8}\.csv"/);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(res.text, { bom: true, columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      名称: '导出测试北方有限公司',
      阶段: 'customer',
      联系人: '导出联系人',
      联系电话: '010-1234 5678',
      负责人: rep.user.username,
    });
    const all: Record<string, string>[] = parse(
      (await manager.get('/api/customers/export?tag=export-test')).text,
      { bom: true, columns: true },
    );
    expect(all.map((r) => r.名称).sort()).toEqual(['导出测试北方有限公司', '导出测试华东有限公司'].sort());
  });

  it('exports the full list across batches as .xlsx', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/customers/export?format=xlsx&tag=batch&sort=name',
      headers: { cookie: await cookieOf(manager) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('名称');
    expect(ws.actualRowCount).toBe(10_001);
  }, 60_000);

  it('requires the export permission', async () => {
    const engineer = await t.loginAs('engineer');
    expect((await engineer.get('/api/customers/export')).status).toBe(403);
  });
});

/** The session cookie of a client (for raw inject calls that need the binary payload). */
async function cookieOf(client: Client): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: client.user.username, password: client.user.password },
  });
  return String(res.headers['set-cookie']).split(';')[0]!;
}
