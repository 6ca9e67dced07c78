import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { users } from '../../db/schema/identity.js';
import { newUser } from '../../db/seed/factories.js';

const t = await useTestApp();

describe('login and sessions', () => {
  it('logs in, answers /me with permissions and a CSRF token, and logs out', async () => {
    const c = await t.loginAs('sales_rep');
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('sales_rep');
    expect(me.body.scope).toBe('team');
    expect(me.body.permissions).toContain('customers:write');
    expect(me.body.csrfToken).toBe(c.csrfToken);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, c.user.id));
    expect(row!.lastLoginAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('sets an HttpOnly SameSite session cookie', async () => {
    const u = await newUser(t.database.db, { role: 'agent' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: u.password },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
  });

  it('rejects a wrong password with problem+json and no session', async () => {
    const u = await newUser(t.database.db, { role: 'agent' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: 'nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('expires an idle session and an absolutely old one', async () => {
    const c = await t.loginAs('agent');
    t.clock.advanceMinutes(t.deps.config.sessionIdleMinutes + 1);
    expect((await c.get('/api/auth/me')).status).toBe(401);

    const d = await t.loginAs('agent');
    // Stay active every 4 hours (inside the idle limit) until the absolute limit passes.
    const steps = Math.floor(t.deps.config.sessionMaxHours / 4);
    for (let i = 0; i < steps; i++) {
      t.clock.advanceMinutes(4 * 60 - 1);
      expect((await d.get('/api/auth/me')).status).toBe(200);
    }
    t.clock.advanceMinutes(4 * 60);
    expect((await d.get('/api/auth/me')).status).toBe(401);
  });

  it('ends every session of a disabled user', async () => {
    const c = await t.loginAs('agent');
    await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, c.user.id));
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the X-CSRF-Token header', async () => {
    const c = await t.loginAs('agent');
    const res = await c.request('POST', '/api/auth/logout', { headers: { 'x-csrf-token': 'wrong' } });
    expect(res.status).toBe(403);
    expect(res.body.reason).toBe('csrf');
    expect((await c.get('/api/auth/me')).status).toBe(200);
  });
});

describe('bad input', () => {
  it('rejects unknown fields with their path', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'a', password: 'b', role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: ['body', 'role'] }));
  });

  it('rejects malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('answers 401 problem+json for an unauthenticated API call', async () => {
    const res = await t.anonymous().get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});
