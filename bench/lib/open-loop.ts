/**
 * Open-loop HTTP load for the overload bench: requests leave at a fixed rate
 * whether or not earlier ones have answered (a closed loop would slow down
 * with the server and never overload it), over node:http with keep-alive and
 * enough sockets to exceed the server's in-flight + queue bounds. Also reads
 * the resident memory of the server and of its PostgreSQL from /proc.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { percentile } from './http-load.js';

export interface Target {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Bearer API token. */
  token: string;
  /** Group name for a per-group breakdown (e.g. "greedy token"). */
  group?: string;
}

export interface Outcome {
  status: number; // 0 = no HTTP answer (timeout, reset)
  ms: number;
  /** For a 503: what refused it (admission queue full / wait over, database pool). */
  reason?: string;
}

function reasonOf(body: string): string {
  try {
    const detail = String((JSON.parse(body) as { detail?: unknown }).detail ?? '');
    return /\(([^)]+)\)/.exec(detail)?.[1] ?? detail.slice(0, 40);
  } catch {
    return 'unparsable';
  }
}

const REQUEST_TIMEOUT_MS = 30_000;

export function createClient(baseUrl: string, maxSockets = 2048) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const send = (t: Target): Promise<Outcome> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const payload = t.body === undefined ? undefined : JSON.stringify(t.body);
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: t.method,
          path: t.path,
          headers: {
            authorization: `Bearer ${t.token}`,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
          },
        },
        (res) => {
          // Only a refusal's body is read: its detail tells admission control from a pool wait.
          let body = '';
          if (res.statusCode === 503) res.on('data', (c: Buffer) => (body += c.toString()));
          else res.resume();
          res.on('end', () => {
            const o: Outcome = { status: res.statusCode ?? 0, ms: performance.now() - t0 };
            if (body) o.reason = reasonOf(body);
            resolve(o);
          });
          res.on('error', () => resolve({ status: 0, ms: performance.now() - t0 }));
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve({ status: 0, ms: performance.now() - t0 }));
      req.end(payload);
    });
  return { send, close: () => agent.destroy() };
}

export interface Tally {
  sent: number;
  s2xx: number;
  s429: number;
  s503: number;
  s5xx: number; // 5xx other than 503
  other4xx: number;
  noAnswer: number;
  lat2xx: number[];
  lat503: number[];
  reasons503: Map<string, number>;
  firstOther?: string;
}

export const newTally = (): Tally => ({
  sent: 0,
  s2xx: 0,
  s429: 0,
  s503: 0,
  s5xx: 0,
  other4xx: 0,
  noAnswer: 0,
  lat2xx: [],
  lat503: [],
  reasons503: new Map(),
});

function count(t: Tally, target: Target, o: Outcome): void {
  t.sent++;
  if (o.status >= 200 && o.status < 300) {
    t.s2xx++;
    t.lat2xx.push(o.ms);
  } else if (o.status === 429) t.s429++;
  else if (o.status === 503) {
    t.s503++;
    t.lat503.push(o.ms);
    const why = o.reason ?? 'no body';
    t.reasons503.set(why, (t.reasons503.get(why) ?? 0) + 1);
  } else if (o.status >= 500) t.s5xx++;
  else if (o.status === 0) t.noAnswer++;
  else t.other4xx++;
  if (o.status !== 0 && (o.status < 200 || (o.status >= 300 && o.status !== 429 && o.status !== 503)))
    t.firstOther ??= `${target.method} ${target.path} → ${o.status}`;
}

export function summary(t: Tally) {
  const pct = (n: number) => (t.sent ? `${((100 * n) / t.sent).toFixed(1)}%` : '-');
  const sorted = [...t.lat2xx].sort((a, b) => a - b);
  const refused = [...t.lat503].sort((a, b) => a - b);
  return {
    sent: t.sent,
    '2xx': pct(t.s2xx),
    '429': pct(t.s429),
    '503': pct(t.s503),
    '5xx': pct(t.s5xx),
    '4xx other': pct(t.other4xx),
    'no answer': pct(t.noAnswer),
    'p50 2xx ms': sorted.length ? Math.round(percentile(sorted, 50)) : '-',
    'p95 2xx ms': sorted.length ? Math.round(percentile(sorted, 95)) : '-',
    'p95 503 ms': refused.length ? Math.round(percentile(refused, 95)) : '-',
    '503 by reason': [...t.reasons503].map(([why, n]) => `${why} ${n}`).join(', '),
  };
}

/**
 * Sends `rate` requests per second for `seconds` (request i is `next(i)`), then waits for the
 * answers. Returns the tally overall and per group.
 */
export async function openLoop(
  send: (t: Target) => Promise<Outcome>,
  next: (i: number) => Target,
  rate: number,
  seconds: number,
): Promise<{ all: Tally; groups: Map<string, Tally> }> {
  const all = newTally();
  const groups = new Map<string, Tally>();
  const pending: Promise<void>[] = [];
  const started = performance.now();
  let issued = 0;
  for (;;) {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed >= seconds) break;
    const due = Math.floor(elapsed * rate);
    while (issued < due) {
      const target = next(issued++);
      pending.push(
        send(target).then((o) => {
          count(all, target, o);
          if (target.group) {
            const g = groups.get(target.group) ?? newTally();
            count(g, target, o);
            groups.set(target.group, g);
          }
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(pending);
  return { all, groups };
}

/** Closed loop: `concurrency` workers back to back for `seconds`; what the server sustains. */
export async function closedLoop(
  send: (t: Target) => Promise<Outcome>,
  next: (i: number) => Target,
  concurrency: number,
  seconds: number,
): Promise<{ tally: Tally; seconds: number }> {
  const tally = newTally();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let i = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const target = next(i++);
      count(tally, target, await send(target));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { tally, seconds: (performance.now() - started) / 1000 };
}

/** VmRSS of a process in MB (0 when it is gone). */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Pss (RSS with shared pages divided among their users) in MB; PostgreSQL's shared buffers count once. */
function pssMb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The postmaster (first line of postmaster.pid) and its children: every PostgreSQL process of DATA_DIR. */
function postgresPids(dataDir: string): number[] {
  const postmaster = Number(
    fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const pids = [postmaster];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(d));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/**
 * The machine's count of connections the kernel dropped because a listen backlog was full (each costs
 * the client a SYN retry: 1 s, then 3 s, 7 s …). Machine-wide, so other processes' drops count too.
 */
export function listenOverflows(): number {
  const lines = fs.readFileSync('/proc/net/netstat', 'utf8').split('\n');
  const names = lines.find((l) => l.startsWith('TcpExt:'))?.split(/\s+/) ?? [];
  const values = lines.filter((l) => l.startsWith('TcpExt:'))[1]?.split(/\s+/) ?? [];
  const i = names.indexOf('ListenOverflows');
  return i > 0 ? Number(values[i]) : Number.NaN;
}

export interface Memory {
  nodeRss: number;
  pgRss: number;
  pgPss: number;
  pgProcesses: number;
}

export function memory(nodePid: number, dataDir: string): Memory {
  const pids = postgresPids(dataDir);
  return {
    nodeRss: rssMb(nodePid),
    pgRss: pids.reduce((s, p) => s + rssMb(p), 0),
    pgPss: pids.reduce((s, p) => s + pssMb(p), 0),
    pgProcesses: pids.length,
  };
}

/** Samples memory every 250 ms until stopped; returns the peaks. */
export function memoryPeaks(nodePid: number, dataDir: string) {
  const peak: Memory = { nodeRss: 0, pgRss: 0, pgPss: 0, pgProcesses: 0 };
  const take = () => {
    const m = memory(nodePid, dataDir);
    for (const k of Object.keys(peak) as (keyof Memory)[]) peak[k] = Math.max(peak[k], m[k]);
  };
  take();
  const timer = setInterval(take, 250);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
