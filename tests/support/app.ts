/**
 * The service-test harness: a fresh database, a movable clock, the real HTTP
 * app (in-process via `inject`), and clients logged in as any role.
 *
 *   const t = await setupTestApp();           // in beforeAll
 *   const rep = await t.loginAs('sales_rep', { teamIds: [team.id] });
 *   const res = await rep.post('/api/customers', { name: '北京测试' });
 *   afterAll(() => t.close());
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll } from 'vitest';
import { type App, buildApp } from '../../apps/server/src/app.js';
import { type NewUserOptions, newUser } from '../../apps/server/src/db/seed/factories.js';
import { TestClock } from '../../apps/server/src/platform/clock.js';
import { type Config, loadConfig } from '../../apps/server/src/platform/config.js';
import type { Deps } from '../../apps/server/src/platform/deps.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are asserted field by field
  body: any;
  text: string;
}

export interface Client {
  user: Awaited<ReturnType<typeof newUser>>;
  csrfToken: string;
  get(url: string, headers?: Record<string, string>): Promise<Response>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  delete(url: string, headers?: Record<string, string>): Promise<Response>;
  request(
    method: string,
    url: string,
    opts?: { body?: unknown; headers?: Record<string, string>; payload?: string | Buffer },
  ): Promise<Response>;
}

export interface TestApp {
  app: App;
  deps: Deps;
  clock: TestClock;
  database: TestDatabase;
  /** Creates a user with that role and logs in through the API. */
  loginAs(role: string, opts?: NewUserOptions): Promise<Client>;
  /** An unauthenticated client. */
  anonymous(): Client;
  close(): Promise<void>;
}

function toResponse(r: { statusCode: number; headers: Response['headers']; body: string }): Response {
  let body: unknown = r.body;
  const type = String(r.headers['content-type'] ?? '');
  if (type.includes('json') && r.body) body = JSON.parse(r.body);
  return { status: r.statusCode, headers: r.headers, body, text: r.body };
}

function makeClient(app: App, cookie: string | undefined, csrf: string, user: Client['user']): Client {
  const request: Client['request'] = async (method, url, opts = {}) => {
    const headers: Record<string, string> = {
      ...(cookie ? { cookie } : {}),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
    };
    let payload: string | Buffer | undefined = opts.payload;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(opts.body);
    }
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { ...headers, ...(opts.headers ?? {}) },
      ...(payload !== undefined ? { payload } : {}),
    });
    return toResponse(res as unknown as { statusCode: number; headers: Response['headers']; body: string });
  };
  return {
    user,
    csrfToken: csrf,
    request,
    get: (url, headers) => request('GET', url, headers ? { headers } : {}),
    post: (url, body, headers) => request('POST', url, { body, ...(headers ? { headers } : {}) }),
    patch: (url, body, headers) => request('PATCH', url, { body, ...(headers ? { headers } : {}) }),
    put: (url, body, headers) => request('PUT', url, { body, ...(headers ? { headers } : {}) }),
    delete: (url, headers) => request('DELETE', url, headers ? { headers } : {}),
  };
}

export interface TestAppOptions {
  clockStart?: string;
  /** Configuration on top of the defaults (e.g. admission or rate limits for the load-shedding tests). */
  config?: Partial<Config>;
}

export async function setupTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new TestClock(opts.clockStart ?? '2026-03-02T02:00:00Z');
  // A fresh data directory per app: uploaded documents land here, never in a real DATA_DIR.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-test-'));
  // Load limits are off unless a test asks: the frozen test clock never refills a rate-limit bucket, and
  // files that fire many requests at once must not be shed by a queue bound meant for production load.
  const config: Config = {
    ...loadConfig({}),
    dataDir,
    demoData: false,
    rateLimitPerMinute: 0,
    rateLimitWritesPerMinute: 0,
    maxInFlight: 10_000,
    maxQueue: 10_000,
    ...opts.config,
  };
  const deps: Deps = { db: database.db, clock, config, log: pino({ level: 'silent' }) };
  const app = await buildApp(deps, { webDist: null });
  await app.ready();

  const loginAs: TestApp['loginAs'] = async (role, o = {}) => {
    const user = await newUser(database.db, { role, ...o });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: user.password },
    });
    if (res.statusCode !== 200) throw new Error(`login as ${role} failed: ${res.statusCode} ${res.body}`);
    const setCookie = res.headers['set-cookie'];
    const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    const cookie = String(raw).split(';')[0];
    const csrf = (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
    return makeClient(app, cookie, csrf, user);
  };

  const t: TestApp = {
    app,
    deps,
    clock,
    database,
    loginAs,
    anonymous: () => makeClient(app, undefined, '', undefined as unknown as Client['user']),
    close: async () => {
      await app.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

/** setupTestApp in a file's scope, closed after its tests. */
export async function useTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const t = await setupTestApp(opts);
  afterAll(() => t.close());
  return t;
}
