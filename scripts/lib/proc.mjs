/**
 * Small process helpers shared by the developer scripts (start, test, pg15,
 * ensure-chromium). Plain Node, no dependencies: these scripts must run right
 * after `npm install`, before anything is built.
 */
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of a binary installed in the root node_modules/.bin. */
export function bin(name) {
  return path.join(repoRoot, 'node_modules', '.bin', name);
}

/**
 * Runs a command with inherited stdio and resolves with its exit code
 * (signals count as failure). Never rejects for a non-zero exit.
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: repoRoot, ...opts });
    child.on('error', (err) => {
      console.error(`could not run ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (os.constants.signals[signal] ?? 1)));
  });
}

/** Runs a command synchronously; throws with its output when it fails. */
export function runSync(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', cwd: repoRoot, ...opts });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    const out = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim();
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status}):\n${out}`);
  }
  return res.stdout ?? '';
}

/** Finds a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** "12.3 s" / "2 min 05 s" for step timings. */
export function formatDuration(ms) {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}
