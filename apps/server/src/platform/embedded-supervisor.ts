/**
 * Keeps the embedded PostgreSQL running under a live server: when the
 * postmaster dies (killed, OOM, crashed) it is started again on the same port
 * and data, with backoff, so the pool reconnects by itself and no node restart
 * is needed. Meanwhile requests fail with connection errors, which
 * http-errors.ts answers as 503 with Retry-After. After `maxAttempts` failed
 * starts in a row the supervisor gives up and asks the process to exit
 * non-zero, so an outer supervisor (systemd, a container runtime) takes over.
 */
import type { Logger } from 'pino';
import type { EmbeddedDb } from './embedded-db.js';

export interface EmbeddedSupervisorOptions {
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Called when PostgreSQL cannot be started again; the process should exit non-zero. */
  onGiveUp: (reason: string) => void;
  /** First delay before a start attempt; doubles up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  maxAttempts?: number;
}

export interface EmbeddedSupervisor {
  /** True while PostgreSQL is known to be down and being restarted. */
  restarting(): boolean;
  stop(): void;
}

export function superviseEmbeddedDb(db: EmbeddedDb, opts: EmbeddedSupervisorOptions): EmbeddedSupervisor {
  const firstDelayMs = opts.firstDelayMs ?? 250;
  const maxDelayMs = opts.maxDelayMs ?? 5_000;
  const maxAttempts = opts.maxAttempts ?? 30;
  let stopped = false;
  let down = false;
  let timer: NodeJS.Timeout | undefined;

  const attempt = (n: number, delayMs: number) => {
    timer = setTimeout(async () => {
      if (stopped) return;
      try {
        await db.restart();
        down = false;
        opts.log.info({ attempt: n }, 'embedded PostgreSQL is running again');
      } catch (err) {
        if (stopped) return;
        // Usually the dead postmaster's backends still hold its shared memory for a moment.
        opts.log.warn(
          { attempt: n, reason: (err as Error).message },
          'embedded PostgreSQL did not start yet',
        );
        if (n >= maxAttempts) {
          opts.onGiveUp(
            `PostgreSQL could not be started again after ${n} attempts: ${(err as Error).message}`,
          );
          return;
        }
        attempt(n + 1, Math.min(delayMs * 2, maxDelayMs));
      }
    }, delayMs);
  };

  db.onUnexpectedExit((detail) => {
    if (stopped || down) return;
    down = true;
    opts.log.error({ detail }, 'embedded PostgreSQL died; starting it again');
    attempt(1, firstDelayMs);
  });

  return {
    restarting: () => down,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
