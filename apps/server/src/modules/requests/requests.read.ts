/** Reading requests: the detail (with the transitions the caller may take now) and the keyset-paged list. */
import { type Actor, can, requirePermission } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import { unloadedYearsBetween } from '../calendars/index.js';
import { deskConfig } from './requests.config.js';
import { toDetail, toListItem } from './requests.dto.js';
import { allowedAmong } from './requests.flow.js';
import * as repo from './requests.repo.js';
import type { RequestCounts, RequestDetail, RequestListItem, RequestListQuery } from './requests.schema.js';

/**
 * The detail of a request in the actor's scope, read through `db` (a transaction after a write).
 * `created`: the request was inserted by this (uncommitted) transaction, so nothing can relate to it yet.
 * Settings and the transition table come from the per-process desk configuration (requests.config.ts).
 */
export async function loadDetail(
  deps: Deps,
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { created?: boolean } = {},
): Promise<RequestDetail> {
  const found = await repo.findDetailRow(db, actor, id);
  if (!found) throw notFound('Service request');
  const config = await deskConfig(deps, db);
  const { row, ...names } = found;
  const targets = config.targets.get(row.state) ?? [];
  const detail = toDetail(row, {
    ...names,
    allowedTransitions: allowedAmong(targets, actor, row, config.settings.reopenWindowDays, deps.clock.now()),
    relations: opts.created ? [] : await repo.relationsOf(db, actor, id),
  });
  detail.slaProvisionalYears = await provisionalYears(db, row);
  // The analysis (root-cause category and notes) is the vendor's working record, like internal notes;
  // the workaround, fix, verification and closing summary are answers for the customer.
  return can(actor, 'requests:internal')
    ? detail
    : { ...detail, rootCauseCategory: null, analysisNotes: null };
}

/**
 * The years a due time was computed across without the calendar's holidays (next year not imported):
 * the due time is provisional until they are (calendars.coverage.ts).
 */
async function provisionalYears(
  db: DbOrTx,
  row: {
    calendarId: string | null;
    receivedAt: Date;
    responseDueAt: Date | null;
    resolutionDueAt: Date | null;
  },
): Promise<number[]> {
  const dues = [row.responseDueAt, row.resolutionDueAt].filter((d): d is Date => d !== null);
  if (!row.calendarId || !dues.length) return [];
  const last = new Date(Math.max(...dues.map((d) => d.getTime())));
  return unloadedYearsBetween(db, row.calendarId, row.receivedAt, last);
}

/** One request; 404 when missing or outside the caller's scope. */
export async function getRequestDetail(deps: Deps, actor: Actor, id: string): Promise<RequestDetail> {
  requirePermission(actor, 'requests:read');
  return loadDetail(deps, deps.db, actor, id);
}

/** A page of requests in the actor's scope, by view, filters and sort. */
export async function listRequests(
  deps: Deps,
  actor: Actor,
  q: RequestListQuery,
): Promise<Page<RequestListItem>> {
  requirePermission(actor, 'requests:read');
  const cursor = decodeCursor(q.cursor);
  const rows = await repo.listRequests(deps.db, actor, q, { cursor, limit: q.limit });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(toListItem),
    nextCursor: rows.length > q.limit && last ? encodeCursor(repo.cursorOf(last, q.sort)) : null,
  };
}

/** A tab badge counts up to this many requests ("1000+" beyond): the counts stay cheap at any size. */
export const COUNT_CAP = 1000;

/**
 * The console's tab counts in the actor's scope: open work per view, one statement.
 * `cap` null = exact counts (the home pages' figures).
 */
export async function countRequestViews(
  deps: Deps,
  actor: Actor,
  cap: number | null = COUNT_CAP,
): Promise<RequestCounts> {
  requirePermission(actor, 'requests:read');
  return { ...(await repo.viewCounts(deps.db, actor, cap)), cap };
}
