/**
 * Runs the real server (`node --import tsx apps/server/src/main.ts`, exactly
 * what `npm start` runs) as a child process, for the startup tests and the
 * browser tests' global setup.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverEntry = path.join('apps', 'server', 'src', 'main.ts');

export interface ServerProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  stderr(): string;
  /** Resolves with the exit code (or 128+signal) once the process has exited. */
  exited: Promise<number>;
}

/**
 * Spawns the server with the given environment on top of a clean one: no
 * DATABASE_URL or test variables leak in from the parent.
 */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const base = { ...process.env };
  for (const key of [
    'DATABASE_URL',
    'TEST_DATABASE_URL',
    'PORT',
    'DATA_DIR',
    'LOG_LEVEL',
    'DEMO_DATA',
    'WEB_DIST',
  ]) {
    delete base[key];
  }
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    cwd: repoRoot,
    env: { ...base, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : 128)));
  });
  return { child, output: () => out + err, stderr: () => err, exited };
}

/**
 * Polls GET /api/health until it answers 200. Fails early when the process
 * exits, and after `timeoutMs` (a guard against hanging, not a speed check).
 */
export async function waitForHealth(
  server: ServerProcess,
  baseUrl: string,
  timeoutMs = 90_000,
): Promise<void> {
  let exitCode: number | undefined;
  void server.exited.then((c) => {
    exitCode = c;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`server exited with code ${exitCode} before becoming healthy:\n${server.output()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${server.output()}`);
}

/** Sends SIGTERM and waits; SIGKILLs after `graceMs`. Resolves with the exit code. */
export async function stopServer(server: ServerProcess, graceMs = 15_000): Promise<number> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  const code = await server.exited;
  clearTimeout(timer);
  return code;
}

/** The pid of the embedded postmaster running in DATA_DIR/pg (first line of PostgreSQL's postmaster.pid). */
export function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Logs in over HTTP (a demo user by default) and returns the cookie and CSRF token for writes. */
export async function login(baseUrl: string, username = 'admin', password = 'demo1234'): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: body.csrfToken };
}
