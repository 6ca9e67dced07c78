/**
 * A small closed-loop HTTP load driver: a fixed number of workers send
 * requests back to back (keep-alive, Node's fetch) until a request count or a
 * time limit is reached, and latencies are summarised as percentiles.
 */

export interface Session {
  baseUrl: string;
  cookie: string;
  csrfToken: string;
}

/** Logs in with a password and returns the session cookie and CSRF token. */
export async function login(baseUrl: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { baseUrl, cookie, csrfToken: body.csrfToken };
}

export interface Call {
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  expect: number;
  /** Label of a sub-case (e.g. the search word), for a per-label breakdown. */
  label?: string;
}

export async function send(s: Session, call: Call): Promise<{ status: number; body: string }> {
  const res = await fetch(s.baseUrl + call.path, {
    method: call.method ?? 'GET',
    headers: {
      cookie: s.cookie,
      ...(call.body === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken }),
    },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  return { status: res.status, body: await res.text() };
}

export interface Stats {
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  reqPerSec: number;
  firstError?: string;
  byLabel: Map<string, number[]>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Runs `requests` calls (after `warmup` unmeasured ones) with `concurrency`
 * workers, stopping early after `maxSeconds`. `next(i)` gives the i-th call.
 */
export async function runLoad(
  s: Session,
  next: (i: number) => Call,
  o: { requests: number; concurrency: number; warmup: number; maxSeconds: number },
): Promise<Stats> {
  for (let i = 0; i < o.warmup; i++) await send(s, next(i));
  const latencies: number[] = [];
  const byLabel = new Map<string, number[]>();
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const started = performance.now();
  const deadline = started + o.maxSeconds * 1000;
  const worker = async () => {
    while (issued < o.requests && performance.now() < deadline) {
      const call = next(o.warmup + issued++);
      const t0 = performance.now();
      const res = await send(s, call);
      const ms = performance.now() - t0;
      if (res.status !== call.expect) {
        errors++;
        firstError ??= `${call.method ?? 'GET'} ${call.path} → ${res.status} ${res.body.slice(0, 300)}`;
        continue;
      }
      latencies.push(ms);
      if (call.label) {
        const list = byLabel.get(call.label) ?? [];
        list.push(ms);
        byLabel.set(call.label, list);
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  for (const list of byLabel.values()) list.sort((a, b) => a - b);
  return {
    n: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    reqPerSec: (latencies.length + errors) / seconds,
    ...(firstError ? { firstError } : {}),
    byLabel,
  };
}
