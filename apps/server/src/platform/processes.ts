/**
 * What the operating system says about another process: alive or not, when it
 * started (a pid can be reused after a crash, its start time cannot), its name
 * and its parent. Linux reads /proc; elsewhere only liveness is known and the
 * other answers are undefined.
 */
import fs from 'node:fs';

interface ProcStat {
  comm: string;
  state: string;
  ppid: number;
  startTime: string;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may itself contain spaces or parentheses.
    const close = raw.lastIndexOf(')');
    const comm = raw.slice(raw.indexOf('(') + 1, close);
    const rest = raw
      .slice(close + 2)
      .trim()
      .split(' ');
    return { comm, state: rest[0] ?? '', ppid: Number(rest[1]), startTime: rest[19] ?? '' };
  } catch {
    return undefined;
  }
}

/** True while `pid` is a live process (a stopped one counts as alive; a zombie does not). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to another user (PostgreSQL runs as `postgres`).
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.state !== 'Z';
}

/** The kernel's start time of `pid` (clock ticks since boot), to tell the same process from a reused pid. */
export function startTimeOf(pid: number): string | undefined {
  return procStat(pid)?.startTime || undefined;
}

/** The short command name of `pid` (`postgres`, `node`). */
export function commandOf(pid: number): string | undefined {
  return procStat(pid)?.comm;
}

/** The parent pid of `pid`. */
export function parentOf(pid: number): number | undefined {
  return procStat(pid)?.ppid;
}

/** Waits until `pid` is gone; false when it is still alive after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (pidAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * Live processes whose working directory is `dir` (every PostgreSQL process
 * works in its data directory), or undefined when /proc cannot tell.
 */
export function processesIn(dir: string): number[] | undefined {
  let entries: string[];
  let target: string;
  try {
    entries = fs.readdirSync('/proc');
    target = fs.realpathSync(dir);
  } catch {
    return undefined;
  }
  const found: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    try {
      if (fs.readlinkSync(`/proc/${pid}/cwd`) === target && pidAlive(pid)) found.push(pid);
    } catch {
      // gone meanwhile, or not ours to inspect
    }
  }
  return found;
}
