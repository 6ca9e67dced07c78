import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';

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
});
