#!/usr/bin/env node
/**
 * `npm start`: builds the web app when its sources changed, then runs the
 * server (TypeScript through tsx, no separate compile step). The server
 * creates, migrates and seeds the embedded PostgreSQL in ./data on first start
 * and prints the URL and the demo logins.
 *
 * `npm start -- --skip-build` serves whatever apps/web/dist holds.
 * `npm run dev` (--dev): the server restarts on changes (tsx watch) and, when
 * the web app exists, vite's dev server runs beside it.
 *
 * Ctrl-C / SIGTERM are forwarded so the server can stop PostgreSQL cleanly;
 * this script exits with the server's exit code.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, repoRoot } from './lib/proc.mjs';
import { buildWebIfNeeded, hasWebApp, webDir } from './lib/web.mjs';

const dev = process.argv.includes('--dev');
const skipBuild = process.argv.includes('--skip-build');

if (!fs.existsSync(path.join(repoRoot, 'node_modules', 'tsx'))) {
  console.error('Dependencies are not installed; run `npm install` first.');
  process.exit(1);
}

const children = [];
let exiting = false;

function forward(signal) {
  // Still building: nothing to shut down cleanly yet.
  if (children.length === 0) process.exit(128 + (os.constants.signals[signal] ?? 1));
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));
// A closed terminal means stop: the server shuts PostgreSQL down on SIGTERM.
process.on('SIGHUP', () => forward('SIGTERM'));

function spawnChild(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', cwd: repoRoot, ...opts });
  children.push(child);
  child.on('error', (err) => {
    console.error(`could not start ${cmd}: ${err.message}`);
    process.exitCode = 1;
  });
  return child;
}

const serverEntry = path.join('apps', 'server', 'src', 'main.ts');

if (!dev && !skipBuild) {
  try {
    await buildWebIfNeeded();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

const server = dev
  ? spawnChild(bin('tsx'), ['watch', '--clear-screen=false', serverEntry])
  : spawnChild(process.execPath, ['--import', 'tsx', serverEntry]);

if (dev && hasWebApp()) {
  // vite proxies /api to the server started above.
  const apiUrl = process.env.API_URL ?? `http://localhost:${process.env.PORT || 3000}`;
  spawnChild(bin('vite'), [], { cwd: webDir, env: { ...process.env, API_URL: apiUrl } });
}

server.on('exit', (code, signal) => {
  if (exiting) return;
  exiting = true;
  // The web dev server has no reason to outlive the API.
  forward('SIGTERM');
  process.exit(code ?? 128 + (os.constants.signals[signal] ?? 1));
});
