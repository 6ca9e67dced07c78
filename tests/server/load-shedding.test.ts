/**
 * Overload answers fast and on purpose (issue 8, "Load"): past its in-flight
 * and queue bounds a process refuses with 503 + Retry-After without running
 * the handler; a caller over its rate limit gets 429 + Retry-After and the
 * X-RateLimit-* headers, per user and per API token; a query that cannot get
 * a pool connection within the bound answers 503 instead of waiting forever.
 * Requests are held with a test-only route gated by a promise, never by sleeps.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type App, buildApp } from '../../apps/server/src/app.js';
import { newUser } from '../../apps/server/src/db/seed/factories.js';
import { TestClock } from '../../apps/server/src/platform/clock.js';
import { type Config, loadConfig } from '../../apps/server/src/platform/config.js';
import { createDb, type Db } from '../../apps/server/src/platform/db.js';
import { useTestApp } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let database: TestDatabase;
const apps: App[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.drop();
});

/** The real app with `config` and a public route whose requests wait until the test opens them. */
async function appWith(config: Partial<Config>, db: Db = database.db) {
  const deps = {
    db,
    clock: new TestClock(),
    config: {
      ...loadConfig({}),
      demoData: false,
      rateLimitPerMinute: 0,
      rateLimitWritesPerMinute: 0,
      ...config,
    },
    log: pino({ level: 'silent' }),
  };
  const app = await buildApp(deps, { webDist: null });
  const waiting: (() => void)[] = [];
  let handled = 0;
  app.get('/api/test/hold', { config: { public: true } }, async () => {
    handled++;
    await new Promise<void>((resolve) => waiting.push(resolve));
    return { ok: true };
  });
  await app.ready();
  apps.push(app);
  return {
    app,
    /** How many held requests reached the handler. */
    handled: () => handled,
    /** Lets the oldest held request finish. */
    openOne: () => waiting.shift()?.(),
    hold: () => app.inject({ method: 'GET', url: '/api/test/hold' }),
  };
}

describe('admission control', () => {
  it('refuses a request past the in-flight bound with 503 + Retry-After, without running its handler', async () => {
    const h = await appWith({ maxInFlight: 1, maxQueue: 0 });
    const first = h.hold();
    await vi.waitFor(() => expect(h.handled()).toBe(1));

    const second = await h.hold();
    expect(second.statusCode).toBe(503);
    expect(second.headers['retry-after']).toMatch(/^\d+$/);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(second.body)).toMatchObject({ code: 'unavailable', status: 503 });
    expect(h.handled()).toBe(1);
    expect(h.app.admission.stats()).toMatchObject({ inFlight: 1, queued: 0, shed: 1 });

    // Health is never shed: a load balancer must tell "busy" from "down".
    const health = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);

    h.openOne();
    expect((await first).statusCode).toBe(200);
    expect(h.app.admission.stats().inFlight).toBe(0);
    // The slot is free again: the next request runs.
    const third = h.hold();
    await vi.waitFor(() => expect(h.handled()).toBe(2));
    h.openOne();
    expect((await third).statusCode).toBe(200);
  });

  it('queues up to the queue bound, hands the slot over in order, and refuses past it', async () => {
    const h = await appWith({ maxInFlight: 1, maxQueue: 1, queueTimeoutMs: 60_000 });
    const first = h.hold();
    await vi.waitFor(() => expect(h.handled()).toBe(1));
    const queued = h.hold();
    await vi.waitFor(() => expect(h.app.admission.stats().queued).toBe(1));

    const refused = await h.hold();
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('60');

    h.openOne();
    expect((await first).statusCode).toBe(200);
    await vi.waitFor(() => expect(h.handled()).toBe(2));
    expect(h.app.admission.stats()).toMatchObject({ inFlight: 1, queued: 0 });
    h.openOne();
    expect((await queued).statusCode).toBe(200);
    expect(h.app.admission.stats().inFlight).toBe(0);
  });

  it('refuses a queued request whose wait ran out, and never runs its handler', async () => {
    const h = await appWith({ maxInFlight: 1, maxQueue: 5, queueTimeoutMs: 20 });
    const first = h.hold();
    await vi.waitFor(() => expect(h.handled()).toBe(1));
    const late = await h.hold();
    expect(late.statusCode).toBe(503);
    expect(late.headers['retry-after']).toBe('1');
    expect(h.handled()).toBe(1);
    h.openOne();
    expect((await first).statusCode).toBe(200);
    expect(h.handled()).toBe(1);
  });

  it('frees the slot of a client that disconnects, running or queued', async () => {
    const h = await appWith({ maxInFlight: 1, maxQueue: 1, queueTimeoutMs: 60_000 });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as AddressInfo;
    const open = () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/test/hold' });
      req.on('error', () => {}); // the abort below
      return req;
    };

    // A client that disconnects while its request runs frees the slot.
    const running = open();
    await vi.waitFor(() => expect(h.handled()).toBe(1));
    running.destroy();
    await vi.waitFor(() => expect(h.app.admission.stats().inFlight).toBe(0));
    h.openOne();

    // A client that disconnects while queued leaves the queue and its handler never runs.
    const holder = h.hold();
    await vi.waitFor(() => expect(h.handled()).toBe(2));
    const queued = open();
    await vi.waitFor(() => expect(h.app.admission.stats().queued).toBe(1));
    queued.destroy();
    await vi.waitFor(() => expect(h.app.admission.stats().queued).toBe(0));
    h.openOne();
    expect((await holder).statusCode).toBe(200);
    expect(h.handled()).toBe(2);
    expect(h.app.admission.stats()).toMatchObject({ inFlight: 0, queued: 0 });
  });
});

describe('database pool wait bound', () => {
  it('answers 503 + Retry-After when no connection frees up in time', async () => {
    const db = createDb(database.url, { max: 1, waitMs: 50 });
    try {
      const h = await appWith({}, db);
      const user = await newUser(database.db, { role: 'sales_rep' });
      const login = await h.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.password },
      });
      expect(login.statusCode).toBe(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0] as string;

      const held = await db.$client.connect(); // the pool's only connection
      try {
        const res = await h.app.inject({ method: 'GET', url: '/api/customers', headers: { cookie } });
        expect(res.statusCode).toBe(503);
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(JSON.parse(res.body).code).toBe('unavailable');
      } finally {
        held.release();
      }
      const after = await h.app.inject({ method: 'GET', url: '/api/customers', headers: { cookie } });
      expect(after.statusCode).toBe(200);
    } finally {
      await db.$client.end();
    }
  });
});

describe('statement timeout', () => {
  it('is set on every pool connection, and absent unless asked for', async () => {
    const bounded = createDb(database.url, { max: 1, statementTimeoutMs: 1500 });
    try {
      const r = await bounded.$client.query<{ statement_timeout: string }>('show statement_timeout');
      expect(r.rows[0]?.statement_timeout).toBe('1500ms');
    } finally {
      await bounded.$client.end();
    }
    const r = await database.db.$client.query<{ statement_timeout: string }>('show statement_timeout');
    expect(r.rows[0]?.statement_timeout).toBe('0');
  });
});

describe('rate limits per user and API token', async () => {
  const t = await useTestApp({ config: { rateLimitPerMinute: 4, rateLimitWritesPerMinute: 2 } });

  it('refuses a user past the limit with 429 and the headers; other users and tokens keep their own buckets', async () => {
    const a = await t.loginAs('sales_rep');
    const b = await t.loginAs('sales_rep');

    // Writes draw on both buckets: a's write bucket (2) is empty after two writes.
    const token = await a.post('/api/tokens', { name: 'ERP sync', scopes: ['customers:read'] });
    expect(token.status).toBe(201);
    expect(token.headers['x-ratelimit-limit']).toBe('2');
    expect(token.headers['x-ratelimit-remaining']).toBe('1');
    expect((await a.post('/api/customers', {})).status).toBe(400);
    const write = await a.post('/api/customers', {});
    expect(write.status).toBe(429);
    expect(write.headers['x-ratelimit-limit']).toBe('2');
    expect(write.headers['retry-after']).toBe('30');

    // Reads still pass until the request bucket (4, two used) is empty too.
    const read = await a.get('/api/customers');
    expect(read.status).toBe(200);
    expect(read.headers['x-ratelimit-limit']).toBe('4');
    expect(read.headers['x-ratelimit-remaining']).toBe('1');
    expect((await a.get('/api/customers')).status).toBe(200);
    const refused = await a.get('/api/customers');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(refused.headers['retry-after']).toBe('15');
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    const resetAt = Number(refused.headers['x-ratelimit-reset']);
    expect(resetAt).toBe(Math.ceil(t.clock.now().getTime() / 1000) + 60);

    // Another user is unaffected.
    const other = await b.get('/api/customers');
    expect(other.status).toBe(200);
    expect(other.headers['x-ratelimit-remaining']).toBe('3');

    // a's API token has a bucket of its own.
    const bearer = await t.app.inject({
      method: 'GET',
      url: '/api/customers',
      headers: { authorization: `Bearer ${token.body.token}` },
    });
    expect(bearer.statusCode).toBe(200);
    expect(bearer.headers['x-ratelimit-remaining']).toBe('3');

    // The bucket refills with the (injected) clock: one request per 15 s at 4 a minute.
    t.clock.advance(15_000);
    expect((await a.get('/api/customers')).status).toBe(200);
    expect((await a.get('/api/customers')).status).toBe(429);
  });

  it('leaves anonymous requests to the auth module', async () => {
    const anon = await t.anonymous().get('/api/health');
    expect(anon.status).toBe(200);
    expect(anon.headers['x-ratelimit-limit']).toBeUndefined();
  });
});

describe('load limits configuration', () => {
  it('has the documented defaults and reads every limit from the environment', () => {
    expect(loadConfig({})).toMatchObject({
      maxInFlight: 32,
      maxQueue: 128,
      queueTimeoutMs: 1000,
      rateLimitPerMinute: 700,
      rateLimitWritesPerMinute: 200,
      dbPoolSize: 20,
      dbPoolWaitMs: 5000,
      dbStatementTimeoutMs: 60_000,
    });
    const c = loadConfig({
      MAX_IN_FLIGHT: '8',
      MAX_QUEUE: '0',
      QUEUE_TIMEOUT_MS: '250',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_WRITES_PER_MINUTE: '50',
      DB_POOL_SIZE: '5',
      DB_POOL_WAIT_MS: '100',
      DB_STATEMENT_TIMEOUT_MS: '0',
    });
    expect(c).toMatchObject({
      maxInFlight: 8,
      maxQueue: 0,
      queueTimeoutMs: 250,
      rateLimitPerMinute: 0,
      rateLimitWritesPerMinute: 50,
      dbPoolSize: 5,
      dbPoolWaitMs: 100,
      dbStatementTimeoutMs: 0,
    });
    expect(() => loadConfig({ MAX_IN_FLIGHT: '0' })).toThrow(/MAX_IN_FLIGHT/);
    expect(() => loadConfig({ DB_POOL_SIZE: 'many' })).toThrow(/DB_POOL_SIZE/);
  });
});
