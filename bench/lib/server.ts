/**
 * Starts the real product server (`node --import tsx apps/server/src/main.ts`)
 * as a separate process on loopback with its own embedded PostgreSQL in a
 * DATA_DIR, and finds that PostgreSQL's URL so a bench can fill and EXPLAIN it
 * directly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The first port in [from, to] nobody listens on (127.0.0.1). */
export async function firstFreePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

export interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
  /** URL of the server's embedded PostgreSQL. */
  databaseUrl(): string;
  stop(): Promise<void>;
}

export async function startServer(opts: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    DATA_DIR: opts.dataDir,
    DEMO_DATA: '1',
    LOG_LEVEL: 'warn',
    // Throughput benches drive one session far past the per-user rate limit on purpose: they measure the
    // server, not the limiter. load.bench.ts turns the limits back on.
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
    ...opts.env,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => `  [server] ${l}\n`)
      .join('');
  child.stdout?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const deadline = Date.now() + (opts.startTimeoutMs ?? 180_000);
  for (;;) {
    if (exited) throw new Error('the server exited during start (see [server] lines above)');
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('the server did not become healthy in time');
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    baseUrl,
    child,
    databaseUrl: () => embeddedDatabaseUrl(opts.dataDir),
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** The embedded cluster writes its port to postmaster.pid (line 4) and the password to pg-credentials.json. */
export function embeddedDatabaseUrl(dataDir: string): string {
  const { password } = JSON.parse(fs.readFileSync(path.join(dataDir, 'pg-credentials.json'), 'utf8')) as {
    password: string;
  };
  const port = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) throw new Error('cannot read the embedded PostgreSQL port');
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/aftercare`;
}
