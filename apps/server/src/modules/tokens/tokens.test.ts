import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';

const t = await useTestApp();

describe('API tokens', () => {
  it('is shown once, authenticates as Bearer with its scopes only, and can be revoked', async () => {
    const rep = await t.loginAs('sales_rep');
    const created = await rep.post('/api/tokens', { name: 'ERP sync', scopes: ['customers:read'] });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^act_/);

    const listed = await rep.get('/api/tokens');
    expect(listed.body[0]).not.toHaveProperty('token');
    expect(listed.body[0].prefix).toBe(token.slice(0, 10));

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(me.statusCode).toBe(200);
    expect(JSON.parse(me.body).permissions).toEqual(['customers:read']);
    // Bearer writes need no CSRF token, but the scope must allow them.
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: bearer,
      payload: { name: 'x', scopes: ['customers:read'] },
    });
    expect(write.statusCode).toBe(403);

    expect((await rep.delete(`/api/tokens/${created.body.id}`)).status).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(after.statusCode).toBe(401);
  });

  it('cannot hold permissions its owner lacks', async () => {
    const agent = await t.loginAs('agent');
    const res = await agent.post('/api/tokens', {
      name: 'sneaky',
      scopes: ['customers:read', 'users:manage'],
    });
    expect(res.status).toBe(403);
    expect(res.body.errors[0].path).toEqual(['body', 'scopes', 1]);
    expect((await agent.get('/api/tokens')).body).toEqual([]);
  });

  it('expires', async () => {
    const rep = await t.loginAs('sales_rep');
    const created = await rep.post('/api/tokens', {
      name: 'short',
      scopes: ['customers:read'],
      expiresInDays: 1,
    });
    t.clock.advanceMinutes(24 * 60 + 1);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    expect(res.statusCode).toBe(401);
  });

  it("cannot revoke someone else's token", async () => {
    const a = await t.loginAs('sales_rep');
    const b = await t.loginAs('sales_rep');
    const created = await a.post('/api/tokens', { name: 'mine', scopes: ['customers:read'] });
    expect((await b.delete(`/api/tokens/${created.body.id}`)).status).toBe(404);
  });
});
