/**
 * The supervisor's decisions, on a stand-in cluster: a death is followed by
 * start attempts until one works, a stop() of ours is not a death, and after
 * `maxAttempts` failures it gives up so the process can exit non-zero. The
 * real postmaster being killed is in tests/server/faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db.js';
import type { EmbeddedDb } from './embedded-db.js';
import { superviseEmbeddedDb } from './embedded-supervisor.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} } as never;

function fakeCluster(failures: number) {
  let die: (detail: string) => void = () => {};
  let attempts = 0;
  const db: EmbeddedDb = {
    url: 'postgres://unused',
    restart: async () => {
      attempts++;
      if (attempts <= failures) throw new Error(`still in use (${attempts})`);
    },
    onUnexpectedExit: (l) => {
      die = l;
    },
    stop: async () => {},
  };
  return { db, kill: () => die('killed'), attempts: () => attempts };
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('embedded PostgreSQL supervisor', () => {
  it('starts a dead cluster again, retrying failed starts', async () => {
    const cluster = fakeCluster(2);
    const reasons: string[] = [];
    const sup = superviseEmbeddedDb(cluster.db, {
      log: quiet,
      onGiveUp: (r) => reasons.push(r),
      firstDelayMs: 1,
      maxDelayMs: 2,
    });
    expect(sup.restarting()).toBe(false);
    cluster.kill();
    expect(sup.restarting()).toBe(true);
    await until(() => !sup.restarting());
    expect(sup.restarting()).toBe(false);
    expect(cluster.attempts()).toBe(3);
    expect(reasons).toEqual([]);
    sup.stop();
  });

  it('gives up after maxAttempts failed starts so the process can exit non-zero', async () => {
    const cluster = fakeCluster(Number.POSITIVE_INFINITY);
    const reasons: string[] = [];
    superviseEmbeddedDb(cluster.db, {
      log: quiet,
      onGiveUp: (r) => reasons.push(r),
      firstDelayMs: 1,
      maxDelayMs: 2,
      maxAttempts: 4,
    });
    cluster.kill();
    await until(() => reasons.length > 0);
    expect(cluster.attempts()).toBe(4);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('after 4 attempts');
  });

  it('does nothing once stopped', async () => {
    const cluster = fakeCluster(0);
    const sup = superviseEmbeddedDb(cluster.db, { log: quiet, onGiveUp: () => {}, firstDelayMs: 1 });
    sup.stop();
    cluster.kill();
    await new Promise((r) => setTimeout(r, 30));
    expect(cluster.attempts()).toBe(0);
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises connection-level failures, wrapped or not', () => {
    const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });
    expect(isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(wrapped({ code: '57P01', message: 'terminating connection' }))).toBe(true);
    expect(
      isDatabaseUnavailable(wrapped({ code: '57P03', message: 'the database system is starting up' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(wrapped({ code: '08006', message: 'connection failure' }))).toBe(true);
    expect(
      isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])),
    ).toBe(true);
  });

  it('leaves request and programming errors alone', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
