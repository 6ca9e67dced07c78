/**
 * The real server process as `npm start` runs it: embedded PostgreSQL in
 * DATA_DIR (a 0700 one, made usable as root), demo data, health and OpenAPI
 * answering, a second server on the same DATA_DIR refused, and a clean stop on SIGTERM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../apps/server/src/platform/embedded-db.js';
import { type ServerProcess, spawnServer, stopServer, waitForHealth } from '../support/server-process.js';

describe('server startup on an embedded PostgreSQL', () => {
  let dataDir: string;
  let baseUrl: string;
  let first: ServerProcess;

  beforeAll(async () => {
    // mkdtemp makes a 0700 directory, as `DATA_DIR=$(mktemp -d)` does: as root, the server must make it
    // usable for the postgres user that runs PostgreSQL itself.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-startup-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    first = spawnServer({ DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: '1', LOG_LEVEL: 'warn' });
    await waitForHealth(first, baseUrl);
  }, 120_000);

  afterAll(async () => {
    if (first) await stopServer(first);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('answers health with the database up and prints the URL and demo logins', async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
    expect(first.output()).toContain('Aftercare is running at http://127.0.0.1:');
    expect(first.output()).toMatch(/admin\s+admin/);
    expect(first.output()).toContain('demo1234');
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)(
    'as root, makes a 0700 DATA_DIR searchable (not readable) by others and gives DATA_DIR/pg to postgres',
    () => {
      const mode = fs.statSync(dataDir).mode & 0o777;
      expect(mode).toBe(0o701);
      const pgOwner = fs.statSync(path.join(dataDir, 'pg')).uid;
      expect(pgOwner).not.toBe(0);
    },
  );

  it.runIf(process.getuid?.() === 0)(
    'as root, stops with one line naming the command to run when a parent of DATA_DIR is closed',
    async () => {
      const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-closed-'));
      try {
        const port = await freePort();
        const server = spawnServer({
          DATA_DIR: path.join(closed, 'data'),
          PORT: String(port),
          LOG_LEVEL: 'warn',
        });
        expect(await server.exited).toBe(1);
        const lines = server.stderr().trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(`chmod o+x ${closed}`);
        expect(fs.existsSync(path.join(closed, 'data'))).toBe(false);
      } finally {
        fs.rmSync(closed, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('stops with one line, no stack trace, when DATABASE_URL cannot be reached', async () => {
    const closedPort = await freePort();
    const server = spawnServer({
      DATABASE_URL: `postgres://aftercare:x@127.0.0.1:${closedPort}/aftercare`,
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    });
    expect(await server.exited).toBe(1);
    const lines = server.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('cannot reach its database');
  }, 60_000);

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('lets a demo user log in', async () => {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeTruthy();
  });

  it('refuses a second server on the same data directory and leaves the first running', async () => {
    const port = await freePort();
    const second = spawnServer({ DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: '1', LOG_LEVEL: 'warn' });
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.stderr()).toContain('data directory');
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
  }, 60_000);

  it('stops cleanly on SIGTERM, shutting the embedded PostgreSQL down', async () => {
    const code = await stopServer(first);
    expect(code).toBe(0);
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    // PostgreSQL removes postmaster.pid as the very last step of its shutdown.
    for (let i = 0; i < 50 && fs.existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 200));
    expect(fs.existsSync(pidFile)).toBe(false);
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
  }, 30_000);
});
