/**
 * A small job runner coordinated through PostgreSQL (SKIP LOCKED polling), safe
 * with several server processes on one database.
 *
 * Exactly-once effects rest on three things:
 * - `jobs.key` is unique, so a timer enqueued twice (two processes, a restart) is one job;
 * - a handler runs in one transaction together with the done-mark, so its writes and
 *   "done" commit together or not at all (a crash mid-handler leaves it retryable);
 * - that transaction first locks the job row and checks this worker still owns it, so a
 *   job whose lease expired and was reclaimed elsewhere is never completed twice.
 *
 * The platform knows no module: handlers are registered by the composition root (main.ts).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { jobs } from '../../db/schema/jobs.js';
import type { Clock } from '../clock.js';
import { type Db, type DbOrTx, isDatabaseUnavailable, type Tx } from '../db.js';
import type { Schedule } from './schedule.js';

export type Job = typeof jobs.$inferSelect;

export interface EnqueueInput {
  kind: string;
  /** Unique across all jobs: enqueueing an existing key does nothing. */
  key: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
}

/**
 * Adds a job unless one with the same key exists. Pass the caller's transaction so
 * the job exists exactly when the change that caused it commits.
 */
export async function enqueue(
  db: DbOrTx,
  input: EnqueueInput,
): Promise<{ id: number | null; created: boolean }> {
  const rows = await db
    .insert(jobs)
    .values({
      kind: input.kind,
      key: input.key,
      runAt: input.runAt,
      payload: input.payload ?? {},
      maxAttempts: input.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: jobs.key })
    .returning({ id: jobs.id });
  const id = rows[0]?.id ?? null;
  return { id, created: id !== null };
}

/**
 * Cancels a job that has not run yet (e.g. an SLA warning after the request was
 * answered). The row stays, marked done with last_error 'cancelled', so the same key
 * is not enqueued again. Returns whether a pending job was cancelled.
 */
export async function cancelJob(db: DbOrTx, key: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: 'done', lastError: 'cancelled', finishedAt: at })
    .where(and(eq(jobs.key, key), inArray(jobs.status, ['queued', 'failed'])))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export interface JobContext {
  /** The transaction the job's done-mark commits in: write through it. */
  tx: Tx;
  job: Job;
  clock: Clock;
}
export type JobHandler = (ctx: JobContext) => Promise<void>;

interface JobLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface JobRunnerOptions {
  db: Db;
  clock: Clock;
  log: JobLog;
  handlers: Record<string, JobHandler>;
  /** Recurring schedules; their due occurrences are enqueued at every poll. */
  schedules?: Schedule[];
  /** Distinct per process (e.g. `${hostname}:${pid}`): it owns the jobs it claims. */
  workerId: string;
  pollMs?: number;
  /** Jobs claimed per round. */
  batch?: number;
  /** How long a claim holds before another process may take the job over (crash recovery). */
  leaseMs?: number;
  /** Delay before retry number `attempt` (1 = after the first failure). */
  backoffMs?: (attempt: number) => number;
}

export interface RunResult {
  claimed: number;
  done: number;
  failed: number;
  dead: number;
}

export interface JobRunner {
  start(): void;
  /** Stops polling and waits for the jobs in flight. */
  stop(): Promise<void>;
  /** Enqueues due schedule occurrences, then claims and runs due jobs until none is left. */
  runDue(now?: Date): Promise<RunResult>;
}

/** 30 s, 1 min, 2 min, ... capped at one hour. */
export const defaultBackoffMs = (attempt: number) => Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);

export function createJobRunner(opts: JobRunnerOptions): JobRunner {
  const { db, clock, log, handlers, workerId } = opts;
  const kinds = Object.keys(handlers);
  const batch = opts.batch ?? 10;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const pollMs = opts.pollMs ?? 5_000;
  const backoffMs = opts.backoffMs ?? defaultBackoffMs;
  const schedules = opts.schedules ?? [];

  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();

  /** Claims up to `batch` due jobs: queued/failed ones whose time has come, and running ones whose lease expired. */
  async function claim(now: Date): Promise<Job[]> {
    if (kinds.length === 0) return [];
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const kindList = sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    );
    const res = await db.execute<Record<string, unknown>>(sql`
      update jobs set status = 'running', locked_by = ${workerId}, locked_until = ${leaseUntil},
        attempts = attempts + 1
      where id in (
        select id from jobs
        where kind in (${kindList})
          and ((status in ('queued', 'failed') and run_at <= ${now})
            or (status = 'running' and locked_until < ${now}))
        order by run_at, id
        limit ${batch}
        for update skip locked
      )
      returning id`);
    const ids = res.rows.map((r) => Number(r.id));
    if (ids.length === 0) return [];
    return db.select().from(jobs).where(inArray(jobs.id, ids)).orderBy(jobs.runAt, jobs.id);
  }

  async function runOne(job: Job, now: Date): Promise<'done' | 'failed' | 'dead' | 'lost'> {
    const handler = handlers[job.kind];
    if (!handler) return 'lost';
    // A job reclaimed more often than allowed keeps crashing its process: stop retrying it.
    if (job.attempts > job.maxAttempts) {
      await markFailed(job, now, 'lease expired after the last attempt (process crashed?)', true);
      return 'dead';
    }
    try {
      const ran = await db.transaction(async (tx) => {
        // Hold the row for the whole handler: a reclaimer's SKIP LOCKED passes it by, and
        // if our lease was taken over meanwhile, we do nothing.
        const owned = await tx
          .select({ id: jobs.id })
          .from(jobs)
          .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.attempts, job.attempts)))
          .for('update');
        if (owned.length === 0) return false;
        await handler({ tx, job, clock });
        await tx
          .update(jobs)
          .set({
            status: 'done',
            finishedAt: clock.now(),
            lockedBy: null,
            lockedUntil: null,
            lastError: null,
          })
          .where(eq(jobs.id, job.id));
        return true;
      });
      return ran ? 'done' : 'lost';
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const dead = job.attempts >= job.maxAttempts;
      await markFailed(job, now, message, dead);
      log.warn({ err, jobId: job.id, kind: job.kind, attempt: job.attempts, dead }, 'job failed');
      return dead ? 'dead' : 'failed';
    }
  }

  async function markFailed(job: Job, now: Date, message: string, dead: boolean): Promise<void> {
    await db
      .update(jobs)
      .set({
        status: dead ? 'dead' : 'failed',
        lastError: message.slice(0, 2000),
        runAt: dead ? job.runAt : new Date(now.getTime() + backoffMs(job.attempts)),
        finishedAt: dead ? now : null,
        lockedBy: null,
        lockedUntil: null,
      })
      .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.attempts, job.attempts)));
  }

  async function runDue(now?: Date): Promise<RunResult> {
    const result: RunResult = { claimed: 0, done: 0, failed: 0, dead: 0 };
    for (const s of schedules) {
      if (!handlers[s.kind]) continue;
      await s.enqueueDue(db, now ?? clock.now());
    }
    while (!stopping) {
      const at = now ?? clock.now();
      const claimed = await claim(at);
      if (claimed.length === 0) break;
      result.claimed += claimed.length;
      for (const job of claimed) {
        const outcome = await runOne(job, at);
        if (outcome !== 'lost') result[outcome]++;
      }
    }
    return result;
  }

  const tick = async () => {
    try {
      await runDue();
    } catch (err) {
      // The database down or restarting is an outage, not a bug: one line per poll, and the next poll retries.
      if (isDatabaseUnavailable(err))
        log.warn({ reason: (err as Error).message }, 'job poll skipped: database unavailable');
      else log.error({ err }, 'job poll failed');
    }
  };

  const loop = () => {
    if (stopping) return;
    inFlight = tick().finally(() => {
      if (!stopping) timer = setTimeout(loop, pollMs);
    });
  };

  return {
    start() {
      stopping = false;
      log.info({ workerId, kinds, pollMs }, 'job runner started');
      loop();
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await inFlight;
    },
    runDue,
  };
}
