import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId } from '../../../../../tests/support/contracts.js';
import { teamByKey } from '../../db/seed/factories.js';
import { renewalTasksOf, runRenewalScan } from './index.js';

// 2026-03-02 10:00 in Asia/Shanghai.
const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const north = await teamByKey(db, 'sales_north');
const rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
const policy = await policyId(admin);
const customer = (
  await admin.post('/api/customers', {
    name: '续约客户',
    ownerId: rep.user.id,
    teamId: north.id,
    allowDuplicate: true,
  })
).body.id as string;

const ending = (endDate: string, over: Record<string, unknown> = {}) =>
  activeContract(t, rep, contractBody(customer, policy, { startDate: '2025-06-01', endDate, ...over }));

const soon = await ending('2026-05-31'); // 90 days after 2026-03-02
const within60 = await ending('2026-04-20'); // 49 days: opened at the 60-day milestone
const later = await ending('2026-12-31');
const past = await ending('2026-03-01');
const terminated = await ending('2026-04-01');
await rep.post(`/api/contracts/${terminated.id}/transition`, { to: 'terminated', reason: '终止' });
const implementation = await ending('2026-04-01', { type: 'implementation' });

const stateOf = async (id: string) => (await rep.get(`/api/contracts/${id}`)).body.state;

describe('renewal scan', () => {
  it('opens one renewal task per maintenance contract within 90 days, marks expiring and expired', async () => {
    const at = new Date('2026-03-02T02:00:00Z');
    const first = await runRenewalScan(t.deps, at);
    expect(first.today).toBe('2026-03-02');
    expect(new Set(first.tasksOpened)).toEqual(new Set([soon.id, within60.id]));
    expect(new Set(first.markedExpiring)).toEqual(new Set([soon.id, within60.id]));
    expect(first.markedExpired).toEqual([past.id]);
    expect(await stateOf(soon.id)).toBe('expiring');
    expect(await stateOf(later.id)).toBe('active');
    expect(await stateOf(past.id)).toBe('expired');
    expect(await stateOf(terminated.id)).toBe('terminated');
    expect(await stateOf(implementation.id)).toBe('active');

    const tasks = await renewalTasksOf(db, [soon.id, within60.id, later.id, implementation.id]);
    expect(tasks.map((x) => [x.contractId, x.openedAtDays]).sort()).toEqual(
      [
        [soon.id, 90],
        [within60.id, 60],
      ].sort(),
    );
    // The owner is told in-app.
    const inbox = (await rep.get('/api/notifications')).body.items;
    expect(inbox.filter((n: { kind: string }) => n.kind === 'contract.renewal')).toHaveLength(2);
    const audit = (await admin.get(`/api/audit?entityId=${soon.id}`)).body.items.map(
      (a: { action: string }) => a.action,
    );
    expect(audit).toEqual(expect.arrayContaining(['contract.expiring', 'contract.renewal_opened']));
  });

  it('running again, or at the next milestone, opens nothing new', async () => {
    const again = await runRenewalScan(t.deps, new Date('2026-03-02T02:00:00Z'));
    expect(again).toMatchObject({ tasksOpened: [], markedExpiring: [], markedExpired: [] });
    const at60 = await runRenewalScan(t.deps, new Date('2026-04-01T02:00:00Z'));
    expect(at60.tasksOpened).toEqual([]);
    expect((await renewalTasksOf(db, [soon.id, within60.id])).length).toBe(2);
    const inbox = (await rep.get('/api/notifications')).body.items;
    expect(inbox.filter((n: { kind: string }) => n.kind === 'contract.renewal')).toHaveLength(2);
  });

  it('uses Shanghai dates: the day after the end (local midnight) expires the contract', async () => {
    const c = await ending('2026-12-31');
    await runRenewalScan(t.deps, new Date('2026-12-31T15:59:00Z')); // 23:59 on the 31st
    expect(await stateOf(c.id)).toBe('expiring');
    await runRenewalScan(t.deps, new Date('2026-12-31T16:00:00Z')); // 00:00 on 1 January
    expect(await stateOf(c.id)).toBe('expired');
  });
});
