/**
 * The SLA sweep (run every 30 s by the job runner, and at start): fires each
 * request's SLA warnings and breaches whose instant has passed.
 *
 * Exactly once, across processes and restarts, rests on two things:
 * - requests are locked FOR UPDATE SKIP LOCKED (a chunk per transaction),
 *   so two sweeps never work on the same request at the same time;
 * - a fire is an insert into sla_events keyed (request, target, kind, instant)
 *   with ON CONFLICT DO NOTHING, and the notifications, timeline entry and
 *   escalation happen only when that insert happened — in the same
 *   transaction, so either all of it committed or none of it did.
 *
 * Fast when little is due: requests are found by next_sla_check_at on its
 * partial index (a range scan; requests with nothing pending are not in the
 * index at all), so a sweep over 100k open requests reads only the due ones.
 */
import { and, asc, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { serviceRequests, slaEvents } from '../db/schema/requests.js';
import { notify } from '../modules/notifications/index.js';
import { type PendingSlaEvent, pendingSlaEvents, sweepPatch } from '../modules/requests/requests.clock.js';
import { appendEvent, type RequestRow, saveRequest } from '../modules/requests/requests.kernel.js';
import { escalateAutomatically, serviceManagerIds, teamLeadId } from '../modules/routing/index.js';
import { systemActor } from '../platform/access.js';
import { recordAudit } from '../platform/audit.js';
import type { DbOrTx, Tx } from '../platform/db.js';
import type { Deps } from '../platform/deps.js';
import { permissions } from '../platform/permissions.js';

export interface SlaSweepResult {
  /** Due requests this sweep locked and looked at. */
  checked: number;
  warnings: number;
  breaches: number;
}

/** The warnings and breaches of `row` due at `now`, oldest first (a warning before the breach at the same instant). */
export function dueEvents(row: RequestRow, now: Date): PendingSlaEvent[] {
  return pendingSlaEvents(row).filter((e) => e.at <= now);
}

const targetZh = { response: '响应', resolution: '解决' } as const;

/** Who to tell, read once per sweep: team leads and service managers do not change between two sweeps. */
interface Recipients {
  leads: Map<string, string | null>;
  managers: string[] | null;
}

async function leadOf(tx: Tx, who: Recipients, teamId: string | null): Promise<string | null> {
  if (!teamId) return null;
  if (!who.leads.has(teamId)) who.leads.set(teamId, await teamLeadId(tx, teamId));
  return who.leads.get(teamId) ?? null;
}

async function warn(
  tx: Tx,
  deps: Deps,
  who: Recipients,
  row: RequestRow,
  e: PendingSlaEvent,
  dueAt: Date | null,
): Promise<void> {
  const now = deps.clock.now();
  await appendEvent(tx, row.id, 'sla_warning', {
    actorId: null,
    at: now,
    data: { target: e.target, warnAt: e.at.toISOString(), dueAt: dueAt?.toISOString() ?? null },
  });
  const lead = await leadOf(tx, who, row.teamId);
  const userIds = [...new Set([row.assigneeId, lead].filter((u): u is string => !!u))];
  if (!userIds.length) return;
  await notify(tx, deps.clock, {
    userIds,
    kind: 'request.sla_warning',
    message: {
      code: `sla_warning_${e.target}`,
      params: { number: row.number, subject: row.subject, dueAt: dueAt?.toISOString() ?? null },
    },
    link: `/requests/${row.id}`,
    data: { requestId: row.id, number: row.number, target: e.target, dueAt: dueAt?.toISOString() ?? null },
  });
}

/** A breach: timeline, service managers told, one tier up. Returns the row after the escalation. */
async function breach(
  tx: Tx,
  deps: Deps,
  who: Recipients,
  row: RequestRow,
  e: PendingSlaEvent,
): Promise<RequestRow> {
  const now = deps.clock.now();
  await appendEvent(tx, row.id, 'sla_breach', {
    actorId: null,
    at: now,
    data: { target: e.target, dueAt: e.at.toISOString() },
  });
  const escalated = await escalateAutomatically(
    tx,
    deps,
    row,
    `${targetZh[e.target]}时限已超出 (${e.target} target breached)`,
  );
  await recordAudit(tx, deps.clock, systemActor(permissions, 'sla-sweep'), {
    action: 'request.sla_breach',
    entityType: 'service_request',
    entityId: row.id,
    customerId: row.customerId,
    before: { tier: row.tier, teamId: row.teamId, assigneeId: row.assigneeId },
    after: {
      target: e.target,
      dueAt: e.at,
      tier: escalated?.tier ?? row.tier,
      teamId: escalated?.teamId ?? row.teamId,
      assigneeId: escalated?.assigneeId ?? row.assigneeId,
    },
  });
  // The breach is told to whoever held the request when it was missed (assignee, their team's lead) and to
  // the service managers, each once (notify de-duplicates a lead who is also the assignee); the new tier's
  // people hear of it through the escalation notice.
  who.managers ??= await serviceManagerIds(tx);
  const told = [row.assigneeId, await leadOf(tx, who, row.teamId), ...who.managers].filter(
    (u): u is string => !!u,
  );
  if (told.length) {
    await notify(tx, deps.clock, {
      userIds: told,
      kind: 'request.sla_breach',
      message: {
        code: `sla_breach_${e.target}`,
        params: {
          number: row.number,
          subject: row.subject,
          severity: row.severity,
          dueAt: e.at.toISOString(),
        },
      },
      link: `/requests/${row.id}`,
      data: {
        requestId: row.id,
        number: row.number,
        target: e.target,
        dueAt: e.at.toISOString(),
        escalatedToTier: escalated?.tier ?? null,
      },
    });
  }
  return escalated ?? row;
}

/** Locks the due requests among `ids` that no other sweep holds (SKIP LOCKED), in next-check order. */
function lockDue(tx: Tx, ids: string[], now: Date) {
  return tx
    .select()
    .from(serviceRequests)
    .where(and(inArray(serviceRequests.id, ids), lte(serviceRequests.nextSlaCheckAt, now)))
    .orderBy(asc(serviceRequests.nextSlaCheckAt), asc(serviceRequests.id))
    .for('update', { skipLocked: true });
}

/** Fires the due events of one locked request in the caller's transaction. */
async function sweepRow(
  tx: Tx,
  deps: Deps,
  who: Recipients,
  row: RequestRow,
  now: Date,
): Promise<{ warnings: number; breaches: number }> {
  // Flags, verdicts and breach count come from the one pure decision; only who is told depends on sla_events.
  const { events, patch } = sweepPatch(row, now);
  const fired: PendingSlaEvent[] = [];
  for (const e of events) {
    const inserted = await tx
      .insert(slaEvents)
      .values({ requestId: row.id, target: e.target, kind: e.kind, dueAt: e.at, firedAt: now })
      .onConflictDoNothing()
      .returning({ id: slaEvents.id });
    // Already fired (the flag was cleared and the instant came back): mark it, never tell twice.
    if (inserted.length) fired.push(e);
  }
  const breaches = fired.filter((e) => e.kind === 'breach').length;
  let current = await saveRequest(tx, row, patch, now);
  for (const e of fired) {
    if (e.kind === 'warning') {
      const dueAt = e.target === 'response' ? current.responseDueAt : current.resolutionDueAt;
      await warn(tx, deps, who, current, e, dueAt);
    } else {
      current = await breach(tx, deps, who, current, e);
    }
  }
  return { warnings: fired.length - breaches, breaches };
}

/** Sweeps `ids` in one transaction; the results of the requests it could lock. */
function sweepChunk(deps: Deps, who: Recipients, ids: string[], now: Date) {
  return deps.db.transaction(async (tx) => {
    const out: { warnings: number; breaches: number }[] = [];
    for (const row of await lockDue(tx, ids, now)) out.push(await sweepRow(tx, deps, who, row, now));
    return out;
  });
}

/** Due requests after the keyset position, by next check: a range scan of the partial index. */
export function dueRequests(db: DbOrTx, now: Date, after: { at: Date; id: string } | null, limit: number) {
  const conds: SQL[] = [lte(serviceRequests.nextSlaCheckAt, now)];
  if (after) {
    conds.push(
      sql`(${serviceRequests.nextSlaCheckAt}, ${serviceRequests.id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return db
    .select({ id: serviceRequests.id, at: serviceRequests.nextSlaCheckAt })
    .from(serviceRequests)
    .where(and(...conds))
    .orderBy(asc(serviceRequests.nextSlaCheckAt), asc(serviceRequests.id))
    .limit(limit);
}

/**
 * Fires every warning and breach due at `now`. Walks the due requests once in
 * next-check order (keyset, so a request skipped because another sweep holds
 * it is not retried in a loop). Requests are handled `perTransaction` at a
 * time: one commit per chunk instead of one per request (a commit per request
 * was most of the cost with many due). A chunk that fails is retried one
 * request per transaction, so one bad request does not hold back the others;
 * the first error is rethrown at the end, so the job run is marked failed.
 */
export async function runSlaSweep(
  deps: Deps,
  now: Date,
  opts: { batch?: number; perTransaction?: number } = {},
): Promise<SlaSweepResult> {
  const batch = opts.batch ?? 500;
  const perTransaction = opts.perTransaction ?? 50;
  const result: SlaSweepResult = { checked: 0, warnings: 0, breaches: 0 };
  const who: Recipients = { leads: new Map(), managers: null };
  let firstError: unknown = null;
  const add = (done: { warnings: number; breaches: number }[]) => {
    for (const r of done) {
      result.checked++;
      result.warnings += r.warnings;
      result.breaches += r.breaches;
    }
  };
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const due = await dueRequests(deps.db, now, after, batch);
    for (let i = 0; i < due.length; i += perTransaction) {
      const ids = due.slice(i, i + perTransaction).map((d) => d.id);
      try {
        add(await sweepChunk(deps, who, ids, now));
      } catch {
        for (const id of ids) {
          try {
            add(await sweepChunk(deps, who, [id], now));
          } catch (err) {
            deps.log.error({ err, requestId: id }, 'SLA sweep failed for a request');
            firstError ??= err;
          }
        }
      }
    }
    const last = due.at(-1);
    if (due.length < batch || !last?.at) break;
    after = { at: last.at, id: last.id };
  }
  if (firstError) throw firstError;
  return result;
}
