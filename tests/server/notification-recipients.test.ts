/**
 * Every step that waits for someone tells them, each exactly once (issue 9): assignment, SLA warning,
 * SLA breach, escalation, approval waiting, approval decided, renewal task. One person holding two of the
 * roles (the assignee who is also the team lead and a service manager) still gets one notification per
 * event, and the person who acted is not told of their own act.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roles, teams, users } from '../../apps/server/src/db/schema/identity.js';
import { notifications } from '../../apps/server/src/db/schema/notifications.js';
import { serviceRequests, teamQueues } from '../../apps/server/src/db/schema/requests.js';
import { newTeam, newUser, teamByKey } from '../../apps/server/src/db/seed/factories.js';
import { newCustomer } from '../../apps/server/src/db/seed/factories-customers.js';
import { newServiceRequest } from '../../apps/server/src/db/seed/factories-requests.js';
import { runRenewalScan } from '../../apps/server/src/modules/contracts/index.js';
import { runSlaSweep } from '../../apps/server/src/workflows/sla-sweep.js';
import { useTestApp } from '../support/app.js';
import { contractBody, policyId } from '../support/contracts.js';

const START = '2026-03-02T02:00:00Z';
const t = await useTestApp({ clockStart: START });
const db = t.deps.db;
const at = (minutes: number) => new Date(new Date(START).getTime() + minutes * 60_000);

let seen: string[] = [];
/** The notifications created since the last call, as "kind" → recipient → how many. */
async function told(): Promise<Map<string, Map<string, number>>> {
  const rows = await db
    .select({ id: notifications.id, userId: notifications.userId, kind: notifications.kind })
    .from(notifications)
    .where(seen.length ? notInArray(notifications.id, seen) : undefined);
  seen = [...seen, ...rows.map((r) => r.id)];
  const byKind = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = byKind.get(r.kind) ?? new Map<string, number>();
    m.set(r.userId, (m.get(r.userId) ?? 0) + 1);
    byKind.set(r.kind, m);
  }
  return byKind;
}

/** Each expected recipient exactly once for the kind, nobody else, and no other kind. */
function expectOnce(got: Map<string, Map<string, number>>, kind: string, userIds: (string | null)[]) {
  const expected = [...new Set(userIds.filter((u): u is string => !!u))].sort();
  expect([...got.keys()]).toEqual([kind]);
  const m = got.get(kind) ?? new Map<string, number>();
  expect([...m.keys()].sort()).toEqual(expected);
  for (const [, n] of m) expect(n).toBe(1);
}

const membersOf = async (roleKey: string) =>
  (
    await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(roles, eq(roles.id, users.roleId))
      .where(and(eq(roles.key, roleKey), eq(users.disabled, false)))
  ).map((r) => r.id);

describe('notifications where they matter', () => {
  it('tells each person once per request event, also when one person holds several of the roles', async () => {
    const customer = await newCustomer(db);
    // The team lead is a service manager and becomes the assignee: three reasons to be told of a breach.
    const manager = await t.loginAs('service_manager');
    const team = await newTeam(db, { kind: 'service', tier: 1 });
    const lead = await newUser(db, { role: 'service_manager', teamIds: [team.id] });
    await db.update(teams).set({ leadId: lead.id }).where(eq(teams.id, team.id));
    await db.insert(teamQueues).values({ teamId: team.id, mode: 'manual', updatedAt: t.clock.now() });
    const tier2 = await teamByKey(db, 'technical_support');
    const lead2 = await newUser(db, { role: 'engineer' });
    await db.update(teams).set({ leadId: lead2.id }).where(eq(teams.id, tier2.id));
    const r = await newServiceRequest(db, {
      customerId: customer.id,
      severity: 'L1',
      teamId: team.id,
      receivedAt: t.clock.now(),
    });
    await told();

    // Assignment: the assignee, not the manager who assigned.
    const assigned = await manager.post(
      `/api/requests/${r.id}/assign`,
      { assigneeId: lead.id },
      { 'if-match': `"${r.version}"` },
    );
    expect(assigned.status, assigned.text).toBe(200);
    expectOnce(await told(), 'request.assigned', [lead.id]);

    // SLA warning at 75 % of the response target: assignee and team lead, one person, one notice.
    t.clock.set(at(91));
    expect((await runSlaSweep(t.deps, t.clock.now())).warnings).toBe(1);
    expectOnce(await told(), 'request.sla_warning', [lead.id]);

    // Breach: assignee + team lead + every service manager, once each; the escalation it causes tells
    // the tier-2 people.
    t.clock.set(at(121));
    expect((await runSlaSweep(t.deps, t.clock.now())).breaches).toBe(1);
    const got = await told();
    const escalated = got.get('request.escalated');
    got.delete('request.escalated');
    expectOnce(got, 'request.sla_breach', [
      lead.id,
      manager.user.id,
      ...(await membersOf('service_manager')),
    ]);
    const [after] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, r.id));
    expect(after?.tier).toBe(2);
    expectOnce(new Map([['request.escalated', escalated ?? new Map()]]), 'request.escalated', [
      after?.assigneeId ?? null,
      lead2.id,
    ]);

    // Escalation by hand to tier 3: its lead (and assignee, if the queue picks one), not the manager.
    const tier3 = await teamByKey(db, 'product_support');
    const lead3 = await newUser(db, { role: 'expert' });
    await db.update(teams).set({ leadId: lead3.id }).where(eq(teams.id, tier3.id));
    const up = await manager.post(
      `/api/requests/${r.id}/escalate`,
      { reason: '需要专家' },
      { 'if-match': `"${after?.version}"` },
    );
    expect(up.status, up.text).toBe(200);
    expect(up.body.tier).toBe(3);
    expectOnce(await told(), 'request.escalated', [up.body.assigneeId, lead3.id]);
  });

  it('tells the approvers of each step when it waits, the submitter when decided, the owner of a renewal task', async () => {
    const admin = await t.loginAs('admin');
    const north = await teamByKey(db, 'sales_north');
    const rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
    const director = await t.loginAs('sales_director');
    const finance = await t.loginAs('finance');
    const customer = (
      await admin.post('/api/customers', {
        name: `通知客户${Math.random()}`,
        ownerId: rep.user.id,
        teamId: north.id,
        allowDuplicate: true,
      })
    ).body.id as string;
    const policy = await policyId(admin);
    const created = await rep.post(
      '/api/contracts',
      contractBody(customer, policy, { startDate: '2025-06-01', endDate: '2026-05-31' }),
    );
    expect(created.status, created.text).toBe(201);
    await told();

    const review = await rep.post(`/api/contracts/${created.body.id}/transition`, { to: 'in_review' });
    expect(review.status, review.text).toBe(200);
    expectOnce(await told(), 'approval.waiting', await membersOf('sales_director'));

    const approvalId = review.body.approvalId as string;
    expect((await director.post(`/api/approvals/${approvalId}/decide`, { decision: 'approve' })).status).toBe(
      200,
    );
    expectOnce(await told(), 'approval.waiting', await membersOf('finance'));

    expect((await finance.post(`/api/approvals/${approvalId}/decide`, { decision: 'approve' })).status).toBe(
      200,
    );
    expectOnce(await told(), 'approval.approved', [rep.user.id]);
    const [decided] = await db
      .select({ title: notifications.title, data: notifications.data })
      .from(notifications)
      .where(and(eq(notifications.userId, rep.user.id), eq(notifications.kind, 'approval.approved')));
    expect(decided?.data).toMatchObject({ code: 'approval_approved', approvalId });

    // The renewal scan opens a task 90 days before the end: the contract's owner hears of it once.
    const scan = await runRenewalScan(t.deps, t.clock.now());
    expect(scan.tasksOpened).toContain(created.body.id);
    const renewal = await told();
    expectOnce(renewal, 'contract.renewal', [rep.user.id]);
  });
});
