/**
 * Vitest global setup for the browser tests: builds the web app when its
 * sources changed, starts the real server exactly as `npm start` does (own
 * embedded PostgreSQL in a temporary DATA_DIR, demo data, a free port) and
 * provides its URL as `baseUrl`. Teardown stops it and removes the directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../apps/server/src/platform/embedded-db.js';
import { buildWebTo, hasWebApp } from '../../scripts/lib/web.mjs';
import { spawnServer, stopServer, waitForHealth } from '../support/server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** False when apps/web has no web app yet and only the API is served. */
    webBuilt: boolean;
  }
}

export default async function setup(project: TestProject) {
  const webBuilt = hasWebApp();
  // A private build of the current sources: what is tested is what is in the tree, and a
  // developer rebuilding apps/web/dist meanwhile cannot change the files under a test run.
  const webOut = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-e2e-web-'));
  if (webBuilt) await buildWebTo(webOut);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-e2e-'));
  // When running as root, PostgreSQL runs as the postgres user and must reach DATA_DIR/pg.
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnServer({
    DATA_DIR: dataDir,
    PORT: String(port),
    DEMO_DATA: '1',
    LOG_LEVEL: 'warn',
    WEB_DIST: webOut,
  });
  const teardown = async () => {
    const code = await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(webOut, { recursive: true, force: true });
    if (code !== 0) console.warn(`e2e server exited with code ${code}:\n${server.output().slice(-4000)}`);
  };
  try {
    await waitForHealth(server, baseUrl);
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('webBuilt', webBuilt);
  return teardown;
}
