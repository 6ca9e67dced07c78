import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId } from '../../../../../tests/support/contracts.js';
import { teamByKey } from '../../db/seed/factories.js';
import { runRenewalScan } from './index.js';

// 2026-03-02 10:00 in Asia/Shanghai.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const north = await teamByKey(db, 'sales_north');
const east = await teamByKey(db, 'sales_east');
const rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
const other = await t.loginAs('sales_rep', { teamIds: [east.id] });
const policy = await policyId(admin);
const customer = (
  await admin.post('/api/customers', {
    name: '续约任务客户',
    ownerId: rep.user.id,
    teamId: north.id,
    allowDuplicate: true,
  })
).body.id as string;

const ending = (endDate: string) =>
  activeContract(t, rep, contractBody(customer, policy, { startDate: '2025-06-01', endDate }));
const soon = await ending('2026-04-20');
const later = await ending('2026-05-31');
await runRenewalScan(t.deps, new Date('2026-03-02T02:00:00Z'));

interface Task {
  id: string;
  contractId: string;
  contractNumber: string;
  customerName: string;
  daysLeft: number;
  status: string;
  version: number;
  note: string | null;
  newContractId: string | null;
}
const tasksOf = async (q = '') => (await rep.get(`/api/renewal-tasks${q}`)).body.items as Task[];

describe('renewal tasks', () => {
  it('lists the tasks of visible contracts, soonest end first, with days left', async () => {
    const items = await tasksOf();
    expect(items.map((x) => x.contractId)).toEqual([soon.id, later.id]);
    expect(items[0]).toMatchObject({
      customerName: '续约任务客户',
      daysLeft: 49,
      status: 'open',
      version: 1,
    });
    // Outside the data scope: no tasks, and a change answers 404 like a missing task.
    expect((await other.get('/api/renewal-tasks')).body.items).toEqual([]);
    // Customer contacts read their contracts in force, but renewal evaluations are internal.
    const contact = await t.loginAs('customer_contact', { customerId: customer });
    expect((await contact.get(`/api/contracts/${soon.id}`)).status).toBe(200);
    expect((await contact.get('/api/renewal-tasks')).body.items).toEqual([]);
    const res = await other.patch(
      `/api/renewal-tasks/${items[0]!.id}`,
      { status: 'done' },
      { 'if-match': '"1"' },
    );
    expect(res.status).toBe(404);
  });

  it('pages with a cursor and filters by status', async () => {
    const first = (await rep.get('/api/renewal-tasks?limit=1')).body;
    expect(first.items).toHaveLength(1);
    const second = (await rep.get(`/api/renewal-tasks?limit=1&cursor=${first.nextCursor}`)).body;
    expect(second.items.map((x: Task) => x.contractId)).toEqual([later.id]);
    expect(second.nextCursor).toBeNull();
    expect(await tasksOf('?status=done')).toEqual([]);
  });

  it('changes status with If-Match, links the renewal contract and audits', async () => {
    const task = (await tasksOf())[0]!;
    expect((await rep.patch(`/api/renewal-tasks/${task.id}`, { status: 'in_progress' })).status).toBe(428);
    const renewal = (
      await rep.post(
        '/api/contracts',
        contractBody(customer, policy, { startDate: '2026-04-21', endDate: '2027-04-20', parentId: soon.id }),
      )
    ).body;
    const res = await rep.patch(
      `/api/renewal-tasks/${task.id}`,
      { status: 'done', note: '已续签一年', newContractId: renewal.id },
      { 'if-match': '"1"' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toMatchObject({
      status: 'done',
      note: '已续签一年',
      newContractId: renewal.id,
      version: 2,
    });
    expect((await tasksOf('?status=done')).map((x) => x.id)).toEqual([task.id]);
    const stale = await rep.patch(`/api/renewal-tasks/${task.id}`, { status: 'open' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    const audit = (await admin.get(`/api/audit?entityId=${task.id}`)).body.items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['contract.renewal_task_update']);
  });

  it('rejects a renewal contract that is not another contract of the customer, writing nothing', async () => {
    const task = (await tasksOf('?status=open'))[0]!;
    const res = await rep.patch(
      `/api/renewal-tasks/${task.id}`,
      { status: 'done', newContractId: task.contractId },
      { 'if-match': `"${task.version}"` },
    );
    expect(res.status).toBe(400);
    expect((await tasksOf('?status=open'))[0]).toMatchObject({ id: task.id, status: 'open', version: 1 });
    expect(
      (await rep.patch(`/api/renewal-tasks/${task.id}`, { status: 'closed' }, { 'if-match': '"1"' })).status,
    ).toBe(400);
  });
});
