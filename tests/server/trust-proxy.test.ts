/**
 * X-Forwarded-For is believed only from proxies TRUST_PROXY names: otherwise a forged header would give each
 * guess a fresh "address" (defeating the login throttle) and lie in the audit log.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../apps/server/src/app.js';
import { auditLog } from '../../apps/server/src/db/schema/audit.js';
import { loginThrottles } from '../../apps/server/src/db/schema/identity.js';
import { newUser } from '../../apps/server/src/db/seed/factories.js';
import { loadConfig, parseTrustProxy } from '../../apps/server/src/platform/config.js';
import { useTestApp } from '../support/app.js';

const t = await useTestApp();
const FORGED = '192.0.2.66';
const SOCKET = '127.0.0.1';

async function failLogin(app: typeof t.app, username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: SOCKET,
    headers: { 'x-forwarded-for': FORGED },
    payload: { username, password: 'wrong-password' },
  });
  expect(res.statusCode).toBe(401);
}

async function throttledAddresses(username: string) {
  const rows = await t.database.db.select().from(loginThrottles).where(eq(loginThrottles.username, username));
  return rows.map((r) => r.ip).filter((ip) => ip !== '*');
}

async function auditedIp(app: typeof t.app, userId: string, cookie: string, csrf: string) {
  const res = await app.inject({
    method: 'PATCH',
    url: '/api/auth/me',
    remoteAddress: SOCKET,
    headers: { cookie, 'x-csrf-token': csrf, 'x-forwarded-for': FORGED },
    payload: { locale: 'en' },
  });
  expect(res.statusCode).toBe(204);
  const [row] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, userId));
  return row?.ip;
}

describe('TRUST_PROXY', () => {
  it('is off by default: a forged X-Forwarded-For is ignored by the throttle and the audit log', async () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    const u = await newUser(t.database.db, { role: 'agent' });
    await failLogin(t.app, u.username);
    expect(await throttledAddresses(u.username.toLowerCase())).toEqual([SOCKET]);

    const s = await sessionOf(t.app, u.username, u.password);
    expect(await auditedIp(t.app, u.id, `aftercare_session=${s.token}`, s.csrf)).toBe(SOCKET);
  });

  it('when set, believes the configured proxy', async () => {
    const app = await buildApp(
      { ...t.deps, config: { ...t.deps.config, trustProxy: parseTrustProxy('1')! } },
      { webDist: null },
    );
    await app.ready();
    try {
      const u = await newUser(t.database.db, { role: 'agent' });
      await failLogin(app, u.username);
      expect(await throttledAddresses(u.username.toLowerCase())).toEqual([FORGED]);
      const s = await sessionOf(app, u.username, u.password);
      expect(await auditedIp(app, u.id, `aftercare_session=${s.token}`, s.csrf)).toBe(FORGED);
    } finally {
      await app.close();
    }
  });

  it('parses off, hop counts, all and address lists, and rejects anything else', () => {
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('all')).toBe(true);
    expect(parseTrustProxy('10.0.0.1, 192.168.0.0/16,loopback,::1')).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      'loopback',
      '::1',
    ]);
    expect(parseTrustProxy('yes')).toBeUndefined();
    expect(parseTrustProxy('10.0.0.0/33')).toBeUndefined();
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY/);
  });
});

/** Logs in through the given app and returns the session cookie value and CSRF token. */
async function sessionOf(app: typeof t.app, username: string, password: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: SOCKET,
    payload: { username, password },
  });
  expect(res.statusCode).toBe(200);
  const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
  return { token: cookie.split('=')[1]!, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
}
