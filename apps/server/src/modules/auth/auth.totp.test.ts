import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { totpCredentials } from '../../db/schema/identity.js';
import { newUser } from '../../db/seed/factories.js';
import { THROTTLE } from './auth.throttle.js';
import { base32Encode, hotp, matchTotp, TOTP, totpAt } from './totp.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');

async function login(username: string, password: string, ip = '127.0.0.1') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: { username, password },
  });
  return { status: res.statusCode, body: JSON.parse(res.body), cookie: res.headers['set-cookie'] };
}

async function sendCode(challenge: string, code: string, ip = '127.0.0.1') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login/totp',
    remoteAddress: ip,
    payload: { challenge, code },
  });
  return {
    status: res.statusCode,
    body: JSON.parse(res.body),
    cookie: res.headers['set-cookie'],
    retryAfter: res.headers['retry-after'],
  };
}

/** Enrols the client's user; answers the secret and the recovery codes. */
async function enrol(c: Client) {
  const started = await c.post('/api/auth/totp/enrolment');
  expect(started.status).toBe(200);
  const secret: string = started.body.secret;
  const confirmed = await c.post('/api/auth/totp/enrolment/confirm', { code: totpAt(secret, t.clock.now()) });
  expect(confirmed.status).toBe(200);
  // The next code must come from a later time step (a code is accepted once).
  t.clock.advance(TOTP.stepSeconds * 1000);
  return { secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}

afterEach(async () => {
  await admin.put('/api/auth/security-settings', { totpRequiredForAdmins: false });
});

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 SHA-1 test vectors and allows one step of drift', () => {
    const secret = base32Encode(Buffer.from('12345678901234567890'));
    expect(totpAt(secret, new Date(59_000))).toBe('287082');
    expect(totpAt(secret, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpAt(secret, new Date(1_234_567_890_000))).toBe('005924');
    const at = new Date(1_234_567_890_000);
    const step = Math.floor(at.getTime() / 30_000);
    expect(matchTotp(secret, hotp(secret, step - 1), at)).toBe(step - 1);
    expect(matchTotp(secret, hotp(secret, step + 1), at)).toBe(step + 1);
    expect(matchTotp(secret, hotp(secret, step - 2), at)).toBeUndefined();
    expect(matchTotp(secret, hotp(secret, step), at, step)).toBeUndefined();
  });
});

describe('two-factor login', () => {
  it('enrols from the profile with a QR URI, confirmed by a code; the secret is never shown again', async () => {
    const c = await t.loginAs('agent');
    expect((await c.get('/api/auth/totp')).body).toMatchObject({ enabled: false, required: false });
    const started = await c.post('/api/auth/totp/enrolment');
    expect(started.body.otpauthUri).toMatch(
      new RegExp(`^otpauth://totp/Aftercare%3A${c.user.username}\\?secret=${started.body.secret}&`),
    );
    const wrong = await c.post('/api/auth/totp/enrolment/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toEqual(['body', 'code']);
    const ok = await c.post('/api/auth/totp/enrolment/confirm', {
      code: totpAt(started.body.secret, t.clock.now()),
    });
    expect(ok.body.recoveryCodes).toHaveLength(8);
    const status = await c.get('/api/auth/totp');
    expect(status.body).toMatchObject({ enabled: true, recoveryCodesLeft: 8 });
    expect(JSON.stringify(status.body)).not.toContain(started.body.secret);
    expect((await c.post('/api/auth/totp/enrolment')).status).toBe(409);
    const audit = await admin.get(`/api/audit?entityType=user&entityId=${c.user.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('user.totp_enabled');
    expect(JSON.stringify(audit.body)).not.toContain(started.body.secret);
  });

  it('cannot be switched on or off with an API token', async () => {
    const c = await t.loginAs('agent');
    const { token } = (await c.post('/api/tokens', { name: 'x', scopes: ['tokens:own'] })).body;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enrolment',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(403);
  });

  it('asks for a code after the password; a session only with the right one, each code once', async () => {
    const c = await t.loginAs('engineer');
    const { secret } = await enrol(c);
    const first = await login(c.user.username, c.user.password);
    expect(first.status).toBe(202);
    expect(first.body.step).toBe('totp');
    expect(first.cookie).toBeUndefined();
    expect((await sendCode(first.body.challenge, '123456')).status).toBe(401);
    const code = totpAt(secret, t.clock.now());
    const ok = await sendCode(first.body.challenge, code);
    expect(ok.status).toBe(200);
    expect(String(ok.cookie)).toMatch(/aftercare_session=/);
    expect(ok.body.username).toBe(c.user.username);
    // The challenge is spent, and the same code cannot open a second session.
    expect((await sendCode(first.body.challenge, code)).status).toBe(401);
    const second = await login(c.user.username, c.user.password);
    expect((await sendCode(second.body.challenge, code)).status).toBe(401);
    // A challenge is short-lived.
    t.clock.advanceMinutes(6);
    expect((await sendCode(second.body.challenge, totpAt(secret, t.clock.now()))).status).toBe(401);
  });

  it('throttles wrong codes like wrong passwords, even when the right code follows', async () => {
    const c = await t.loginAs('engineer');
    const { secret } = await enrol(c);
    const ip = '198.51.100.200';
    const { body } = await login(c.user.username, c.user.password, ip);
    // The password step counted as the pair's first try (it is cleared only when the login completes).
    for (let i = 1; i <= THROTTLE.pairFree; i++) {
      expect((await sendCode(body.challenge, '000000', ip)).status).toBe(401);
    }
    const refused = await sendCode(body.challenge, totpAt(secret, t.clock.now()), ip);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe('1');
    t.clock.advance(1000);
    expect((await sendCode(body.challenge, totpAt(secret, t.clock.now()), ip)).status).toBe(200);
  });

  it('a recovery code works once in place of a code', async () => {
    const c = await t.loginAs('agent');
    const { recoveryCodes } = await enrol(c);
    const a = await login(c.user.username, c.user.password);
    expect((await sendCode(a.body.challenge, recoveryCodes[0]!)).status).toBe(200);
    const b = await login(c.user.username, c.user.password);
    expect((await sendCode(b.body.challenge, recoveryCodes[0]!)).status).toBe(401);
  });

  it('turns off with a code, and an admin can reset it (audited)', async () => {
    const c = await t.loginAs('agent');
    const { secret } = await enrol(c);
    expect((await c.post('/api/auth/totp/disable', { code: '000000' })).status).toBe(400);
    expect((await c.post('/api/auth/totp/disable', { code: totpAt(secret, t.clock.now()) })).status).toBe(
      204,
    );
    expect((await login(c.user.username, c.user.password)).status).toBe(200);

    const d = await t.loginAs('agent');
    await enrol(d);
    expect((await login(d.user.username, d.user.password)).status).toBe(202);
    expect((await admin.get(`/api/users/${d.user.id}`)).body.totpEnabled).toBe(true);
    expect((await c.post(`/api/users/${d.user.id}/totp/reset`)).status).toBe(403);
    expect((await admin.post(`/api/users/${d.user.id}/totp/reset`)).status).toBe(204);
    expect((await admin.get(`/api/users/${d.user.id}`)).body.totpEnabled).toBe(false);
    expect((await login(d.user.username, d.user.password)).status).toBe(200);
    const audit = await admin.get(`/api/audit?entityType=user&entityId=${d.user.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'user.totp_reset', after: { hadTotp: true } });
  });

  it('when required for admins, an admin without TOTP must enrol at login; others are not asked', async () => {
    const staffAdmin = await newUser(t.database.db, { role: 'admin' });
    const agent = await newUser(t.database.db, { role: 'agent' });
    const rep = await t.loginAs('sales_rep');
    expect((await rep.put('/api/auth/security-settings', { totpRequiredForAdmins: true })).status).toBe(403);
    expect((await admin.put('/api/auth/security-settings', { totpRequiredForAdmins: true })).status).toBe(
      200,
    );
    expect((await admin.get('/api/auth/security-settings')).body).toEqual({ totpRequiredForAdmins: true });

    expect((await login(agent.username, agent.password)).status).toBe(200);
    const first = await login(staffAdmin.username, staffAdmin.password);
    expect(first.status).toBe(202);
    expect(first.body.step).toBe('totp_enrol');
    expect(first.cookie).toBeUndefined();
    // The enrolment challenge cannot be used as a code challenge.
    expect((await sendCode(first.body.challenge, '000000')).status).toBe(401);

    const started = await t
      .anonymous()
      .post('/api/auth/login/totp-enrolment', { challenge: first.body.challenge });
    expect(started.status).toBe(200);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/totp-enrolment/confirm',
      payload: { challenge: first.body.challenge, code: totpAt(started.body.secret, t.clock.now()) },
    });
    expect(confirm.statusCode).toBe(200);
    expect(JSON.parse(confirm.body).recoveryCodes).toHaveLength(8);
    expect(String(confirm.headers['set-cookie'])).toMatch(/aftercare_session=/);
    const [row] = await t.database.db
      .select()
      .from(totpCredentials)
      .where(eq(totpCredentials.userId, staffAdmin.id));
    expect(row?.enabledAt).not.toBeNull();

    // From now on the admin is asked for a code.
    t.clock.advance(TOTP.stepSeconds * 1000);
    expect((await login(staffAdmin.username, staffAdmin.password)).body.step).toBe('totp');
  });
});
