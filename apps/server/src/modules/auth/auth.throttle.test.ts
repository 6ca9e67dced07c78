import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { auditLog } from '../../db/schema/audit.js';
import { loginThrottles } from '../../db/schema/identity.js';
import { newUser } from '../../db/seed/factories.js';
import { delayAfter, THROTTLE } from './auth.throttle.js';

const t = await useTestApp();

let nextIp = 1;
const freshIp = () => `198.51.100.${nextIp++}`;

async function attempt(username: string, password: string, ip: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: { username, password },
  });
  return { status: res.statusCode, retryAfter: Number(res.headers['retry-after'] ?? 0) };
}

/** A patient attacker: waits out every delay the server announces and keeps guessing. */
async function hammer(username: string, ip: string, failures: number) {
  let wrong = 0;
  while (wrong < failures) {
    const r = await attempt(username, 'not-the-password', ip);
    if (r.status === 429) t.clock.advance(r.retryAfter * 1000);
    else {
      expect(r.status).toBe(401);
      wrong++;
    }
  }
}

describe('login throttle', () => {
  it('grows the delay per account and address, refusing even the right password while it runs', async () => {
    const u = await newUser(t.database.db, { role: 'agent' });
    const ip = freshIp();
    for (let i = 0; i < THROTTLE.pairFree; i++)
      expect((await attempt(u.username, 'bad', ip)).status).toBe(401);
    // The first failure past the free ones costs 1 s, the next 2 s.
    expect((await attempt(u.username, 'bad', ip)).status).toBe(401);
    const first = await attempt(u.username, u.password, ip);
    expect(first).toEqual({ status: 429, retryAfter: 1 });
    t.clock.advance(1000);
    expect((await attempt(u.username, 'bad', ip)).status).toBe(401);
    const second = await attempt(u.username, u.password, ip);
    expect(second).toEqual({ status: 429, retryAfter: 2 });
    t.clock.advance(2000);
    expect((await attempt(u.username, u.password, ip)).status).toBe(200);
    // A success starts the pair afresh: typos are free again.
    expect((await attempt(u.username, 'bad', ip)).status).toBe(401);
    expect((await attempt(u.username, u.password, ip)).status).toBe(200);
    expect([1, 2, 3, 4, 5, 6].map((n) => delayAfter(n, 3))).toEqual([0, 0, 0, 1, 2, 4]);
    expect(delayAfter(100, 3)).toBe(THROTTLE.maxDelaySeconds);
  });

  it('a stranger hammering an account from one address cannot lock its owner out', async () => {
    const owner = await newUser(t.database.db, { role: 'agent' });
    const home = freshIp();
    const stranger = freshIp();
    await hammer(owner.username, stranger, 40);
    // The stranger is slowed to the cap, the owner at home is not slowed at all.
    expect((await attempt(owner.username, owner.password, stranger)).status).toBe(429);
    expect((await attempt(owner.username, owner.password, home)).status).toBe(200);
  });

  it('failures from many addresses slow unknown addresses but never the owner’s known one', async () => {
    const owner = await newUser(t.database.db, { role: 'agent' });
    const home = freshIp();
    expect((await attempt(owner.username, owner.password, home)).status).toBe(200);
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect((await attempt(owner.username, 'bad', `2001:db8::${(i + 1).toString(16)}`)).status).toBe(401);
    }
    const [account] = await t.database.db
      .select()
      .from(loginThrottles)
      .where(and(eq(loginThrottles.username, owner.username.toLowerCase()), eq(loginThrottles.ip, '*')));
    expect(account?.failures).toBe(THROTTLE.perAccount);
    expect((await attempt(owner.username, owner.password, freshIp())).status).toBe(429);
    expect((await attempt(owner.username, owner.password, home)).status).toBe(200);
  });

  it('an address failing across many accounts is slowed for every account, other addresses are not', async () => {
    const ip = freshIp();
    for (let i = 0; i < THROTTLE.perIp; i++) {
      expect((await attempt(`ghost${i}`, 'x', ip)).status).toBe(401);
    }
    const u = await newUser(t.database.db, { role: 'agent' });
    expect((await attempt(u.username, u.password, ip)).status).toBe(429);
    expect((await attempt(u.username, u.password, freshIp())).status).toBe(200);
    t.clock.advanceMinutes(THROTTLE.windowMinutes + 1);
    expect((await attempt(u.username, u.password, ip)).status).toBe(200);
  });

  it('forgets a pair after a quiet day, and drops rows nobody remembers', async () => {
    const u = await newUser(t.database.db, { role: 'agent' });
    const ip = freshIp();
    await hammer(u.username, ip, THROTTLE.pairFree + 2);
    t.clock.advanceMinutes(THROTTLE.pairMemoryHours * 60 + 1);
    const key = and(eq(loginThrottles.username, u.username.toLowerCase()), eq(loginThrottles.ip, ip));
    expect(await t.database.db.select().from(loginThrottles).where(key)).toHaveLength(1);
    // Any failure sweeps the forgotten rows; the pair then starts again with free tries.
    expect((await attempt('someone-else', 'bad', freshIp())).status).toBe(401);
    expect(await t.database.db.select().from(loginThrottles).where(key)).toHaveLength(0);
    for (let i = 0; i < THROTTLE.pairFree; i++)
      expect((await attempt(u.username, 'bad', ip)).status).toBe(401);
    expect((await attempt(u.username, u.password, ip)).status).toBe(200);
  });

  it('parallel guesses cannot share one free try', async () => {
    const u = await newUser(t.database.db, { role: 'agent' });
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 10 }, () => attempt(u.username, 'bad', ip)));
    const statuses = results.map((r) => r.status);
    // 3 free tries and the one that started the 1 s delay reach the password check; the rest wait.
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE.pairFree + 1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10 - THROTTLE.pairFree - 1);
  });

  it('an admin sees the blocks and lifts one (audited); others may not', async () => {
    const admin = await t.loginAs('admin');
    const u = await newUser(t.database.db, { role: 'agent' });
    const ip = freshIp();
    await hammer(u.username, ip, 8);
    const list = await admin.get('/api/auth/login-blocks');
    expect(list.status).toBe(200);
    const block = list.body.find(
      (b: { username: string | null; ip: string | null }) =>
        b.username === u.username.toLowerCase() && b.ip === ip,
    );
    expect(block).toMatchObject({ kind: 'pair', failures: 8 });
    expect(new Date(block.blockedUntil).getTime()).toBeGreaterThan(t.clock.now().getTime());
    expect((await attempt(u.username, u.password, ip)).status).toBe(429);

    const agent = await t.loginAs('agent');
    expect((await agent.get('/api/auth/login-blocks')).status).toBe(403);
    expect((await agent.delete(`/api/auth/login-blocks/${block.id}`)).status).toBe(403);

    expect((await admin.delete(`/api/auth/login-blocks/${block.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/auth/login-blocks/${block.id}`)).status).toBe(404);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, block.id));
    expect(entry?.action).toBe('login_block.lifted');
    expect((await attempt(u.username, u.password, ip)).status).toBe(200);
  });
});
