/**
 * SQL for customers and contacts. Every query that reads or writes a customer
 * takes the actor and applies `scopeCondition(actor)` inside the SQL, so a
 * record outside the caller's data scope behaves exactly like a missing one.
 */
import { and, arrayContains, asc, between, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgInsertValue, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { contacts, customers } from '../../db/schema/customers.js';
import { teams, users, userTeams } from '../../db/schema/identity.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import type { CustomerFilter, CustomerSort } from './customers.schema.js';
import { queueScopeCondition } from './customers.scope.js';
import { searchCondition } from './customers.search.js';
import { regionCodeRange } from './reference/regions.js';

/** The customers an actor may see, as a SQL condition on `customers`. */
export function scopeCondition(actor: Actor): SQL {
  switch (actor.scope) {
    case 'all':
      return sql`true`;
    case 'own':
      return eq(customers.ownerId, actor.userId);
    case 'team':
      return actor.teamIds.length
        ? sql`(${customers.ownerId} = ${actor.userId} or ${inArray(customers.teamId, [...actor.teamIds])})`
        : eq(customers.ownerId, actor.userId);
    case 'queue':
      return queueScopeCondition(actor);
    case 'organisation':
      return actor.customerId ? eq(customers.id, actor.customerId) : sql`false`;
    default: {
      const never: never = actor.scope;
      throw new Error(`unknown scope ${String(never)}`);
    }
  }
}

/** Columns of a customer as the API shows it (no search columns), with owner/team names and contact count. */
export const customerColumns = {
  id: customers.id,
  name: customers.name,
  creditCode: customers.creditCode,
  industryCode: customers.industryCode,
  industry: customers.industry,
  scale: customers.scale,
  regionCode: customers.regionCode,
  region: customers.region,
  address: customers.address,
  source: customers.source,
  stage: customers.stage,
  tier: customers.tier,
  ownerId: customers.ownerId,
  ownerName: users.displayName,
  ownerUsername: users.username,
  teamId: customers.teamId,
  teamName: teams.nameZh,
  teamNameEn: teams.nameEn,
  tags: customers.tags,
  notes: customers.notes,
  contactCount: sql<number>`(select count(*)::int from ${contacts} where ${contacts.customerId} = ${customers.id})`,
  version: customers.version,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
};

const selectCustomers = (db: DbOrTx) =>
  db
    .select(customerColumns)
    .from(customers)
    .leftJoin(users, eq(users.id, customers.ownerId))
    .leftJoin(teams, eq(teams.id, customers.teamId));

export type CustomerRow = Awaited<ReturnType<ReturnType<typeof selectCustomers>['execute']>>[number];

/** Filter conditions shared by the list, search and export. */
export function filterConditions(f: Omit<CustomerFilter, 'sort'>): SQL[] {
  const out: SQL[] = [];
  if (f.stage?.length) out.push(inArray(customers.stage, f.stage));
  if (f.tier?.length) out.push(inArray(customers.tier, f.tier));
  if (f.industryCode) out.push(eq(customers.industryCode, f.industryCode));
  if (f.regionCode) {
    const { from, to } = regionCodeRange(f.regionCode);
    out.push(between(customers.regionCode, from, to));
  }
  if (f.ownerId) out.push(eq(customers.ownerId, f.ownerId));
  if (f.teamId) out.push(eq(customers.teamId, f.teamId));
  if (f.tag?.length) out.push(arrayContains(customers.tags, f.tag));
  if (f.q) out.push(searchCondition(f.q));
  return out;
}

const sortColumn = {
  createdAt: customers.createdAt,
  name: customers.name,
  updatedAt: customers.updatedAt,
} as const;

export function sortKey(sort: CustomerSort) {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as keyof typeof sortColumn;
  return { field, column: sortColumn[field], descending };
}

/**
 * ORDER BY terms that match the indexes exactly. The created/updated indexes
 * are `DESC NULLS LAST` (what drizzle generates), and PostgreSQL only walks
 * an index for an ORDER BY with the same NULLS placement, even on NOT NULL
 * columns; a plain `desc` (NULLS FIRST) would sort all 100k rows instead.
 */
export function orderOf(sort: CustomerSort): SQL[] {
  const { column, descending, field } = sortKey(sort);
  if (field === 'name') {
    const dir = descending ? desc : asc;
    return [dir(column), dir(customers.id)];
  }
  return descending
    ? [sql`${column} desc nulls last`, sql`${customers.id} desc nulls last`]
    : [sql`${column} asc nulls first`, sql`${customers.id} asc nulls first`];
}

/** The cursor value of a row for the given sort. */
export function cursorOf(row: CustomerRow, sort: CustomerSort): CursorValue {
  const { field } = sortKey(sort);
  const v = row[field];
  return { v: v instanceof Date ? v.toISOString() : v, id: row.id };
}

/**
 * One page in keyset order: rows strictly after the cursor's (sort value, id),
 * so pages never overlap or skip when rows are added meanwhile. Fetches
 * `limit + 1` rows so the caller knows whether there is a next page.
 */
export async function listCustomers(
  db: DbOrTx,
  actor: Actor,
  f: CustomerFilter,
  page: { cursor?: CursorValue | undefined; limit: number; extra?: SQL[] },
): Promise<CustomerRow[]> {
  const { column, descending, field } = sortKey(f.sort);
  const conds = [scopeCondition(actor), ...filterConditions(f), ...(page.extra ?? [])];
  if (page.cursor) {
    const v = field === 'name' ? String(page.cursor.v) : new Date(String(page.cursor.v));
    conds.push(
      descending
        ? sql`(${column}, ${customers.id}) < (${v}, ${page.cursor.id})`
        : sql`(${column}, ${customers.id}) > (${v}, ${page.cursor.id})`,
    );
  }
  return selectCustomers(db)
    .where(and(...conds))
    .orderBy(...orderOf(f.sort))
    .limit(page.limit + 1);
}

/** Customers in scope whose normalised name is exactly this (listed first when searching). */
export async function findExactNameMatches(
  db: DbOrTx,
  actor: Actor,
  f: CustomerFilter,
  normalized: string,
  limit: number,
) {
  const { q: _q, ...rest } = f;
  return selectCustomers(db)
    .where(and(scopeCondition(actor), ...filterConditions(rest), eq(customers.normalizedName, normalized)))
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(limit);
}

export async function findCustomer(db: DbOrTx, actor: Actor, id: string): Promise<CustomerRow | undefined> {
  const rows = await selectCustomers(db)
    .where(and(eq(customers.id, id), scopeCondition(actor)))
    .limit(1);
  return rows[0];
}

/** The raw row (with search columns' inputs) for updates, locked for the rest of the transaction. */
/** Whether the customer exists in the actor's scope (other modules check this before touching a customer's records). */
export async function customerInScope(db: DbOrTx, actor: Actor, customerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), scopeCondition(actor)))
    .limit(1);
  return rows.length > 0;
}

export async function lockCustomer(db: DbOrTx, actor: Actor, id: string) {
  const rows = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), scopeCondition(actor)))
    .for('update')
    .limit(1);
  return rows[0];
}

export async function insertCustomer(db: DbOrTx, values: PgInsertValue<typeof customers>) {
  const [row] = await db.insert(customers).values(values).returning({ id: customers.id });
  return row!;
}

export async function updateCustomer(
  db: DbOrTx,
  id: string,
  values: PgUpdateSetSource<typeof customers>,
): Promise<void> {
  await db.update(customers).set(values).where(eq(customers.id, id));
}

export async function deleteCustomer(db: DbOrTx, id: string): Promise<void> {
  await db.delete(customers).where(eq(customers.id, id));
}

export async function listContacts(db: DbOrTx, customerId: string) {
  return db
    .select()
    .from(contacts)
    .where(eq(contacts.customerId, customerId))
    .orderBy(asc(contacts.createdAt), asc(contacts.id));
}

export async function insertContacts(db: DbOrTx, values: (typeof contacts.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(contacts).values(values).returning();
}

/** A contact whose customer is in the actor's scope, locked for update when `lock` is set. */
export async function findContact(db: DbOrTx, actor: Actor, id: string, lock = false) {
  const q = db
    .select({ contact: contacts })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(and(eq(contacts.id, id), scopeCondition(actor)))
    .limit(1);
  const rows = lock ? await q.for('update', { of: contacts }) : await q;
  return rows[0]?.contact;
}

export async function updateContact(db: DbOrTx, id: string, values: Partial<typeof contacts.$inferInsert>) {
  const [row] = await db.update(contacts).set(values).where(eq(contacts.id, id)).returning();
  return row!;
}

export async function deleteContact(db: DbOrTx, id: string): Promise<void> {
  await db.delete(contacts).where(eq(contacts.id, id));
}

// ---- duplicates ----

const matchColumns = (actor: Actor) => ({
  id: customers.id,
  name: customers.name,
  ownerName: users.displayName,
  inScope: sql<boolean>`coalesce(${scopeCondition(actor)}, false)`,
});

/**
 * Duplicate candidates across ALL customers (a vendor must not keep one
 * company twice, even in two sales teams); `inScope` tells the caller which
 * of them they can open.
 */
export async function findDuplicateCandidates(
  db: DbOrTx,
  actor: Actor,
  keys: {
    creditCodes: string[];
    names: string[];
    /** Name cores: rows with the same core or whose normalised name is one of these. */
    cores?: string[];
    phones: string[];
    excludeId?: string | undefined;
  },
  limit = 200,
) {
  const exclude = keys.excludeId ? [ne(customers.id, keys.excludeId)] : [];
  const base = () =>
    db.select(matchColumns(actor)).from(customers).leftJoin(users, eq(users.id, customers.ownerId));
  // Sequential on purpose: `db` may be a transaction, whose single connection runs one query at a time.
  const byCode = await (keys.creditCodes.length
    ? base()
        .where(and(inArray(customers.creditCode, keys.creditCodes), ...exclude))
        .then((rows) => rows.map((r) => ({ ...r, key: '' })))
    : []);
  const byName = await (keys.names.length
    ? db
        .select({ ...matchColumns(actor), key: customers.normalizedName })
        .from(customers)
        .leftJoin(users, eq(users.id, customers.ownerId))
        .where(and(inArray(customers.normalizedName, keys.names), ...exclude))
        .limit(limit)
    : []);
  const cores = keys.cores ?? [];
  const byCore = await (cores.length
    ? db
        .select({ ...matchColumns(actor), key: customers.normalizedName, core: customers.nameCore })
        .from(customers)
        .leftJoin(users, eq(users.id, customers.ownerId))
        .where(
          and(or(inArray(customers.nameCore, cores), inArray(customers.normalizedName, cores)), ...exclude),
        )
        .limit(limit)
    : []);
  const byPhone = await (keys.phones.length
    ? db
        .select({
          ...matchColumns(actor),
          phones: contacts.phonesNormalized,
        })
        .from(contacts)
        .innerJoin(customers, eq(customers.id, contacts.customerId))
        .leftJoin(users, eq(users.id, customers.ownerId))
        .where(and(sql`${contacts.phonesNormalized} && ${sql.param(keys.phones)}::text[]`, ...exclude))
        .limit(limit)
    : []);
  return { byCode, byName, byCore, byPhone };
}

/** Credit codes already used, with the customer using them (for import dry runs). */
export async function creditCodesInUse(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ id: customers.id, creditCode: customers.creditCode })
    .from(customers)
    .where(inArray(customers.creditCode, codes));
}

// ---- owners and teams ----

export async function teamIdsOfUser(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ teamId: userTeams.teamId })
    .from(userTeams)
    .where(eq(userTeams.userId, userId));
  return rows.map((r) => r.teamId);
}

export async function userExists(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1);
  return rows.length > 0;
}

export async function teamExists(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, id)).limit(1);
  return rows.length > 0;
}

/** Users by lower-cased username, with their teams (import owner column). */
export async function usersByUsername(db: DbOrTx, usernames: string[]) {
  if (usernames.length === 0) return new Map<string, { id: string; teamIds: string[] }>();
  const rows = await db
    .select({ id: users.id, username: users.username, teamId: userTeams.teamId })
    .from(users)
    .leftJoin(userTeams, eq(userTeams.userId, users.id))
    .where(inArray(sql`lower(${users.username})`, usernames));
  const out = new Map<string, { id: string; teamIds: string[] }>();
  for (const r of rows) {
    const key = r.username.toLowerCase();
    const entry = out.get(key) ?? { id: r.id, teamIds: [] };
    if (r.teamId) entry.teamIds.push(r.teamId);
    out.set(key, entry);
  }
  return out;
}

// ---- facets ----

/** Distinct tags for the filter dropdown, in the actor's scope. */
export async function facets(db: DbOrTx, actor: Actor, limit = 200) {
  const result = await db.execute<{ tags: string[] | null }>(sql`
    select (select array_agg(v order by v) from (
      select distinct t as v from ${customers}, unnest(${customers.tags}) as t where ${scopeCondition(actor)} order by 1 limit ${limit}
    ) s) as tags`);
  return { tags: result.rows[0]?.tags ?? [] };
}
