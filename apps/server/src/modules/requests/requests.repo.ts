/**
 * SQL of the requests module. Reads that return requests apply the kernel's
 * `requestScopeCondition(actor)` inside the query, so a request outside the
 * caller's scope behaves exactly like a missing one.
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, AnyPgTable } from 'drizzle-orm/pg-core';
import { contacts, customers } from '../../db/schema/customers.js';
import { teams, users } from '../../db/schema/identity.js';
import { deployments, products, productVersions } from '../../db/schema/products.js';
import {
  requestRelations,
  requestStates,
  requestTransitions,
  serviceDeskSettings,
  serviceRequestNumberSeq,
  serviceRequests,
} from '../../db/schema/requests.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import { queryTokens, toTsquery } from '../../platform/search.js';
import { type RequestRow, requestScopeCondition } from './requests.kernel.js';
import type { RequestFilter, RequestSort } from './requests.schema.js';

const sr = serviceRequests;

export async function nextNumberValue(tx: DbOrTx): Promise<number> {
  const res = await tx.execute<{ n: string }>(sql`select nextval(${serviceRequestNumberSeq.seqName}) as n`);
  return Number(res.rows[0]!.n);
}

// ---- states, transitions, settings ----

export type StateRow = typeof requestStates.$inferSelect;

export function listStates(db: DbOrTx): Promise<StateRow[]> {
  return db.select().from(requestStates).orderBy(asc(requestStates.position), asc(requestStates.key));
}

export async function findState(db: DbOrTx, key: string): Promise<StateRow | undefined> {
  const rows = await db.select().from(requestStates).where(eq(requestStates.key, key)).limit(1);
  return rows[0];
}

export function listTransitions(db: DbOrTx) {
  return db
    .select()
    .from(requestTransitions)
    .orderBy(asc(requestTransitions.fromState), asc(requestTransitions.toState));
}

/** The states reachable from `from` by the transition table, with their categories. */
export function targetsFrom(db: DbOrTx, from: string) {
  return db
    .select({ key: requestStates.key, category: requestStates.category })
    .from(requestTransitions)
    .innerJoin(requestStates, eq(requestStates.key, requestTransitions.toState))
    .where(eq(requestTransitions.fromState, from))
    .orderBy(asc(requestStates.position));
}

export async function getSettings(db: DbOrTx) {
  const rows = await db.select().from(serviceDeskSettings).where(eq(serviceDeskSettings.id, 1)).limit(1);
  return (
    rows[0] ?? {
      id: 1,
      reopenWindowDays: 7,
      autoCloseDays: 3,
      resolutionRules: [],
      version: 1,
      updatedAt: new Date(0),
    }
  );
}

// ---- list ----

const listColumns = {
  id: sr.id,
  number: sr.number,
  subject: sr.subject,
  customerId: sr.customerId,
  customerName: customers.name,
  severity: sr.severity,
  category: sr.category,
  channel: sr.channel,
  state: sr.state,
  stateCategory: sr.stateCategory,
  coverage: sr.coverage,
  teamId: sr.teamId,
  teamName: teams.nameZh,
  tier: sr.tier,
  assigneeId: sr.assigneeId,
  assigneeName: users.displayName,
  productId: sr.productId,
  receivedAt: sr.receivedAt,
  responseWarnAt: sr.responseWarnAt,
  responseDueAt: sr.responseDueAt,
  resolutionWarnAt: sr.resolutionWarnAt,
  resolutionDueAt: sr.resolutionDueAt,
  pausedAt: sr.pausedAt,
  firstResponseAt: sr.firstResponseAt,
  resolvedAt: sr.resolvedAt,
  responseBreachedAt: sr.responseBreachedAt,
  resolutionBreachedAt: sr.resolutionBreachedAt,
  responseWarnedAt: sr.responseWarnedAt,
  resolutionWarnedAt: sr.resolutionWarnedAt,
  updatedAt: sr.updatedAt,
  version: sr.version,
  // For exports only (cheap: same row).
  responseMet: sr.responseMet,
  resolutionMet: sr.resolutionMet,
};

const selectList = (db: DbOrTx) =>
  db
    .select(listColumns)
    .from(sr)
    .innerJoin(customers, eq(customers.id, sr.customerId))
    .leftJoin(teams, eq(teams.id, sr.teamId))
    .leftJoin(users, eq(users.id, sr.assigneeId));

export type ListRow = Awaited<ReturnType<ReturnType<typeof selectList>['execute']>>[number];

const live = inArray(sr.stateCategory, ['new', 'open', 'pending']);

/** Conditions of the view and filters (scope is added by the caller). */
export function filterConditions(actor: Actor, f: RequestFilter): SQL[] {
  const out: SQL[] = [];
  switch (f.view) {
    case 'mine':
      out.push(eq(sr.assigneeId, actor.userId));
      break;
    case 'team':
      out.push(actor.teamIds.length ? inArray(sr.teamId, [...actor.teamIds]) : sql`false`);
      break;
    case 'unassigned':
      out.push(isNull(sr.assigneeId), live);
      break;
    case 'at_risk':
      out.push(
        live,
        or(isNotNull(sr.responseWarnedAt), isNotNull(sr.resolutionWarnedAt))!,
        isNull(sr.responseBreachedAt),
        isNull(sr.resolutionBreachedAt),
      );
      break;
    case 'breached':
      out.push(live, or(isNotNull(sr.responseBreachedAt), isNotNull(sr.resolutionBreachedAt))!);
      break;
    case 'waiting':
      out.push(eq(sr.stateCategory, 'pending'));
      break;
    case 'all':
      break;
  }
  // Due times of finished requests are history: ordered by due, the queue is the open work (and its
  // partial index), unless the caller asks for states explicitly.
  const openOnly =
    f.view === 'unassigned' || f.view === 'at_risk' || f.view === 'breached' || f.view === 'waiting';
  if (f.sort === 'due' && !openOnly && !f.stateCategory?.length && !f.state?.length) out.push(live);
  if (f.customerId) out.push(eq(sr.customerId, f.customerId));
  if (f.severity?.length) out.push(inArray(sr.severity, f.severity));
  if (f.category?.length) out.push(inArray(sr.category, f.category));
  if (f.state?.length) out.push(inArray(sr.state, f.state));
  if (f.stateCategory?.length) out.push(inArray(sr.stateCategory, f.stateCategory));
  if (f.assigneeId) out.push(eq(sr.assigneeId, f.assigneeId));
  if (f.teamId) out.push(eq(sr.teamId, f.teamId));
  if (f.productId) out.push(eq(sr.productId, f.productId));
  if (f.coverage?.length) out.push(inArray(sr.coverage, f.coverage));
  if (f.channel?.length) out.push(inArray(sr.channel, f.channel));
  if (f.receivedFrom) out.push(gte(sr.receivedAt, new Date(f.receivedFrom)));
  if (f.receivedTo) out.push(lt(sr.receivedAt, new Date(f.receivedTo)));
  if (f.q) out.push(searchCondition(f.q));
  return out;
}

/** Words (jieba, prefix on the last) or an exact request number. */
function searchCondition(q: string): SQL {
  const tsq = toTsquery(queryTokens(q));
  const byNumber = eq(sr.number, q.toUpperCase());
  return tsq ? or(byNumber, sql`${sr.searchVector} @@ ${tsq}`)! : byNumber;
}

const sortColumns = {
  due: { column: sr.resolutionDueAt, kind: 'date', nullable: true },
  received: { column: sr.receivedAt, kind: 'date', nullable: false },
  updated: { column: sr.updatedAt, kind: 'date', nullable: false },
  severity: { column: sr.severity, kind: 'text', nullable: false },
  number: { column: sr.number, kind: 'text', nullable: false },
} as const;

/** Default direction per sort: due soonest first, everything else newest/highest first... except severity (L1 first). */
export function directionOf(f: Pick<RequestFilter, 'sort' | 'order'>): 'asc' | 'desc' {
  if (f.order) return f.order;
  return f.sort === 'due' || f.sort === 'severity' ? 'asc' : 'desc';
}

export function cursorOf(row: ListRow, sort: RequestSort): CursorValue {
  const key = { due: 'resolutionDueAt', received: 'receivedAt', updated: 'updatedAt' } as const;
  const v = sort === 'severity' ? row.severity : sort === 'number' ? row.number : row[key[sort]];
  return { v: v instanceof Date ? v.toISOString() : (v ?? null), id: row.id };
}

/**
 * ORDER BY terms that match the indexes exactly: PostgreSQL walks an index
 * for an ORDER BY only with the same NULLS placement, even on NOT NULL
 * columns. received/updated indexes are `DESC NULLS LAST` (read forwards
 * for desc, backwards — NULLS FIRST — for asc); the open-due index is
 * `ASC NULLS LAST`. A missing due instant (paused, no target) counts as
 * infinitely far: last when soonest first, first when farthest first.
 */
function orderOf(column: AnyPgColumn, nullable: boolean, dir: 'asc' | 'desc'): SQL[] {
  const nulls = nullable ? (dir === 'asc' ? 'last' : 'first') : dir === 'asc' ? 'first' : 'last';
  const tail = sql.raw(`${dir} nulls ${nulls}`);
  return [sql`${column} ${tail}`, sql`${sr.id} ${tail}`];
}

/**
 * One keyset page (`limit + 1` rows so the caller knows whether more follow):
 * rows strictly after the cursor's (sort value, id) in exactly the order of
 * `orderOf`, nulls included.
 */
export function listQuery(
  db: DbOrTx,
  actor: Actor,
  f: RequestFilter,
  page: { cursor?: CursorValue | undefined; limit: number },
) {
  const { column, kind, nullable } = sortColumns[f.sort];
  const dir = directionOf(f);
  const conds = [requestScopeCondition(actor), ...filterConditions(actor, f)];
  const c = page.cursor;
  if (c) {
    const v = c.v === null ? null : kind === 'date' ? new Date(String(c.v)) : String(c.v);
    const op = dir === 'asc' ? sql`>` : sql`<`;
    if (v === null) {
      // Only a nullable (due) sort has null cursors: asc puts nulls last, desc first.
      const sameNull = and(isNull(column), sql`${sr.id} ${op} ${c.id}`)!;
      conds.push(dir === 'asc' ? sameNull : or(sameNull, isNotNull(column))!);
    } else {
      const after = sql`(${column}, ${sr.id}) ${op} (${v}, ${c.id})`;
      conds.push(nullable && dir === 'asc' ? or(after, isNull(column))! : after);
    }
  }
  return selectList(db)
    .where(and(...conds))
    .orderBy(...orderOf(column, nullable, dir))
    .limit(page.limit + 1);
}

export const listRequests = (...args: Parameters<typeof listQuery>): Promise<ListRow[]> =>
  listQuery(...args).execute();

/** The console tabs that carry a count ('all' is the whole scope: no badge). */
export const countedViews = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'waiting'] as const;
export type CountedView = (typeof countedViews)[number];

/**
 * Every tab's count in one statement: one scalar subselect per view with the
 * conditions of the list exactly as the console asks for it (sort by due, so
 * open work only), each answered by an index-only scan of its own index.
 * `cap`: count at most that many rows per view (a badge says "1000+"): exact
 * counts of the big slices read 30-60k index entries each at 1M requests
 * (50-70 ms for all six, bench/README.md), capped ones at most `cap` each.
 */
export async function viewCounts(
  db: DbOrTx,
  actor: Actor,
  cap: number | null,
): Promise<Record<CountedView, number>> {
  const scope = requestScopeCondition(actor);
  const countOf = (view: CountedView) => {
    const where = and(scope, ...filterConditions(actor, { view, sort: 'due' } as RequestFilter));
    return cap === null
      ? sql`(select count(*)::int from ${sr} where ${where})`
      : sql`(select count(*)::int from (select 1 from ${sr} where ${where} limit ${cap}) as capped)`;
  };
  const res = await db.execute<Record<CountedView, number>>(
    sql`select ${sql.join(
      countedViews.map((v) => sql`${countOf(v)} as ${sql.identifier(v)}`),
      sql`, `,
    )}`,
  );
  return res.rows[0]!;
}

// ---- detail ----

/** The request with the names the detail shows, if in scope. */
export async function findDetailRow(db: DbOrTx, actor: Actor, id: string) {
  // Names as scalar subselects, not joins: an 8-way join cost PostgreSQL 5-6 ms of planning on every
  // read (bench/README.md), the subselects 0.3 ms; every referenced row is one primary-key lookup.
  const nameOf = <T>(table: AnyPgTable, column: AnyPgColumn, key: AnyPgColumn, ref: AnyPgColumn) =>
    sql<T | null>`(select ${column} from ${table} where ${key} = ${ref})`;
  const rows = await db
    .select({
      row: sr,
      customerName: sql<string>`(select ${customers.name} from ${customers} where ${customers.id} = ${sr.customerId})`,
      teamName: nameOf<string>(teams, teams.nameZh, teams.id, sr.teamId),
      assigneeName: nameOf<string>(users, users.displayName, users.id, sr.assigneeId),
      contactName: nameOf<string>(contacts, contacts.name, contacts.id, sr.contactId),
      productName: nameOf<string>(products, products.name, products.id, sr.productId),
      deploymentEnvironment: nameOf<string>(
        deployments,
        deployments.environment,
        deployments.id,
        sr.deploymentId,
      ),
      fixVersionName: nameOf<string>(
        productVersions,
        productVersions.name,
        productVersions.id,
        sr.fixVersionId,
      ),
      stateNameZh: sql<string>`(select ${requestStates.nameZh} from ${requestStates} where ${requestStates.key} = ${sr.state})`,
      stateNameEn: sql<string>`(select ${requestStates.nameEn} from ${requestStates} where ${requestStates.key} = ${sr.state})`,
    })
    .from(sr)
    .where(and(eq(sr.id, id), requestScopeCondition(actor)))
    .limit(1);
  return rows[0];
}

/**
 * Relations in both directions, with the other request's number and subject.
 * Only links to requests the actor may see: a link may cross customers
 * (caused_by), and a customer contact must not learn another customer's request.
 */
export async function relationsOf(db: DbOrTx, actor: Actor, id: string) {
  const outgoing = await db
    .select({ requestId: sr.id, number: sr.number, subject: sr.subject, kind: requestRelations.kind })
    .from(requestRelations)
    .innerJoin(sr, eq(sr.id, requestRelations.relatedId))
    .where(and(eq(requestRelations.requestId, id), requestScopeCondition(actor)));
  const incoming = await db
    .select({ requestId: sr.id, number: sr.number, subject: sr.subject, kind: requestRelations.kind })
    .from(requestRelations)
    .innerJoin(sr, eq(sr.id, requestRelations.requestId))
    .where(and(eq(requestRelations.relatedId, id), requestScopeCondition(actor)));
  return [
    ...outgoing.map((r) => ({ ...r, direction: 'outgoing' as const })),
    ...incoming.map((r) => ({ ...r, direction: 'incoming' as const })),
  ];
}

export async function insertRequest(
  tx: DbOrTx,
  values: typeof serviceRequests.$inferInsert,
): Promise<RequestRow> {
  const [row] = await tx.insert(serviceRequests).values(values).returning();
  return row!;
}

// ---- references checked at intake and on edits ----

export async function contactOfCustomer(db: DbOrTx, contactId: string, customerId: string) {
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.customerId, customerId)))
    .limit(1);
  return rows.length > 0;
}

export async function productExists(db: DbOrTx, productId: string) {
  const rows = await db.select({ id: products.id }).from(products).where(eq(products.id, productId)).limit(1);
  return rows.length > 0;
}

export async function versionOfProduct(db: DbOrTx, versionId: string) {
  const rows = await db
    .select({ productId: productVersions.productId })
    .from(productVersions)
    .where(eq(productVersions.id, versionId))
    .limit(1);
  return rows[0]?.productId;
}

export async function deploymentRef(db: DbOrTx, deploymentId: string) {
  const rows = await db
    .select({ customerId: deployments.customerId, productId: deployments.productId })
    .from(deployments)
    .where(eq(deployments.id, deploymentId))
    .limit(1);
  return rows[0];
}

/** Which of these request numbers exist already (import of numbered history). */
export async function numbersInUse(db: DbOrTx, numbers: string[]): Promise<string[]> {
  if (numbers.length === 0) return [];
  const rows = await db.select({ number: sr.number }).from(sr).where(inArray(sr.number, numbers));
  return rows.map((r) => r.number);
}
