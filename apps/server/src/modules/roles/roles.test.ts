import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { newTeam } from '../../db/seed/factories.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');

describe('roles as data', () => {
  it('lists the seeded roles of SPEC §1', async () => {
    const res = await admin.get('/api/roles');
    const keys = res.body.map((r: { key: string }) => r.key);
    for (const k of [
      'admin',
      'service_manager',
      'agent',
      'engineer',
      'expert',
      'tester',
      'consultant',
      'consulting_director',
      'technical_director',
      'sales_director',
      'sales_rep',
      'finance',
      'executive',
      'customer_contact',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('creates a role whose permissions take effect for its users', async () => {
    const created = await admin.post('/api/roles', {
      key: 'auditor',
      nameZh: '审计员',
      nameEn: 'Auditor',
      permissions: ['audit:read'],
      dataScope: 'own',
    });
    expect(created.status).toBe(201);
    const auditor = await t.loginAs('auditor');
    expect((await auditor.get('/api/audit')).status).toBe(200);
    expect((await auditor.get('/api/users')).status).toBe(403);

    const upd = await admin.patch(`/api/roles/${created.body.id}`, {
      permissions: ['audit:read', 'users:read'],
    });
    expect(upd.status).toBe(200);
    expect((await auditor.get('/api/users')).status).toBe(200);

    expect((await admin.delete(`/api/roles/${created.body.id}`)).status).toBe(409);
  });

  it('rejects unknown permissions and keys with field paths', async () => {
    const res = await admin.post('/api/roles', {
      key: 'Bad Key',
      nameZh: 'x',
      nameEn: 'x',
      permissions: ['launch:rockets'],
      dataScope: 'all',
    });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: unknown[] }) => e.path.join('.'));
    expect(paths).toContain('body.key');
    expect(paths).toContain('body.permissions.0');
  });

  it('keeps system roles and the admin role manageable', async () => {
    const roles = await admin.get('/api/roles');
    const adminRole = roles.body.find((r: { key: string }) => r.key === 'admin');
    expect((await admin.delete(`/api/roles/${adminRole.id}`)).status).toBe(409);
    expect((await admin.patch(`/api/roles/${adminRole.id}`, { permissions: ['audit:read'] })).status).toBe(
      409,
    );
  });

  it('teams: create, set members, members see themselves in /me', async () => {
    const u = await t.loginAs('sales_rep');
    const team = await admin.post('/api/teams', {
      key: 'sales_west',
      nameZh: '西部销售组',
      nameEn: 'Sales West',
      kind: 'sales',
    });
    expect(team.status).toBe(201);
    const set = await admin.put(`/api/teams/${team.body.id}/members`, { userIds: [u.user.id] });
    expect(set.status).toBe(200);
    expect((await u.get('/api/auth/me')).body.teamIds).toContain(team.body.id);
    const bad = await admin.put(`/api/teams/${team.body.id}/members`, {
      userIds: [u.user.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toEqual(['body', 'userIds', 1]);
    expect((await u.put(`/api/teams/${team.body.id}/members`, { userIds: [] })).status).toBe(403);
    const other = await newTeam(t.database.db);
    expect((await admin.get(`/api/teams/${other.id}/members`)).body).toEqual([]);
  });
});
