/**
 * The exclusive lock on DATA_DIR that a server holds for its whole life, so a
 * second server on the same directory refuses to start and touches nothing.
 *
 * proper-lockfile keeps DATA_DIR/aftercare.lock fresh and, on its own, treats
 * a lock older than the stale time as abandoned. Age alone is wrong both ways:
 * a kill -9'd owner blocks restarts for the whole stale time, and an owner that
 * was merely paused (SIGSTOP, a frozen VM) loses its lock to a second start.
 * So the owner's pid and start time sit beside the lock in aftercare.owner.json
 * and decide first: a dead owner's lock is taken over at once, a live owner's
 * lock is never taken, however old. Only a lock without a readable owner (one
 * from another host, or a crash between the two writes) falls back to age.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import lockfile from 'proper-lockfile';
import { pidAlive, startTimeOf } from './processes.js';

export class DataDirLockedError extends Error {}

interface Owner {
  pid: number;
  startTime?: string;
  host: string;
  since: string;
}

export interface DataDirLockOptions {
  /** Age after which a lock without a known live owner counts as abandoned (proper-lockfile's `stale`). */
  staleMs: number;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

const lockPath = (dataDir: string) => path.join(dataDir, 'aftercare.lock');
const ownerPath = (dataDir: string) => path.join(dataDir, 'aftercare.owner.json');

function readOwner(dataDir: string): Owner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(ownerPath(dataDir), 'utf8')) as Owner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

function writeOwner(dataDir: string): void {
  const owner: Owner = {
    pid: process.pid,
    startTime: startTimeOf(process.pid),
    host: os.hostname(),
    since: new Date().toISOString(),
  };
  const tmp = `${ownerPath(dataDir)}.${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(owner));
  fs.renameSync(tmp, ownerPath(dataDir));
}

/** alive / dead for an owner on this host; unknown for one on another host (its pids mean nothing here). */
function ownerState(owner: Owner): 'alive' | 'dead' | 'unknown' {
  if (owner.host !== os.hostname()) return 'unknown';
  if (!pidAlive(owner.pid)) return 'dead';
  // Same pid, different start time: the pid was reused by an unrelated process after a crash.
  const now = startTimeOf(owner.pid);
  return owner.startTime && now && now !== owner.startTime ? 'dead' : 'alive';
}

function lockedError(dataDir: string, pid?: number): DataDirLockedError {
  const who = pid ? `Another Aftercare server (pid ${pid})` : 'Another Aftercare server';
  return new DataDirLockedError(
    `${who} is already using the data directory ${dataDir}; stop it first or set DATA_DIR to another directory.`,
  );
}

/**
 * The dead previous owner of DATA_DIR when the last server crashed without
 * releasing it (its PostgreSQL may still be running as an orphan), else undefined.
 */
export function crashedOwnerPid(dataDir: string): number | undefined {
  const owner = readOwner(dataDir);
  return owner && ownerState(owner) === 'dead' ? owner.pid : undefined;
}

/**
 * Takes the exclusive DATA_DIR lock; throws DataDirLockedError when a live
 * server holds it. Resolves with the release function.
 */
export async function lockDataDir(dataDir: string, opts: DataDirLockOptions): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const owner = readOwner(dataDir);
  const state = owner ? ownerState(owner) : 'unknown';
  if (owner && state === 'alive') throw lockedError(dataDir, owner.pid);
  if (owner && state === 'dead' && fs.existsSync(lockPath(dataDir))) {
    opts.log.warn(
      { pid: owner.pid },
      'the previous server on this data directory crashed; taking over its lock',
    );
    fs.rmSync(lockPath(dataDir), { recursive: true, force: true });
  }

  let released = false;
  let release: () => Promise<void> = async () => {};
  const acquire = async () => {
    release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath(dataDir),
      stale: opts.staleMs,
      update: Math.max(1000, Math.min(5000, opts.staleMs / 4)),
      realpath: false,
      onCompromised,
    });
    writeOwner(dataDir);
  };
  // proper-lockfile's default throws here, from a timer: an uncaught exception that
  // killed a server whose lock was touched while it was paused. The data directory is
  // still ours as long as the owner file names us, so take the lock again instead.
  function onCompromised(err: Error): void {
    if (released) return;
    const current = readOwner(dataDir);
    if (current && current.pid !== process.pid && ownerState(current) !== 'dead') {
      opts.log.error(
        { err, pid: current.pid },
        'another process took the data directory lock; this server keeps its PostgreSQL running',
      );
      return;
    }
    opts.log.warn({ err }, 'the data directory lock was disturbed; taking it again');
    const retake = async (): Promise<void> => {
      if (released) return;
      fs.rmSync(lockPath(dataDir), { recursive: true, force: true });
      await acquire().catch((e: unknown) => {
        opts.log.error({ err: e }, 'could not take the data directory lock again; retrying');
        setTimeout(() => void retake(), 1000).unref();
      });
    };
    void retake();
  }

  try {
    await acquire();
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') throw lockedError(dataDir, readOwner(dataDir)?.pid);
    throw err;
  }
  return async () => {
    released = true;
    if (readOwner(dataDir)?.pid === process.pid) fs.rmSync(ownerPath(dataDir), { force: true });
    await release().catch(() => {});
  };
}
