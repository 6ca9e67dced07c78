import { sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/db.js';
import { jobs } from '../../db/schema/jobs.js';
import { TestClock } from '../clock.js';
import { createDb, type Db } from '../db.js';
import { cancelJob, createJobRunner, enqueue, type JobHandler, type JobRunnerOptions } from './jobs.js';
import { schedule } from './schedule.js';

const database = await createTestDatabase();
const db = database.db;
// A second pool on the same database: the "other server process".
const otherDb = createDb(database.url, { max: 5 });
afterAll(async () => {
  await otherDb.$client.end();
  await database.drop();
});

await db.execute(sql`create table job_effects (key text not null, worker text not null)`);

const silent = { info() {}, warn() {}, error() {} };
let clock: TestClock;

beforeEach(async () => {
  clock = new TestClock('2026-03-02T02:00:00Z');
  await db.execute(sql`truncate jobs, job_effects`);
});

/** A handler whose effect is a row in job_effects, written in the job's transaction. */
const recordEffect =
  (worker: string): JobHandler =>
  async ({ tx, job }) => {
    await tx.execute(sql`insert into job_effects (key, worker) values (${job.key}, ${worker})`);
  };

function runner(over: Partial<JobRunnerOptions> = {}) {
  return createJobRunner({
    db,
    clock,
    log: silent,
    workerId: 'w1',
    handlers: { effect: recordEffect('w1') },
    ...over,
  });
}

const effects = async () =>
  (await db.execute<{ key: string; worker: string }>(sql`select key, worker from job_effects order by key`))
    .rows;
const jobByKey = async (key: string) => (await db.select().from(jobs).where(sql`${jobs.key} = ${key}`))[0]!;

describe('enqueue', () => {
  it('is a no-op for a key that exists', async () => {
    const first = await enqueue(db, { kind: 'effect', key: 'k1', runAt: clock.now() });
    const again = await enqueue(db, { kind: 'effect', key: 'k1', runAt: clock.now(), payload: { x: 1 } });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: null, created: false });
    expect(await db.$count(jobs)).toBe(1);
    await runner().runDue();
    expect(await effects()).toEqual([{ key: 'k1', worker: 'w1' }]);
  });

  it("joins the caller's transaction: a rolled-back change enqueues nothing", async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueue(tx, { kind: 'effect', key: 'k-rolled-back', runAt: clock.now() });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await db.$count(jobs)).toBe(0);
  });

  it('cancels a pending job for good: it never runs and its key stays taken', async () => {
    await enqueue(db, { kind: 'effect', key: 'cancel-me', runAt: clock.now() });
    expect(await cancelJob(db, 'cancel-me', clock.now())).toBe(true);
    expect(await cancelJob(db, 'cancel-me', clock.now())).toBe(false);
    expect((await enqueue(db, { kind: 'effect', key: 'cancel-me', runAt: clock.now() })).created).toBe(false);
    expect((await runner().runDue()).claimed).toBe(0);
    expect(await jobByKey('cancel-me')).toMatchObject({ status: 'done', lastError: 'cancelled' });
  });

  it('waits for run_at', async () => {
    await enqueue(db, { kind: 'effect', key: 'later', runAt: new Date(clock.now().getTime() + 60_000) });
    expect((await runner().runDue()).claimed).toBe(0);
    clock.advanceMinutes(1);
    expect((await runner().runDue()).done).toBe(1);
  });
});

describe('job runner', () => {
  it('runs each of 200 jobs exactly once with two runners racing', async () => {
    for (let i = 0; i < 200; i++) {
      await enqueue(db, { kind: 'effect', key: `race-${String(i).padStart(3, '0')}`, runAt: clock.now() });
    }
    const a = runner({ workerId: 'a', handlers: { effect: recordEffect('a') }, batch: 7 });
    const b = runner({ db: otherDb, workerId: 'b', handlers: { effect: recordEffect('b') }, batch: 7 });
    const [ra, rb] = await Promise.all([a.runDue(), b.runDue()]);

    expect(ra.done + rb.done).toBe(200);
    const rows = await effects();
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.key)).size).toBe(200);
    // Both took part (SKIP LOCKED spreads the work instead of serialising it).
    expect(ra.done).toBeGreaterThan(0);
    expect(rb.done).toBeGreaterThan(0);
    const statuses = await db.execute<{ status: string; n: string }>(
      sql`select status, count(*) as n from jobs group by status`,
    );
    expect(statuses.rows).toEqual([{ status: 'done', n: '200' }]);
  });

  it('rolls back a failing handler: no partial effect, and the job retries', async () => {
    let calls = 0;
    const r = runner({
      handlers: {
        effect: async (ctx) => {
          calls++;
          await recordEffect('w1')(ctx);
          if (calls === 1) throw new Error('boom after writing');
        },
      },
    });
    await enqueue(db, { kind: 'effect', key: 'partial', runAt: clock.now() });
    expect(await r.runDue()).toMatchObject({ claimed: 1, failed: 1, done: 0 });
    expect(await effects()).toEqual([]);
    const failed = await jobByKey('partial');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastError: 'boom after writing' });

    clock.advance(30_000);
    expect(await r.runDue()).toMatchObject({ done: 1 });
    expect(await effects()).toEqual([{ key: 'partial', worker: 'w1' }]);
    expect(await jobByKey('partial')).toMatchObject({ status: 'done', attempts: 2, lastError: null });
  });

  it('backs off exponentially and marks the job dead after max_attempts', async () => {
    const r = runner({
      handlers: {
        effect: async () => {
          throw new Error('always');
        },
      },
    });
    const start = clock.now().getTime();
    await enqueue(db, { kind: 'effect', key: 'doomed', runAt: clock.now(), maxAttempts: 3 });

    await r.runDue();
    expect(await jobByKey('doomed')).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await jobByKey('doomed')).runAt.getTime()).toBe(start + 30_000);
    // Not before the backoff has passed.
    clock.advance(29_000);
    expect((await r.runDue()).claimed).toBe(0);

    clock.advance(1_000);
    await r.runDue();
    expect(await jobByKey('doomed')).toMatchObject({ status: 'failed', attempts: 2 });
    expect((await jobByKey('doomed')).runAt.getTime()).toBe(clock.now().getTime() + 60_000);

    clock.advance(60_000);
    expect(await r.runDue()).toMatchObject({ dead: 1 });
    const dead = await jobByKey('doomed');
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastError: 'always', lockedBy: null });
    expect(dead.finishedAt).toEqual(clock.now());

    clock.advanceMinutes(24 * 60);
    expect((await r.runDue()).claimed).toBe(0);
  });

  it("reclaims a crashed process's job once its lease has expired", async () => {
    await enqueue(db, { kind: 'effect', key: 'orphan', runAt: clock.now() });
    // What a process that claimed the job and then died leaves behind.
    await db
      .update(jobs)
      .set({
        status: 'running',
        lockedBy: 'crashed',
        lockedUntil: new Date(clock.now().getTime() + 5 * 60_000),
        attempts: 1,
      })
      .where(sql`${jobs.key} = 'orphan'`);

    const r = runner({ workerId: 'survivor', handlers: { effect: recordEffect('survivor') } });
    expect((await r.runDue()).claimed).toBe(0);
    clock.advanceMinutes(5);
    expect((await r.runDue()).claimed).toBe(0);
    clock.advanceMinutes(1);
    expect(await r.runDue()).toMatchObject({ claimed: 1, done: 1 });
    expect(await effects()).toEqual([{ key: 'orphan', worker: 'survivor' }]);
    expect(await jobByKey('orphan')).toMatchObject({ status: 'done', attempts: 2, lockedBy: null });
  });

  it('does not take over a job whose handler is still running, even past its lease', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const started = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const slow = runner({
      workerId: 'slow',
      leaseMs: 60_000,
      handlers: {
        effect: async (ctx) => {
          entered();
          await gate;
          await recordEffect('slow')(ctx);
        },
      },
    });
    const other = runner({ db: otherDb, workerId: 'other', handlers: { effect: recordEffect('other') } });
    await enqueue(db, { kind: 'effect', key: 'slow-job', runAt: clock.now() });

    const running = slow.runDue(clock.now());
    await started;
    // The lease has expired, but the row is locked by the live handler's transaction.
    expect((await other.runDue(new Date(clock.now().getTime() + 10 * 60_000))).claimed).toBe(0);
    release();
    expect(await running).toMatchObject({ done: 1 });
    expect(await effects()).toEqual([{ key: 'slow-job', worker: 'slow' }]);
  });

  it('marks a job dead when its process keeps crashing past max_attempts', async () => {
    await enqueue(db, { kind: 'effect', key: 'crashy', runAt: clock.now(), maxAttempts: 2 });
    await db
      .update(jobs)
      .set({ status: 'running', lockedBy: 'crashed', lockedUntil: clock.now(), attempts: 2 })
      .where(sql`${jobs.key} = 'crashy'`);
    clock.advance(1);
    expect(await runner().runDue()).toMatchObject({ claimed: 1, dead: 1 });
    expect(await effects()).toEqual([]);
    expect(await jobByKey('crashy')).toMatchObject({ status: 'dead', attempts: 3 });
  });

  it('start() polls in the background and stop() waits for the job in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const started = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const r = runner({
      handlers: {
        effect: async (ctx) => {
          entered();
          await gate;
          await recordEffect('w1')(ctx);
        },
      },
    });
    await enqueue(db, { kind: 'effect', key: 'background', runAt: clock.now() });
    r.start();
    await started;
    let stopped = false;
    const stopping = r.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await effects()).toEqual([{ key: 'background', worker: 'w1' }]);
    expect(await jobByKey('background')).toMatchObject({ status: 'done' });
  });

  it('claims only kinds it has a handler for', async () => {
    await enqueue(db, { kind: 'unknown', key: 'u1', runAt: clock.now() });
    expect((await runner().runDue()).claimed).toBe(0);
    expect(await jobByKey('u1')).toMatchObject({ status: 'queued', attempts: 0 });
  });
});

describe('daily schedule', () => {
  const nightly = schedule({ kind: 'nightly', every: 'daily', at: '02:00', timeZone: 'Asia/Shanghai' });
  const nightlyRunner = (workerId: string, runDb: Db = db) =>
    runner({
      db: runDb,
      workerId,
      schedules: [nightly],
      handlers: {
        nightly: async ({ tx, job }) => {
          await tx.execute(
            sql`insert into job_effects (key, worker) values (${String(job.payload.localDate)}, ${workerId})`,
          );
        },
      },
    });
  const days = async () => (await effects()).map((e) => e.key);

  it('computes 02:00 Asia/Shanghai as 18:00 UTC the day before', () => {
    const due = nightly.dueOccurrences(new Date('2026-03-02T02:00:00Z'), null);
    expect(due).toEqual([
      { key: 'nightly:2026-03-02', localDate: '2026-03-02', runAt: new Date('2026-03-01T18:00:00Z') },
    ]);
    expect(nightly.dueOccurrences(new Date('2026-03-01T17:59:00Z'), null)[0]?.localDate).toBe('2026-03-01');
  });

  it('runs once per day with two processes, and catches up missed days after a restart', async () => {
    // First start (10:00 in Shanghai): only today's occurrence, not a week of history.
    await Promise.all([nightlyRunner('a').runDue(), nightlyRunner('b', otherDb).runDue()]);
    expect(await days()).toEqual(['2026-03-02']);
    clock.advanceMinutes(60);
    await nightlyRunner('a').runDue();
    expect(await days()).toEqual(['2026-03-02']);

    // Down for three nights; after the restart each missed day runs exactly once.
    clock.advanceMinutes(3 * 24 * 60);
    const restarted = nightlyRunner('c');
    expect(await restarted.runDue()).toMatchObject({ done: 3 });
    expect(await days()).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(await restarted.runDue()).toMatchObject({ claimed: 0 });

    // Before 02:00 local nothing is due; at 02:00 the next day is.
    clock.set('2026-03-05T17:59:00Z');
    expect((await restarted.runDue()).claimed).toBe(0);
    clock.set('2026-03-05T18:00:00Z');
    expect((await restarted.runDue()).done).toBe(1);
    expect((await days()).at(-1)).toBe('2026-03-06');
  });

  it('caps the catch-up at seven days', async () => {
    await nightlyRunner('a').runDue();
    clock.advanceMinutes(30 * 24 * 60);
    expect(await nightlyRunner('a').runDue()).toMatchObject({ done: 7 });
    expect((await days()).slice(1)).toEqual([
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
  });
});

describe('interval schedule', () => {
  const sweep = schedule({ kind: 'sweep', every: 'interval', seconds: 30 });
  const sweepRunner = (workerId: string, runDb: Db = db) =>
    runner({
      db: runDb,
      workerId,
      schedules: [sweep],
      handlers: {
        sweep: async ({ tx, job }) => {
          await tx.execute(sql`insert into job_effects (key, worker) values (${job.key}, ${workerId})`);
        },
      },
    });
  const keys = async () => (await effects()).map((e) => e.key);

  it('keys an occurrence by the start of its 30 s bucket', () => {
    expect(sweep.dueOccurrences(new Date('2026-03-02T02:00:44Z'), null)).toEqual([
      { key: 'sweep:2026-03-02T02:00:30.000Z', runAt: new Date('2026-03-02T02:00:30Z') },
    ]);
    expect(sweep.dueOccurrences(new Date('2026-03-02T02:00:44Z'), new Date('2026-03-02T02:00:30Z'))).toEqual(
      [],
    );
  });

  it('runs each bucket once with two processes, and only the latest bucket after downtime', async () => {
    await Promise.all([sweepRunner('a').runDue(), sweepRunner('b', otherDb).runDue()]);
    clock.advance(10_000);
    await Promise.all([sweepRunner('a').runDue(), sweepRunner('b', otherDb).runDue()]);
    expect(await keys()).toEqual(['sweep:2026-03-02T02:00:00.000Z']);

    clock.advance(20_000);
    await sweepRunner('a').runDue();
    expect(await keys()).toEqual(['sweep:2026-03-02T02:00:00.000Z', 'sweep:2026-03-02T02:00:30.000Z']);

    // Down for an hour: a restarted process runs the current bucket at once, not 120 missed ones.
    clock.advanceMinutes(60);
    clock.advance(5_000);
    expect(await sweepRunner('c').runDue()).toMatchObject({ done: 1 });
    expect((await keys()).at(-1)).toBe('sweep:2026-03-02T03:00:30.000Z');
    expect(await keys()).toHaveLength(3);
    // Runs older than a day are deleted when a new bucket is enqueued.
    clock.advanceMinutes(24 * 60);
    await sweepRunner('c').runDue();
    const left = await db.select({ key: jobs.key }).from(jobs).where(sql`${jobs.kind} = 'sweep'`);
    expect(left.map((j) => j.key)).toEqual(['sweep:2026-03-03T03:00:30.000Z']);
  });
});
