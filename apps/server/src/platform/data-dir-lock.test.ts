/**
 * The DATA_DIR lock decides by the owner's pid before age: a dead owner's lock
 * is taken at once, a live owner's never (however stale), and a disturbed lock
 * is taken again instead of throwing ECOMPROMISED from a timer.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { startTimeOf } from './processes.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} } as never;
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-lock-'));
  dirs.push(d);
  return d;
}

/** A lock as another server would have left it: the lock directory, aged, and its owner file. */
function foreignLock(dataDir: string, pid: number, ageMs: number): void {
  const lockDir = path.join(dataDir, 'aftercare.lock');
  fs.mkdirSync(lockDir);
  const old = new Date(Date.now() - ageMs);
  fs.utimesSync(lockDir, old, old);
  const owner = { pid, startTime: startTimeOf(pid), host: os.hostname(), since: old.toISOString() };
  fs.writeFileSync(path.join(dataDir, 'aftercare.owner.json'), JSON.stringify(owner));
}

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('DATA_DIR lock', () => {
  it('refuses while a live process owns the lock, even long past the stale time', async () => {
    const dataDir = tempDir();
    const owner = spawn('sleep', ['60']);
    children.push(owner);
    foreignLock(dataDir, owner.pid as number, 3_600_000);
    const attempt = lockDataDir(dataDir, { staleMs: 2_000, log: quiet });
    await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(attempt).rejects.toThrow(`pid ${owner.pid}`);
    expect(fs.existsSync(path.join(dataDir, 'aftercare.lock'))).toBe(true);
  });

  it('takes over at once from a dead owner whose lock is still fresh', async () => {
    const dataDir = tempDir();
    const owner = spawn('true');
    await new Promise((r) => owner.once('exit', r));
    foreignLock(dataDir, owner.pid as number, 0);
    const release = await lockDataDir(dataDir, { staleMs: 3_600_000, log: quiet });
    const recorded = JSON.parse(fs.readFileSync(path.join(dataDir, 'aftercare.owner.json'), 'utf8'));
    expect(recorded.pid).toBe(process.pid);
    await release();
    expect(fs.existsSync(path.join(dataDir, 'aftercare.lock'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'aftercare.owner.json'))).toBe(false);
  });

  it('takes a disturbed lock again instead of throwing ECOMPROMISED', async () => {
    const dataDir = tempDir();
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const release = await lockDataDir(dataDir, { staleMs: 2_000, log: quiet });
      // Someone removes the lock under us; the next refresh (every second here) notices.
      fs.rmdirSync(path.join(dataDir, 'aftercare.lock'));
      const lockDir = path.join(dataDir, 'aftercare.lock');
      for (let i = 0; i < 50 && !fs.existsSync(lockDir); i++) await new Promise((r) => setTimeout(r, 100));
      expect(fs.existsSync(lockDir)).toBe(true);
      expect(uncaught).toEqual([]);
      await release();
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
