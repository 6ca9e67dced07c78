import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';

const t = await useTestApp();

describe('audit log', () => {
  it('records who, when, what, before/after and request id; filters; only audit:read may browse', async () => {
    const admin = await t.loginAs('admin');
    const team = await admin.request('POST', '/api/teams', {
      body: { key: 'audit_probe', nameZh: '审计', nameEn: 'Audit probe', kind: 'other' },
      headers: { 'x-request-id': 'req-audit-1' },
    });
    t.clock.advanceMinutes(5);
    await admin.patch(`/api/teams/${team.body.id}`, { nameEn: 'Audit probe 2' });

    const res = await admin.get(`/api/audit?entityType=team&entityId=${team.body.id}`);
    expect(res.status).toBe(200);
    const [updated, created] = res.body.items;
    expect(updated.action).toBe('team.updated');
    expect(updated.before.nameEn).toBe('Audit probe');
    expect(updated.after.nameEn).toBe('Audit probe 2');
    expect(updated.actorId).toBe(admin.user.id);
    expect(created.action).toBe('team.created');
    expect(created.requestId).toBe('req-audit-1');
    expect(new Date(updated.at).getTime() - new Date(created.at).getTime()).toBe(5 * 60_000);

    const byAction = await admin.get('/api/audit?action=team.&limit=200');
    expect(byAction.body.items.every((e: { action: string }) => e.action.startsWith('team.'))).toBe(true);
    const window = await admin.get(
      `/api/audit?entityId=${team.body.id}&from=${encodeURIComponent(updated.at)}`,
    );
    expect(window.body.items).toHaveLength(1);

    const rep = await t.loginAs('sales_rep');
    expect((await rep.get('/api/audit')).status).toBe(403);
  });

  it('pages newest first without gaps', async () => {
    const admin = await t.loginAs('admin');
    for (let i = 0; i < 5; i++)
      await admin.post('/api/teams', { key: `page_${i}`, nameZh: `页${i}`, nameEn: `P${i}`, kind: 'other' });
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: number }[]; nextCursor: string | null } } = await admin.get(
        `/api/audit?action=team.created&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      ids.push(...res.body.items.map((e) => e.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await admin.get('/api/audit?cursor=garbage')).status).toBe(400);
  });

  it('names the actor and the entity instead of UUIDs, with the parent record for entries on a page of another', async () => {
    const admin = await t.loginAs('admin', { displayName: '王磊' });
    const team = await admin.post('/api/teams', {
      key: 'named_probe',
      nameZh: '命名团队',
      nameEn: 'Named team',
      kind: 'other',
    });
    const customer = await newCustomer(t.database.db, { name: '华信智联' });
    const r = await newServiceRequest(t.database.db, { customerId: customer.id, receivedAt: t.clock.now() });
    const reply = await admin.post(
      `/api/requests/${r.id}/replies`,
      { body: '<p>已收到</p>' },
      {
        'if-match': `"${r.version}"`,
      },
    );
    expect(reply.status, reply.text).toBeLessThan(300);

    const teamEntry = (await admin.get(`/api/audit?entityId=${team.body.id}`)).body.items[0];
    expect(teamEntry).toMatchObject({
      actorName: '王磊',
      entityName: '命名团队',
      entityNameEn: 'Named team',
      entityKey: null,
      parentId: null,
    });
    const replyEntry = (await admin.get(`/api/audit?customerId=${customer.id}&action=request_reply.`)).body
      .items[0];
    expect(replyEntry).toMatchObject({
      entityType: 'request_timeline',
      entityName: r.number,
      parentId: r.id,
    });

    // The customer page's activity tab reads the same names.
    const activity = await admin.get(`/api/customers/${customer.id}/timeline`);
    expect(activity.status).toBe(200);
    expect(activity.body.items[0]).toMatchObject({ actorName: '王磊', entityName: r.number, parentId: r.id });
  });
});
