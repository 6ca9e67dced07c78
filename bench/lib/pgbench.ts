/**
 * Runs PostgreSQL's own `pgbench` with a custom script against a database URL
 * (the bench server's embedded PostgreSQL) and summarises throughput and
 * per-transaction latency percentiles from its transaction log (`-l`).
 * The binary is Debian's PostgreSQL 15 client (scripts/pg15.mjs installs it);
 * it talks to newer servers fine.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from './http-load.js';

export const PGBENCH_BIN = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';

export interface PgbenchResult {
  transactions: number;
  tps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failed: number;
}

export async function runPgbench(
  databaseUrl: string,
  script: string,
  o: { clients: number; threads: number; seconds: number },
): Promise<PgbenchResult> {
  if (!fs.existsSync(PGBENCH_BIN)) {
    throw new Error(`${PGBENCH_BIN} not found (install postgresql-15: node scripts/pg15.mjs does it)`);
  }
  const url = new URL(databaseUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pgbench-'));
  try {
    const file = path.join(dir, 'script.sql');
    fs.writeFileSync(file, script);
    const args = [
      '-n', // no vacuum of the pgbench_* tables (we do not use them)
      '-c',
      String(o.clients),
      '-j',
      String(o.threads),
      '-T',
      String(o.seconds),
      '-f',
      file,
      '-l',
      `--log-prefix=${path.join(dir, 'tx')}`,
      '-h',
      url.hostname,
      '-p',
      url.port,
      '-U',
      decodeURIComponent(url.username),
      url.pathname.slice(1),
    ];
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(PGBENCH_BIN, args, {
        cwd: dir,
        env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) },
      });
      let text = '';
      child.stdout.on('data', (c: Buffer) => {
        text += c.toString();
      });
      child.stderr.on('data', (c: Buffer) => {
        text += c.toString();
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`pgbench exited ${code}:\n${text}`)),
      );
    });
    // Log lines: client_id transaction_no latency_us script_no epoch_s epoch_us
    const latencies: number[] = [];
    for (const f of fs.readdirSync(dir).filter((x) => x.startsWith('tx'))) {
      for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
        const parts = line.split(' ');
        if (parts.length >= 3 && /^\d+$/.test(parts[2]!)) latencies.push(Number(parts[2]) / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? Number.NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
    return {
      transactions: latencies.length,
      tps,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      failed,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
