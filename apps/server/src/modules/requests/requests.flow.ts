/**
 * The request flow: state transitions checked against the transition table,
 * and what each category change does to the SLA clocks (SPEC §6) —
 * entering a pending state pauses the resolution clock, leaving it resumes
 * it on the calendar, entering resolved measures the resolution KPIs, closed
 * stamps closedAt, and a resolved/closed request reopens only within the
 * desk's reopen window. Also the first-response stamp (called by the timeline
 * module) and the auto-close job.
 */
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { users } from '../../db/schema/identity.js';
import { requestTimeline } from '../../db/schema/request-timeline.js';
import { type StateCategory, serviceRequests } from '../../db/schema/requests.js';
import { type Actor, can, systemActor } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { invalid, invalidState } from '../../platform/errors.js';
import { permissions } from '../../platform/permissions.js';
import {
  type ClockCalendars,
  pauseClock,
  reopenClock,
  resolutionKpis,
  responseKpis,
  resumeClock,
} from './requests.clock.js';
import { assertResolvable } from './requests.closing.js';
import { appendEvent, lockRequest, type RequestRow, saveRequest } from './requests.kernel.js';
import * as repo from './requests.repo.js';
import { calendarsOf } from './requests.terms.js';

const DAY = 86_400_000;
const running = new Set<StateCategory>(['new', 'open', 'pending']);
const finished = new Set<StateCategory>(['resolved', 'closed']);

/** A request's calendars (one per target); a request without one (imported without a policy) counts on 7×24 wall time. */
function calendarOf(deps: Deps, row: RequestRow): Promise<ClockCalendars | null> {
  return calendarsOf(deps, row);
}

/**
 * The patch that records the first human response at `at` (reply or
 * acknowledgement): firstResponseAt, the response KPIs and the next SLA
 * check (the pending response warning/breach no longer fire). Empty when the
 * request was already answered. The caller saves it with saveRequest in its
 * own transaction.
 */
export async function recordFirstResponse(_tx: Tx, deps: Deps, row: RequestRow, at: Date) {
  if (row.firstResponseAt) return {};
  const calendar = await calendarOf(deps, row);
  if (!calendar) return { firstResponseAt: at };
  return responseKpis(row, calendar, at);
}

/**
 * Whether an actor may move a request between these categories. Staff with
 * requests:update may take any transition the table allows; a customer may
 * only answer a resolution: confirm it (closed) or say it is not solved
 * (reopen to an open state).
 */
function mayTake(actor: Actor, from: StateCategory, to: StateCategory): boolean {
  if (can(actor, 'requests:update')) return true;
  return from === 'resolved' && (to === 'closed' || to === 'open');
}

/** State keys the actor may move this request to now (the detail's allowedTransitions). */
export async function allowedTransitions(
  db: Deps['db'] | Tx,
  actor: Actor,
  row: RequestRow,
  reopenWindowDays: number,
  now: Date,
): Promise<string[]> {
  if (row.mergedIntoId) return [];
  return allowedAmong(await repo.targetsFrom(db, row.state), actor, row, reopenWindowDays, now);
}

/** allowedTransitions over the targets of the request's state, already read. */
export function allowedAmong(
  targets: { key: string; category: StateCategory }[],
  actor: Actor,
  row: RequestRow,
  reopenWindowDays: number,
  now: Date,
): string[] {
  if (row.mergedIntoId) return [];
  return targets
    .filter((t) => mayTake(actor, row.stateCategory, t.category))
    .filter((t) => !isReopen(row.stateCategory, t.category) || withinReopenWindow(row, reopenWindowDays, now))
    .map((t) => t.key);
}

const isReopen = (from: StateCategory, to: StateCategory) => finished.has(from) && running.has(to);

function withinReopenWindow(row: RequestRow, days: number, now: Date): boolean {
  const since = row.stateCategory === 'closed' ? (row.closedAt ?? row.resolvedAt) : row.resolvedAt;
  return !since || now.getTime() - since.getTime() <= days * DAY;
}

/**
 * Moves a locked request to state `to` and records it on the timeline (a
 * public event: the customer sees where their request stands). Checks the
 * transition table and the reopen window; `system` skips the table for the
 * desk's own rules (auto-close). Returns the saved row. The caller audits.
 */
export async function applyTransition(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  row: RequestRow,
  to: string,
  note?: string,
  opts: { system?: boolean; event?: Record<string, unknown> } = {},
): Promise<RequestRow> {
  const now = deps.clock.now();
  const target = await repo.findState(tx, to);
  if (!target) throw invalid(['body', 'to'], `Unknown state ${to}`, 'unknown_state', { state: to });
  if (target.key === row.state)
    throw invalidState(`The request is already ${to}`, { from: row.state, to }, 'request_same_state');
  if (row.mergedIntoId)
    throw invalidState(
      'A merged request cannot change state',
      { mergedIntoId: row.mergedIntoId },
      'request_merged',
    );
  const from = row.stateCategory;
  if (!opts.system) {
    const targets = await repo.targetsFrom(tx, row.state);
    if (!targets.some((t) => t.key === to) || !mayTake(actor, from, target.category)) {
      throw invalidState(
        `A request cannot go from ${row.state} to ${to}`,
        {
          from: row.state,
          to,
          allowed: targets.filter((t) => mayTake(actor, from, t.category)).map((t) => t.key),
        },
        'request_transition',
      );
    }
  }
  // Closing with rigour: a person resolving must have given what the desk's rules ask for.
  if (target.category === 'resolved' && from !== 'resolved' && !opts.system) {
    await assertResolvable(tx, (await repo.getSettings(tx)).resolutionRules, row);
  }
  const reopen = isReopen(from, target.category);
  if (reopen) {
    const settings = await repo.getSettings(tx);
    if (!withinReopenWindow(row, settings.reopenWindowDays, now)) {
      throw invalidState(
        `The reopen window of ${settings.reopenWindowDays} days has passed`,
        {
          reason: 'reopen_window_passed',
          reopenWindowDays: settings.reopenWindowDays,
        },
        'reopen_window_passed',
      );
    }
  }
  const calendar = await calendarOf(deps, row);
  let patch: Record<string, unknown> = { state: target.key, stateCategory: target.category };
  const into = target.category;
  if (reopen) {
    patch = { ...patch, closedAt: null, reopenCount: row.reopenCount + 1 };
    if (calendar) patch = { ...patch, ...reopenClock(row, calendar, now) };
    else patch = { ...patch, resolvedAt: null, resolutionMet: null };
    if (into === 'pending') patch = { ...patch, ...pauseClock({ ...row, ...patch } as RequestRow, now) };
  } else if (into === 'pending' && from !== 'pending') {
    patch = { ...patch, ...pauseClock(row, now) };
  } else if (running.has(into) && from === 'pending' && calendar) {
    patch = { ...patch, ...resumeClock(row, calendar, now) };
  } else if (into === 'resolved' && !row.resolvedAt) {
    // Resolving answers the customer: a request resolved before any reply counts its response then.
    if (!row.firstResponseAt && actor.via !== 'system' && calendar)
      patch = { ...patch, ...responseKpis(row, calendar, now) };
    const current = { ...row, ...patch } as RequestRow;
    patch = calendar
      ? { ...patch, ...resolutionKpis(current, calendar, now) }
      : { ...patch, resolvedAt: now };
  }
  if (into === 'closed') patch = { ...patch, closedAt: now, nextSlaCheckAt: null };
  const saved = await saveRequest(tx, row, patch, now);
  await appendEvent(tx, row.id, 'state_changed', {
    actorId: actor.via === 'system' ? null : actor.userId,
    at: now,
    visibility: 'public',
    data: {
      from: row.state,
      to: target.key,
      ...(note ? { note } : {}),
      ...(reopen ? { reopened: true } : {}),
      ...opts.event,
    },
  });
  return saved;
}

/**
 * Closes requests resolved for settings.autoCloseDays calendar days without a
 * customer reply since (SPEC §6 "customer confirms → closed"; silence counts
 * as confirmation). Each request in its own transaction, re-checked under
 * its lock, so a reply racing the job wins. Returns how many were closed.
 */
export async function autoCloseResolved(deps: Deps, now: Date): Promise<number> {
  const settings = await repo.getSettings(deps.db);
  const cutoff = new Date(now.getTime() - settings.autoCloseDays * DAY);
  const closedState = (await repo.listStates(deps.db)).find((s) => s.category === 'closed');
  if (!closedState) return 0;
  const actor = systemActor(permissions, 'auto-close');
  const customerReplied = (requestId: typeof serviceRequests.id, since: typeof serviceRequests.resolvedAt) =>
    sql`exists (select 1 from ${requestTimeline} join ${users} on ${users.id} = ${requestTimeline.authorId}
      where ${requestTimeline.requestId} = ${requestId} and ${requestTimeline.kind} = 'reply'
      and ${users.customerId} is not null and ${requestTimeline.createdAt} > ${since})`;
  let closed = 0;
  for (;;) {
    const due = await deps.db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(
        and(
          eq(serviceRequests.stateCategory, 'resolved'),
          isNotNull(serviceRequests.resolvedAt),
          lte(serviceRequests.resolvedAt, cutoff),
          sql`not ${customerReplied(serviceRequests.id, serviceRequests.resolvedAt)}`,
        ),
      )
      .limit(200);
    if (due.length === 0) return closed;
    let progressed = false;
    for (const { id } of due) {
      const done = await deps.db.transaction(async (tx) => {
        const row = await lockRequest(tx, actor, id, 'any');
        if (row.stateCategory !== 'resolved' || !row.resolvedAt || row.resolvedAt > cutoff) return false;
        const replied = await tx
          .select({ ok: sql<number>`1` })
          .from(serviceRequests)
          .where(
            and(eq(serviceRequests.id, id), customerReplied(serviceRequests.id, serviceRequests.resolvedAt)),
          );
        if (replied.length) return false;
        await applyTransition(tx, deps, actor, row, closedState.key, undefined, {
          system: true,
          event: { auto: 'auto_close', autoCloseDays: settings.autoCloseDays },
        });
        await recordAudit(tx, deps.clock, actor, {
          action: 'request.auto_close',
          entityType: 'service_request',
          entityId: id,
          customerId: row.customerId,
          before: { state: row.state },
          after: { state: closedState.key },
        });
        return true;
      });
      if (done) {
        closed++;
        progressed = true;
      }
    }
    // Rows skipped under their lock (a reply raced us) would be selected again forever.
    if (!progressed || due.length < 200) return closed;
  }
}
