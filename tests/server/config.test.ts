/**
 * Configuration comes from the environment and is validated once at start; a
 * bad value stops the server with one line that names the variable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../apps/server/src/platform/config.js';
import { spawnServer } from '../support/server-process.js';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults for a fresh clone', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.databaseUrl).toBeUndefined();
    expect(c.logLevel).toBe('info');
    expect(c.demoData).toBe(true);
    expect(c.jobs).toBe(true);
    expect(loadConfig({ JOBS: '0' }).jobs).toBe(false);
  });

  it('reads PORT, DATA_DIR, DATABASE_URL, LOG_LEVEL and DEMO_DATA', () => {
    const c = loadConfig({
      PORT: '3125',
      DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgresql://u:p@db:5432/app',
      LOG_LEVEL: 'warn',
      DEMO_DATA: '0',
    });
    expect(c).toMatchObject({
      port: 3125,
      dataDir: '/tmp/x',
      databaseUrl: 'postgresql://u:p@db:5432/app',
      logLevel: 'warn',
      demoData: false,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO_DATA', 'yes'],
    ['JOBS', 'yes'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    const message = configError({ [name]: value });
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });
});

describe('server with bad configuration', () => {
  it('exits 1 with one line naming each bad variable', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-badconfig-'));
    const server = spawnServer({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
      DATA_DIR: dataDir,
    });
    const code = await server.exited;
    const untouched = fs.readdirSync(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(untouched).toEqual([]);
    const lines = server.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).toContain('DATABASE_URL');
    expect(lines[0]).toContain('LOG_LEVEL');
  }, 60_000);
});
