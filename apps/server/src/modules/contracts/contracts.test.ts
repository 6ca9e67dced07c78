import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId, termsBody } from '../../../../../tests/support/contracts.js';
import { teamByKey } from '../../db/seed/factories.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const north = await teamByKey(db, 'sales_north');
const east = await teamByKey(db, 'sales_east');
const rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
const otherRep = await t.loginAs('sales_rep', { teamIds: [east.id] });
const director = await t.loginAs('sales_director');
const finance = await t.loginAs('finance');
const consulting = await t.loginAs('consulting_director');
// Tier-1 agents read contracts (any customer: 'all' scope) but do not write them.
const agent = await t.loginAs('agent');
const policy = await policyId(admin);

async function customer(owner: typeof rep, teamId: string) {
  const res = await admin.post('/api/customers', {
    name: `合同客户${Math.random()}`,
    ownerId: owner.user.id,
    teamId,
    allowDuplicate: true,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
const mine = await customer(rep, north.id);
const theirs = await customer(otherRep, east.id);

const auditOf = async (entityId: string) =>
  (await admin.get(`/api/audit?entityId=${entityId}`)).body.items.map((a: { action: string }) => a.action);

describe('contracts: amounts and terms', () => {
  it('creates a draft with an exact decimal amount and terms version 1', async () => {
    const res = await rep.post('/api/contracts', contractBody(mine, policy));
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      state: 'draft',
      amount: '128000.00',
      termsVersion: 1,
      ownerId: rep.user.id,
      customerId: mine,
    });
    expect(res.body.terms.scope).toHaveLength(3);
    expect(res.headers.etag).toBe('"1"');
    const terms = await rep.get(`/api/contracts/${res.body.id}/terms`);
    expect(terms.body.current.version).toBe(1);
    expect(terms.body.versions).toHaveLength(1);
    expect(await auditOf(res.body.id)).toContain('contract.create');
  });

  it('refuses float amounts, too many decimals and installments that do not add up', async () => {
    expect((await rep.post('/api/contracts', contractBody(mine, policy, { amount: 128000 }))).status).toBe(
      400,
    );
    expect(
      (await rep.post('/api/contracts', contractBody(mine, policy, { amount: '128000.001' }))).status,
    ).toBe(400);
    const bad = termsBody(policy, {
      payment: {
        mode: 'installments',
        installments: [
          { dueDate: '2026-01-15', amount: '64000.00' },
          { dueDate: '2026-07-15', amount: '63999.99' },
        ],
      },
    });
    const res = await rep.post('/api/contracts', contractBody(mine, policy, { terms: bad }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['body', 'terms', 'payment', 'installments']);
    expect(res.body.errors[0].message).toContain('127999.99');
    // 0.1 + 0.2 style amounts sum exactly.
    const exact = termsBody(policy, {
      payment: {
        mode: 'installments',
        installments: [
          { dueDate: '2026-01-15', amount: '0.1' },
          { dueDate: '2026-07-15', amount: '0.2' },
        ],
      },
    });
    const ok = await rep.post('/api/contracts', contractBody(mine, policy, { amount: '0.30', terms: exact }));
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.amount).toBe('0.30');
  });

  it('validates terms: unknown SLA policy, duplicate scope items, dispute order, duplicate number', async () => {
    const noPolicy = await rep.post(
      '/api/contracts',
      contractBody(mine, '00000000-0000-4000-8000-000000000000'),
    );
    expect(noPolicy.status).toBe(400);
    expect(noPolicy.body.errors[0].path).toEqual(['body', 'terms', 'slaPolicyId']);
    const dupScope = termsBody(policy, { scope: [{ type: 'bug_fix' }, { type: 'bug_fix' }] });
    expect((await rep.post('/api/contracts', contractBody(mine, policy, { terms: dupScope }))).status).toBe(
      400,
    );
    const disorder = termsBody(policy, { dispute: { steps: ['court', 'negotiation'] } });
    expect((await rep.post('/api/contracts', contractBody(mine, policy, { terms: disorder }))).status).toBe(
      400,
    );
    const body = contractBody(mine, policy);
    expect((await rep.post('/api/contracts', body)).status).toBe(201);
    expect((await rep.post('/api/contracts', { ...body })).status).toBe(409);
  });

  it('replays a create retried with the same Idempotency-Key instead of creating twice', async () => {
    const body = contractBody(mine, policy);
    const first = await rep.post('/api/contracts', body, { 'idempotency-key': 'contract-create-1' });
    const again = await rep.post('/api/contracts', body, { 'idempotency-key': 'contract-create-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const other = await rep.post(
      '/api/contracts',
      { ...body, title: 'x' },
      { 'idempotency-key': 'contract-create-1' },
    );
    expect(other.status).toBe(409);
  });

  it('edits a draft with If-Match (428 without, 412 when stale), terms in place', async () => {
    const c = (await rep.post('/api/contracts', contractBody(mine, policy))).body;
    const url = `/api/contracts/${c.id}`;
    expect((await rep.patch(url, { title: 'x' })).status).toBe(428);
    expect((await rep.patch(url, { title: 'x' }, { 'if-match': '"7"' })).status).toBe(412);
    const terms = termsBody(policy, { upgrades: 'charged' });
    const res = await rep.patch(url, { title: '改名', terms }, { 'if-match': '"1"' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ title: '改名', version: 2, termsVersion: 1 });
    expect(res.body.terms.upgrades).toBe('charged');
    // Changing the amount re-checks the installments.
    const amount = await rep.patch(url, { amount: '100000.00' }, { 'if-match': '"2"' });
    expect(amount.status).toBe(400);
    expect((await rep.get(url)).body.amount).toBe('128000.00');
  });

  it('keeps contracts of customers outside the scope invisible (404) and needs contracts:write', async () => {
    const c = (await otherRep.post('/api/contracts', contractBody(theirs, policy))).body;
    expect((await rep.get(`/api/contracts/${c.id}`)).status).toBe(404);
    expect((await rep.patch(`/api/contracts/${c.id}`, { title: 'x' }, { 'if-match': '"1"' })).status).toBe(
      404,
    );
    expect((await rep.post('/api/contracts', contractBody(theirs, policy))).status).toBe(404);
    expect((await rep.get(`/api/customers/${theirs}/contracts`)).status).toBe(404);
    expect((await agent.post('/api/contracts', contractBody(mine, policy))).status).toBe(403);
    expect((await agent.get(`/api/contracts/${c.id}`)).status).toBe(200);
    const list = await rep.get('/api/contracts?type=maintenance');
    expect(list.body.items.every((x: { customerId: string }) => x.customerId === mine)).toBe(true);
  });
});

describe('contracts: listing', () => {
  it('filters by customer, type and state, sorts and pages with a cursor', async () => {
    const c = await customer(rep, north.id);
    for (const n of ['B', 'A', 'C']) {
      const res = await rep.post(
        '/api/contracts',
        contractBody(c, policy, { number: `LIST-${n}`, type: 'implementation' }),
      );
      expect(res.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 4; i++) {
      const page = (
        await rep.get(`/api/customers/${c}/contracts?sort=number&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      seen.push(...page.items.map((x: { number: string }) => x.number));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(['LIST-A', 'LIST-B', 'LIST-C']);
    expect((await rep.get(`/api/contracts?customerId=${c}&type=maintenance`)).body.items).toEqual([]);
    expect((await rep.get(`/api/contracts?customerId=${c}&state=draft`)).body.items).toHaveLength(3);
    expect((await rep.get(`/api/contracts?customerId=${c}&state=active`)).body.items).toHaveLength(0);
    expect((await rep.get('/api/contracts?sort=amount')).status).toBe(400);
  });
});

describe('contracts: lifecycle and review approval', () => {
  it('refuses illegal transitions with 409 and the allowed moves', async () => {
    const c = (await rep.post('/api/contracts', contractBody(mine, policy))).body;
    const res = await rep.post(`/api/contracts/${c.id}/transition`, { to: 'active' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'invalid_state',
      from: 'draft',
      to: 'active',
      allowed: ['in_review'],
    });
    expect(
      (await rep.post(`/api/contracts/${c.id}/transition`, { to: 'terminated', reason: 'x' })).status,
    ).toBe(409);
  });

  it('needs an SLA policy before a maintenance contract goes to review', async () => {
    const c = (await rep.post('/api/contracts', contractBody(mine, null))).body;
    const res = await rep.post(`/api/contracts/${c.id}/transition`, { to: 'in_review' });
    expect(res.status).toBe(400);
    expect((await rep.get(`/api/contracts/${c.id}`)).body.state).toBe('draft');
  });

  it('runs the review steps in order: wrong role 403, then sales director, finance → active', async () => {
    const c = (await rep.post('/api/contracts', contractBody(mine, policy))).body;
    const review = await rep.post(`/api/contracts/${c.id}/transition`, { to: 'in_review' });
    expect(review.body.state).toBe('in_review');
    const approvalId = review.body.approvalId;
    const a = (await director.get(`/api/approvals/${approvalId}`)).body;
    expect(a).toMatchObject({
      kind: 'contract_review',
      steps: ['sales_director', 'finance'],
      currentRole: 'sales_director',
    });
    // In review the terms are frozen.
    expect(
      (await rep.patch(`/api/contracts/${c.id}`, { terms: termsBody(policy) }, { 'if-match': '"2"' })).status,
    ).toBe(409);
    expect((await finance.post(`/api/approvals/${approvalId}/decide`, { decision: 'approve' })).status).toBe(
      403,
    );
    expect((await rep.post(`/api/approvals/${approvalId}/decide`, { decision: 'approve' })).status).toBe(403);
    const mineBefore = (await finance.get('/api/approvals?mine=true')).body.items.map(
      (x: { id: string }) => x.id,
    );
    expect(mineBefore).not.toContain(approvalId);
    expect(
      (await director.get('/api/approvals?mine=true')).body.items.map((x: { id: string }) => x.id),
    ).toContain(approvalId);
    const first = await director.post(`/api/approvals/${approvalId}/decide`, {
      decision: 'approve',
      comment: '同意',
    });
    expect(first.body).toMatchObject({ status: 'pending', currentStep: 1, currentRole: 'finance' });
    expect((await rep.get(`/api/contracts/${c.id}`)).body.state).toBe('in_review');
    expect(
      (await finance.get('/api/approvals?mine=true')).body.items.map((x: { id: string }) => x.id),
    ).toContain(approvalId);
    const second = await finance.post(`/api/approvals/${approvalId}/decide`, { decision: 'approve' });
    expect(second.body).toMatchObject({ status: 'approved', currentRole: null });
    expect(second.body.decisions.map((d: { roleKey: string }) => d.roleKey)).toEqual([
      'sales_director',
      'finance',
    ]);
    expect((await rep.get(`/api/contracts/${c.id}`)).body.state).toBe('active');
    const twice = await finance.post(`/api/approvals/${approvalId}/decide`, { decision: 'approve' });
    expect(twice.status, twice.text).toBe(409);
    const actions = await auditOf(c.id);
    expect(actions).toEqual(expect.arrayContaining(['contract.in_review', 'contract.active']));
    expect(await auditOf(approvalId)).toEqual(
      expect.arrayContaining(['approval.opened', 'approval.approve']),
    );
    // Active: only a change request changes terms; termination needs a reason.
    const current = (await rep.get(`/api/contracts/${c.id}`)).body.version;
    const frozen = await rep.patch(
      `/api/contracts/${c.id}`,
      { amount: '1.00' },
      { 'if-match': `"${current}"` },
    );
    expect(frozen.status).toBe(409);
    expect(frozen.body.fields).toEqual(['amount']);
    expect((await rep.post(`/api/contracts/${c.id}/transition`, { to: 'terminated' })).status).toBe(400);
    const ended = await rep.post(`/api/contracts/${c.id}/transition`, {
      to: 'terminated',
      reason: '客户停用',
    });
    expect(ended.body).toMatchObject({ state: 'terminated', terminationReason: '客户停用' });
  });

  it('a rejection (with a comment) sends the contract back to draft; withdrawal cancels the approval', async () => {
    const c = (await rep.post('/api/contracts', contractBody(mine, policy))).body;
    const approvalId = (await rep.post(`/api/contracts/${c.id}/transition`, { to: 'in_review' })).body
      .approvalId;
    expect((await director.post(`/api/approvals/${approvalId}/decide`, { decision: 'reject' })).status).toBe(
      400,
    );
    const rejected = await director.post(`/api/approvals/${approvalId}/decide`, {
      decision: 'reject',
      comment: '金额有误',
    });
    expect(rejected.body.status).toBe('rejected');
    expect((await rep.get(`/api/contracts/${c.id}`)).body.state).toBe('draft');
    const again = await rep.post(`/api/contracts/${c.id}/transition`, { to: 'in_review' });
    expect(again.body.approvalId).not.toBe(approvalId);
    const withdrawn = await rep.post(`/api/contracts/${c.id}/transition`, { to: 'draft' });
    expect(withdrawn.body.state).toBe('draft');
    expect((await director.get(`/api/approvals/${again.body.approvalId}`)).body.status).toBe('cancelled');
  });

  it('activating a renewal marks the contract it renews as renewed', async () => {
    const old = await activeContract(t, rep, contractBody(mine, policy));
    const renewal = await activeContract(
      t,
      rep,
      contractBody(mine, policy, { parentId: old.id, startDate: '2027-01-01', endDate: '2027-12-31' }),
    );
    expect((await rep.get(`/api/contracts/${renewal.id}`)).body.parentId).toBe(old.id);
    expect((await rep.get(`/api/contracts/${old.id}`)).body.state).toBe('renewed');
  });
});

describe('contracts: change requests and term versions', () => {
  it('applies approved changes as a new version; v1 stays readable; rejected changes leave terms alone', async () => {
    const c = await activeContract(t, rep, contractBody(mine, policy));
    const draft = (await rep.post('/api/contracts', contractBody(mine, policy))).body;
    expect(
      (
        await rep.post(`/api/contracts/${draft.id}/change-requests`, {
          reason: 'x',
          terms: termsBody(policy),
        })
      ).status,
    ).toBe(409);

    const newTerms = termsBody(policy, { scope: [{ type: 'bug_fix' }, { type: 'training', quota: 2 }] });
    const cr = await rep.post(`/api/contracts/${c.id}/change-requests`, {
      reason: '增加培训',
      terms: newTerms,
    });
    expect(cr.status, cr.text).toBe(201);
    expect(cr.body.status).toBe('pending');
    expect(
      (await rep.post(`/api/contracts/${c.id}/change-requests`, { reason: 'again', terms: newTerms })).status,
    ).toBe(409);
    const approval = (await director.get(`/api/approvals/${cr.body.approvalId}`)).body;
    expect(approval.steps).toEqual(['sales_director', 'consulting_director']);
    expect(
      (await consulting.post(`/api/approvals/${approval.id}/decide`, { decision: 'approve' })).status,
    ).toBe(403);
    await director.post(`/api/approvals/${approval.id}/decide`, { decision: 'approve' });
    t.clock.set('2026-03-05T02:00:00Z');
    try {
      // Sessions idle out when the clock jumps, so log in again.
      const later = await t.loginAs('consulting_director');
      const done = await later.post(`/api/approvals/${approval.id}/decide`, { decision: 'approve' });
      expect(done.status, done.text).toBe(200);
    } finally {
      t.clock.set('2026-03-02T02:00:00Z');
    }
    const terms = (await rep.get(`/api/contracts/${c.id}/terms`)).body;
    expect(terms.current).toMatchObject({
      version: 2,
      effectiveFrom: '2026-03-05T02:00:00.000Z',
      changeRequestId: cr.body.id,
    });
    expect(terms.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const v1 = (await rep.get(`/api/contracts/${c.id}/terms/1`)).body;
    expect(v1.terms.scope.map((s: { type: string }) => s.type)).toEqual([
      'bug_fix',
      'security_fix',
      'inspection',
    ]);
    expect((await rep.get(`/api/contracts/${c.id}/terms/3`)).status).toBe(404);
    const list = (await rep.get(`/api/contracts/${c.id}/change-requests`)).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'approved', resultingVersion: 2 });
    expect(await auditOf(c.id)).toContain('contract.terms_changed');

    const cr2 = await rep.post(`/api/contracts/${c.id}/change-requests`, {
      reason: '取消巡检',
      terms: termsBody(policy),
    });
    await director.post(`/api/approvals/${cr2.body.approvalId}/decide`, {
      decision: 'reject',
      comment: '不同意',
    });
    expect((await rep.get(`/api/contracts/${c.id}`)).body.termsVersion).toBe(2);
    const all = (await rep.get(`/api/contracts/${c.id}/change-requests`)).body;
    expect(all.find((x: { id: string }) => x.id === cr2.body.id).status).toBe('rejected');
  });

  it('change requests are checked against the contract amount', async () => {
    const c = await activeContract(t, rep, contractBody(mine, policy));
    const bad = termsBody(policy, {
      payment: { mode: 'installments', installments: [{ dueDate: '2026-01-15', amount: '1.00' }] },
    });
    const res = await rep.post(`/api/contracts/${c.id}/change-requests`, { reason: 'x', terms: bad });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['body', 'terms', 'payment', 'installments']);
  });

  it('customer contacts see only their organisation’s contracts in force', async () => {
    const active = await activeContract(t, rep, contractBody(mine, policy));
    const draft = (await rep.post('/api/contracts', contractBody(mine, policy))).body;
    const contact = await t.loginAs('customer_contact', { customerId: mine });
    expect((await contact.get(`/api/contracts/${active.id}`)).status).toBe(200);
    expect((await contact.get(`/api/contracts/${draft.id}`)).status).toBe(404);
    const listed = (await contact.get('/api/contracts')).body.items.map((x: { id: string }) => x.id);
    expect(listed).toContain(active.id);
    expect(listed).not.toContain(draft.id);
    expect((await contact.get('/api/approvals')).status).toBe(403);
  });
});
