import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { systemActor } from '../../platform/access.js';
import { openApproval, registerApprovalKind } from './index.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const director = await t.loginAs('sales_director');
const executive = await t.loginAs('executive');
const finance = await t.loginAs('finance');

// A kind of this test: completion is recorded so the handler call is observable.
const completed: { id: string; outcome: string }[] = [];
registerApprovalKind('approvals_test', {
  permission: 'contracts:approve',
  subjectVisible: async () => true,
  onComplete: async (_tx, _deps, _actor, request, outcome) => {
    completed.push({ id: request.id, outcome });
  },
});

async function open(steps: string[]) {
  t.clock.advanceMinutes(1);
  return t.database.db.transaction((tx) =>
    openApproval(tx, t.deps, systemActor([]), {
      kind: 'approvals_test',
      subjectType: 'test',
      subjectId: '00000000-0000-4000-8000-000000000009',
      customerId: null,
      title: 'test',
      steps,
    }),
  );
}

describe('approval engine', () => {
  it('walks the steps in order and calls the handler once, on completion', async () => {
    const a = await open(['executive', 'sales_director', 'finance']);
    expect((await director.post(`/api/approvals/${a.id}/decide`, { decision: 'approve' })).status).toBe(403);
    await executive.post(`/api/approvals/${a.id}/decide`, { decision: 'approve', comment: 'ok' });
    await director.post(`/api/approvals/${a.id}/decide`, { decision: 'approve' });
    expect(completed.filter((c) => c.id === a.id)).toEqual([]);
    const done = await finance.post(`/api/approvals/${a.id}/decide`, { decision: 'approve' });
    expect(done.body).toMatchObject({ status: 'approved', currentStep: 2, currentRole: null });
    expect(
      done.body.decisions.map((d: { roleKey: string; comment: string | null }) => [d.roleKey, d.comment]),
    ).toEqual([
      ['executive', 'ok'],
      ['sales_director', null],
      ['finance', null],
    ]);
    expect(completed.filter((c) => c.id === a.id)).toEqual([{ id: a.id, outcome: 'approved' }]);
  });

  it('a rejection at any step ends the request', async () => {
    const a = await open(['sales_director', 'finance']);
    const res = await director.post(`/api/approvals/${a.id}/decide`, { decision: 'reject', comment: '不行' });
    expect(res.body).toMatchObject({ status: 'rejected', currentRole: null });
    expect(completed.find((c) => c.id === a.id)?.outcome).toBe('rejected');
    expect((await finance.post(`/api/approvals/${a.id}/decide`, { decision: 'approve' })).status).toBe(409);
  });

  it('lists what awaits my role (mine=true), filters by status, pages with a cursor', async () => {
    const a = await open(['finance']);
    const b = await open(['finance']);
    const mine = (await finance.get('/api/approvals?mine=true')).body.items.map((x: { id: string }) => x.id);
    expect(mine).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(
      (await director.get('/api/approvals?mine=true')).body.items.map((x: { id: string }) => x.id),
    ).not.toContain(a.id);
    const page1 = (await finance.get('/api/approvals?status=pending&limit=1')).body;
    expect(page1.items[0].id).toBe(b.id);
    const page2 = (await finance.get(`/api/approvals?status=pending&limit=1&cursor=${page1.nextCursor}`))
      .body;
    expect(page2.items[0].id).toBe(a.id);
    const approved = (await finance.get('/api/approvals?status=approved')).body.items;
    expect(approved.every((x: { status: string }) => x.status === 'approved')).toBe(true);
    expect((await finance.get('/api/approvals/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
