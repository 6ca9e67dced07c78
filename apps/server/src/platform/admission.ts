/**
 * Admission control: a per-process bound on API requests running at once.
 * Past `maxInFlight` a request waits in a bounded FIFO queue for at most
 * `queueTimeoutMs`; a full queue or a wait that runs out answers 503
 * `unavailable` with Retry-After at once, before authentication or any
 * handler runs. Overload then costs a fast refusal instead of latency and
 * memory growing for everyone (issue 8: 4.6 s p95 and +160 MB RSS at 3×).
 *
 * Not admitted (never shed): /api/health, so a load balancer still sees the
 * process alive and can tell "busy" from "down"; the interactive API docs;
 * and everything outside /api (the built web app, served from disk).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './errors.js';
import { sendProblem, toProblem } from './http-errors.js';

export interface AdmissionOptions {
  maxInFlight: number;
  maxQueue: number;
  queueTimeoutMs: number;
}

export interface Admission {
  /**
   * Resolves with the slot's release function once the request may run; rejects with a 503
   * `unavailable` DomainError when the queue is full, the wait ran out, or `signal` fired first
   * (the client went away while queued: it leaves the queue, its handler never runs).
   */
  acquire(signal: AbortSignal): Promise<() => void>;
  stats(): { inFlight: number; queued: number; shed: number };
  /**
   * The onRequest hook; add it before the authentication hook, so a refused request costs no
   * session lookup. API calls take a slot; health, the docs UI and static files do not.
   */
  onRequest(req: FastifyRequest, reply: FastifyReply): Promise<unknown>;
  /**
   * The onSend hook: the slot is released once the handler has produced its reply (an event stream
   * holds no slot while it streams), or earlier when the connection closes (an aborted client frees
   * its slot; its handler may still finish, but its database work stays bounded by the pool).
   */
  onSend(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown>;
}

interface Waiter {
  grant: () => void;
}

/** Whether a request takes a slot: API calls do; health, the docs UI and static files do not. */
function isAdmitted(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/health') && !url.startsWith('/api/docs');
}

const releaseOf = Symbol('admission release');
type Tracked = FastifyRequest & { [releaseOf]?: () => void };

export function createAdmission(o: AdmissionOptions): Admission {
  let inFlight = 0;
  let shed = 0;
  const queue: Waiter[] = [];
  // The client retries after about one queue wait; by then the backlog that refused it has drained or not.
  const retryAfterSeconds = Math.max(1, Math.ceil(o.queueTimeoutMs / 1000));

  const refuse = (why: string) => {
    shed++;
    return new DomainError(
      'unavailable',
      `The server is at capacity (${why}); retry after ${retryAfterSeconds} s`,
      {
        details: { retryAfterSeconds },
      },
    );
  };

  // A finished request hands its slot straight to the oldest waiter, so inFlight never exceeds the bound.
  const releaseSlot = () => {
    const next = queue.shift();
    if (next) next.grant();
    else inFlight--;
  };
  const slot = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      releaseSlot();
    };
  };

  const admission: Admission = {
    acquire(signal) {
      if (inFlight < o.maxInFlight) {
        inFlight++;
        return Promise.resolve(slot());
      }
      if (queue.length >= o.maxQueue) return Promise.reject(refuse('queue full'));
      return new Promise((resolve, reject) => {
        const leave = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
        };
        const onAbort = () => {
          leave();
          // Nobody reads this answer; it only ends the request without running its handler.
          reject(refuse('client went away while queued'));
        };
        const waiter: Waiter = {
          grant: () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            resolve(slot());
          },
        };
        const timer = setTimeout(() => {
          leave();
          reject(refuse('queue wait over'));
        }, o.queueTimeoutMs);
        signal.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
      });
    },
    stats: () => ({ inFlight, queued: queue.length, shed }),
    async onRequest(req: Tracked, reply) {
      if (!isAdmitted(req.url)) return;
      const ac = new AbortController();
      // 'close' on the response before it finished = the client went away.
      reply.raw.once('close', () => {
        ac.abort();
        req[releaseOf]?.();
      });
      try {
        req[releaseOf] = await admission.acquire(ac.signal);
      } catch (err) {
        // Answered here rather than thrown: the error handler logs every 5xx with its stack, which at
        // thousands of refusals a second would be load of its own. Fastify's request log still shows them.
        return sendProblem(reply, toProblem(err, req));
      }
    },
    async onSend(req: Tracked, _reply, payload) {
      req[releaseOf]?.();
      return payload;
    },
  };
  return admission;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's admission state (tests and diagnostics). */
    admission: Admission;
  }
}
