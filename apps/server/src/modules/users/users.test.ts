import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { roleId, teamByKey } from '../../db/seed/factories.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');
const agentRole = await roleId(t.database.db, 'agent');
const bearer = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });

describe('users admin', () => {
  it('creates a user who can then log in, with teams and an audit entry', async () => {
    const team = await teamByKey(t.database.db, 'customer_service');
    const res = await admin.post('/api/users', {
      username: 'li.na',
      displayName: '李娜',
      email: 'li.na@example.com',
      password: 'S3cure-pass',
      roleId: agentRole,
      teamIds: [team.id],
    });
    expect(res.status).toBe(201);
    expect(res.body.role.key).toBe('agent');
    expect(res.body.teams.map((x: { key: string }) => x.key)).toEqual(['customer_service']);
    expect(res.body).not.toHaveProperty('passwordHash');

    const login = await t.anonymous().post('/api/auth/login', { username: 'LI.NA', password: 'S3cure-pass' });
    expect(login.status).toBe(200);

    const audit = await admin.get(`/api/audit?entityType=user&entityId=${res.body.id}`);
    expect(audit.body.items[0].action).toBe('user.created');
    expect(JSON.stringify(audit.body.items[0].after)).not.toContain('passwordHash');
  });

  it('refuses a taken username, bad role and short password with field paths, writing nothing', async () => {
    const dup = await admin.post('/api/users', {
      username: 'li.na',
      displayName: 'x',
      password: 'longenough',
      roleId: agentRole,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toEqual(['body', 'username']);
    const badRole = await admin.post('/api/users', {
      username: 'nobody1',
      displayName: 'x',
      password: 'longenough',
      roleId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors[0].path).toEqual(['body', 'roleId']);
    const short = await admin.post('/api/users', {
      username: 'nobody2',
      displayName: 'x',
      password: 'short',
      roleId: agentRole,
    });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].path).toEqual(['body', 'password']);
    const list = await admin.get('/api/users?q=nobody');
    expect(list.body.items).toHaveLength(0);
  });

  it('disabling a user ends their sessions and blocks login', async () => {
    const victim = await t.loginAs('agent');
    expect((await victim.get('/api/auth/me')).status).toBe(200);
    const res = await admin.patch(`/api/users/${victim.user.id}`, { disabled: true });
    expect(res.status).toBe(200);
    expect(res.body.disabled).toBe(true);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    const again = await t
      .anonymous()
      .post('/api/auth/login', { username: victim.user.username, password: victim.user.password });
    expect(again.status).toBe(401);
  });

  it('an admin cannot disable themselves', async () => {
    const res = await admin.patch(`/api/users/${admin.user.id}`, { disabled: true });
    expect(res.status).toBe(409);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('resetting a password ends sessions; the new password works', async () => {
    const u = await t.loginAs('engineer');
    expect(
      (await admin.post(`/api/users/${u.user.id}/password`, { password: 'brand-new-pass' })).status,
    ).toBe(204);
    expect((await u.get('/api/auth/me')).status).toBe(401);
    const ok = await t
      .anonymous()
      .post('/api/auth/login', { username: u.user.username, password: 'brand-new-pass' });
    expect(ok.status).toBe(200);
  });

  it('disabling a user revokes their API tokens for good, audited', async () => {
    const victim = await t.loginAs('sales_rep');
    const token = (await victim.post('/api/tokens', { name: 'ERP', scopes: ['customers:read'] })).body;
    expect((await bearer(token.token)).statusCode).toBe(200);
    expect((await admin.patch(`/api/users/${victim.user.id}`, { disabled: true })).status).toBe(200);
    expect((await bearer(token.token)).statusCode).toBe(401);
    // Re-enabling the account does not bring the token back.
    expect((await admin.patch(`/api/users/${victim.user.id}`, { disabled: false })).status).toBe(200);
    expect((await bearer(token.token)).statusCode).toBe(401);
    const audit = await admin.get(`/api/audit?entityType=api_token&entityId=${token.id}`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'token.revoked',
      after: { reason: 'user_disabled' },
    });
  });

  it("an admin's password reset revokes the user's API tokens, audited", async () => {
    const u = await t.loginAs('sales_rep');
    const token = (await u.post('/api/tokens', { name: 'ERP', scopes: ['customers:read'] })).body;
    expect((await bearer(token.token)).statusCode).toBe(200);
    expect(
      (await admin.post(`/api/users/${u.user.id}/password`, { password: 'reset-by-admin' })).status,
    ).toBe(204);
    expect((await bearer(token.token)).statusCode).toBe(401);
    const again = await t
      .anonymous()
      .post('/api/auth/login', { username: u.user.username, password: 'reset-by-admin' });
    expect(again.status).toBe(200);
    const audit = await admin.get(`/api/audit?entityType=api_token&entityId=${token.id}`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'token.revoked',
      after: { reason: 'password_reset' },
    });
  });

  it('lists with filters and stable cursor pages', async () => {
    for (let i = 0; i < 7; i++) await t.loginAs('tester', { username: `pager_${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { username: string }[]; nextCursor: string | null } } = await admin.get(
        `/api/users?q=pager_&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((u) => u.username));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `pager_${i}`));
    const testers = await admin.get('/api/users?roleKey=tester&limit=100');
    expect(testers.body.items.every((u: { role: { key: string } }) => u.role.key === 'tester')).toBe(true);
  });

  it('only users:manage may create or change users', async () => {
    const rep = await t.loginAs('sales_rep');
    expect(
      (
        await rep.post('/api/users', {
          username: 'x1',
          displayName: 'x',
          password: 'longenough',
          roleId: agentRole,
        })
      ).status,
    ).toBe(403);
    expect((await rep.patch(`/api/users/${admin.user.id}`, { disabled: true })).status).toBe(403);
    expect((await rep.get('/api/users')).status).toBe(403);
    // Owner pickers are open to staff who read customers.
    const opts = await rep.get('/api/users/options');
    expect(opts.status).toBe(200);
    expect(opts.body.length).toBeGreaterThan(0);
  });

  it('lets a user change their own language', async () => {
    const u = await t.loginAs('agent');
    expect((await u.patch('/api/auth/me', { locale: 'en' })).status).toBe(204);
    expect((await u.get('/api/auth/me')).body.locale).toBe('en');
    expect((await u.patch('/api/auth/me', { locale: 'fr' })).status).toBe(400);
  });
});
