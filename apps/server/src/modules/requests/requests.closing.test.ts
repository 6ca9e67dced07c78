import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { newCustomer } from '../../db/seed/factories-customers.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
type Client = typeof admin;

async function setRules(rules: unknown[]) {
  const current = await admin.get('/api/service-desk/settings');
  const res = await admin.put(
    '/api/service-desk/settings',
    {
      reopenWindowDays: current.body.reopenWindowDays,
      autoCloseDays: current.body.autoCloseDays,
      resolutionRules: rules,
    },
    { 'if-match': `"${current.body.version}"` },
  );
  expect(res.status, res.text).toBe(200);
  return res.body;
}

async function intake(client: Client, over: Record<string, unknown> = {}) {
  const c = await newCustomer(db);
  const res = await client.post('/api/requests', {
    customerId: c.id,
    channel: 'phone',
    category: 'incident',
    severity: 'L2',
    subject: '报表导出超时',
    ...over,
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; customerId: string };
}

async function move(client: Client, id: string, to: string) {
  const current = await client.get(`/api/requests/${id}`);
  return client.post(`/api/requests/${id}/transition`, { to }, { 'if-match': String(current.headers.etag) });
}

async function analysis(client: Client, id: string, body: Record<string, unknown>) {
  const current = await client.get(`/api/requests/${id}`);
  const res = await client.put(`/api/requests/${id}/analysis`, body, {
    'if-match': String(current.headers.etag),
  });
  expect(res.status, res.text).toBe(200);
}

describe('closing with rigour', () => {
  it('by default nothing is required; the rules are admin-editable settings', async () => {
    const settings = await admin.get('/api/service-desk/settings');
    expect(settings.body.resolutionRules).toEqual([]);
    const agent = await t.loginAs('agent');
    const r = await intake(agent);
    expect((await move(agent, r.id, 'resolved')).status).toBe(200);
    const bad = await admin.put(
      '/api/service-desk/settings',
      {
        reopenWindowDays: 7,
        autoCloseDays: 3,
        resolutionRules: [{ categories: [], severities: [], require: ['x'] }],
      },
      { 'if-match': `"${settings.body.version}"` },
    );
    expect(bad.status).toBe(400);
  });

  it('refuses to resolve with 409 naming each missing requirement, then resolves once they are given', async () => {
    await setRules([
      { categories: [], severities: [], require: ['answer'] },
      { categories: ['defect', 'incident'], severities: [], require: ['root_cause'] },
      { categories: [], severities: ['L1', 'L2'], require: ['closing_summary'] },
    ]);
    const agent = await t.loginAs('agent');
    const r = await intake(agent);
    expect((await move(agent, r.id, 'in_progress')).status).toBe(200);
    const refused = await move(agent, r.id, 'resolved');
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      code: 'invalid_state',
      reason: 'resolution_requirements',
      missing: ['answer', 'root_cause', 'closing_summary'],
    });

    const reply = await agent.post(`/api/requests/${r.id}/replies`, { body: '<p>已修复，请确认。</p>' });
    expect(reply.status, reply.text).toBe(201);
    await analysis(agent, r.id, { rootCauseCategory: 'configuration' });
    const still = await move(agent, r.id, 'resolved');
    expect(still.status).toBe(409);
    expect(still.body.missing).toEqual(['closing_summary']);
    await analysis(agent, r.id, { closingCause: '连接池配置过小', closingSolution: '调大连接池并重启服务' });
    expect((await move(agent, r.id, 'resolved')).status).toBe(200);

    // An L4 consultation matches only the first rule: a solution stands in for a reply.
    const question = await intake(agent, { category: 'consultation', severity: 'L4' });
    expect((await move(agent, question.id, 'resolved')).body.missing).toEqual(['answer']);
    await analysis(agent, question.id, { workaround: '在设置中关闭自动导出即可' });
    expect((await move(agent, question.id, 'resolved')).status).toBe(200);
    await setRules([]);
  });

  it('a customer contact confirms (closes) or says not solved (reopens) a resolution through the API', async () => {
    const agent = await t.loginAs('agent');
    const confirmed = await intake(agent);
    const unsolved = await intake(agent);
    for (const r of [confirmed, unsolved]) expect((await move(agent, r.id, 'resolved')).status).toBe(200);

    const contact = await t.loginAs('customer_contact', { customerId: confirmed.customerId });
    const closed = await move(contact, confirmed.id, 'closed');
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.stateCategory).toBe('closed');

    const other = await t.loginAs('customer_contact', { customerId: unsolved.customerId });
    const reopened = await move(other, unsolved.id, 'in_progress');
    expect(reopened.status, reopened.text).toBe(200);
    expect(reopened.body).toMatchObject({ stateCategory: 'open', reopenCount: 1 });
    // A contact of another customer cannot touch it (404, as if missing).
    expect((await contact.post(`/api/requests/${unsolved.id}/transition`, { to: 'closed' })).status).toBe(
      404,
    );
  });
});
