/**
 * SQL for contracts, their terms versions, change requests, documents and
 * renewal tasks. Every query an actor makes joins the contract's customer and
 * applies the customers module's scope condition (customer contacts also see
 * only contracts in force), so an invisible contract behaves like a missing one.
 */
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import {
  contractChangeRequests,
  contractDocuments,
  contracts,
  contractTerms,
  renewalTasks,
} from '../../db/schema/contracts.js';
import { customers } from '../../db/schema/customers.js';
import { users } from '../../db/schema/identity.js';
import type { Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db.js';
import type { CursorValue } from '../../platform/pagination.js';
import { customerScopeCondition } from '../customers/index.js';
import { addDays } from './contracts.dates.js';
import { inForceStates } from './contracts.lifecycle.js';
import type { ContractListQuery } from './contracts.schema.js';

export type ContractRow = typeof contracts.$inferSelect;
export type TermsRow = typeof contractTerms.$inferSelect;
export type ChangeRequestRow = typeof contractChangeRequests.$inferSelect;
export type DocumentRow = typeof contractDocuments.$inferSelect;

/** The contracts an actor may see. */
export function contractScope(actor: Actor): SQL {
  const base = customerScopeCondition(actor);
  return actor.scope === 'organisation' ? and(base, inArray(contracts.state, [...inForceStates]))! : base;
}

const select = (db: DbOrTx) =>
  db
    .select({ contract: contracts, customerName: customers.name, ownerName: users.displayName })
    .from(contracts)
    .innerJoin(customers, eq(customers.id, contracts.customerId))
    .leftJoin(users, eq(users.id, contracts.ownerId));

export type ContractListRow = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

const sortColumn = {
  endDate: contracts.endDate,
  '-endDate': contracts.endDate,
  '-createdAt': contracts.createdAt,
  number: contracts.number,
} as const;

export function cursorValue(row: ContractRow, sort: ContractListQuery['sort']): string {
  if (sort === '-createdAt') return row.createdAt.toISOString();
  if (sort === 'number') return row.number;
  return row.endDate;
}

export async function listContracts(
  db: DbOrTx,
  actor: Actor,
  q: ContractListQuery,
  today: string,
  cursor: CursorValue | undefined,
): Promise<ContractListRow[]> {
  const conds: SQL[] = [contractScope(actor)];
  if (q.type) conds.push(eq(contracts.type, q.type));
  if (q.state) conds.push(eq(contracts.state, q.state));
  if (q.customerId) conds.push(eq(contracts.customerId, q.customerId));
  if (q.ownerId) conds.push(eq(contracts.ownerId, q.ownerId));
  if (q.expiringWithinDays !== undefined) {
    conds.push(
      inArray(contracts.state, [...inForceStates]),
      gte(contracts.endDate, today),
      lte(contracts.endDate, addDays(today, q.expiringWithinDays)),
    );
  }
  const col = sortColumn[q.sort];
  const descending = q.sort.startsWith('-');
  if (cursor) {
    const v = q.sort === '-createdAt' ? sql`${String(cursor.v)}::timestamptz` : sql`${String(cursor.v)}`;
    conds.push(
      descending
        ? sql`(${col}, ${contracts.id}) < (${v}, ${cursor.id})`
        : sql`(${col}, ${contracts.id}) > (${v}, ${cursor.id})`,
    );
  }
  const dir = descending ? desc : asc;
  return select(db)
    .where(and(...conds))
    .orderBy(dir(col), dir(contracts.id))
    .limit(q.limit + 1);
}

export async function findContract(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<ContractListRow | undefined> {
  const rows = await select(db)
    .where(and(eq(contracts.id, id), contractScope(actor)))
    .limit(1);
  return rows[0];
}

/** The raw row locked for the transaction (no scope: callers checked it). */
export async function lockContract(db: DbOrTx, id: string): Promise<ContractRow | undefined> {
  const rows = await db.select().from(contracts).where(eq(contracts.id, id)).for('update').limit(1);
  return rows[0];
}

export async function userExists(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1);
  return rows.length > 0;
}

export async function numberTaken(db: DbOrTx, number: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.number, number), exceptId ? sql`${contracts.id} <> ${exceptId}` : undefined))
    .limit(1);
  return rows.length > 0;
}

export async function insertContract(
  db: DbOrTx,
  values: typeof contracts.$inferInsert,
): Promise<ContractRow> {
  const [row] = await db.insert(contracts).values(values).returning();
  return row!;
}

export async function updateContract(
  db: DbOrTx,
  id: string,
  values: Partial<typeof contracts.$inferInsert>,
): Promise<ContractRow> {
  const [row] = await db.update(contracts).set(values).where(eq(contracts.id, id)).returning();
  return row!;
}

// terms versions

export async function insertTerms(db: DbOrTx, values: typeof contractTerms.$inferInsert): Promise<TermsRow> {
  const [row] = await db.insert(contractTerms).values(values).returning();
  return row!;
}

/** Rewrites a draft's only version in place (drafts have no history to keep). */
export async function replaceDraftTerms(db: DbOrTx, contractId: string, terms: Record<string, unknown>) {
  await db
    .update(contractTerms)
    .set({ terms })
    .where(and(eq(contractTerms.contractId, contractId), eq(contractTerms.version, 1)));
}

export async function listTerms(db: DbOrTx, contractId: string): Promise<TermsRow[]> {
  return db
    .select()
    .from(contractTerms)
    .where(eq(contractTerms.contractId, contractId))
    .orderBy(asc(contractTerms.version));
}

export async function findTerms(
  db: DbOrTx,
  contractId: string,
  version: number,
): Promise<TermsRow | undefined> {
  const rows = await db
    .select()
    .from(contractTerms)
    .where(and(eq(contractTerms.contractId, contractId), eq(contractTerms.version, version)))
    .limit(1);
  return rows[0];
}

/** The terms versions in effect at an instant for several contracts (version 1 before any took effect). */
export async function termsAt(db: DbOrTx, contractIds: string[], at: Date): Promise<Map<string, TermsRow>> {
  if (!contractIds.length) return new Map();
  const rows = await db
    .select()
    .from(contractTerms)
    .where(inArray(contractTerms.contractId, contractIds))
    .orderBy(asc(contractTerms.version));
  const out = new Map<string, TermsRow>();
  for (const r of rows) {
    if (!out.has(r.contractId) || r.effectiveFrom.getTime() <= at.getTime()) out.set(r.contractId, r);
  }
  return out;
}

/** Contracts of a customer in force on a date (state active/expiring, start ≤ date ≤ end); internal. */
export async function inForceOn(db: DbOrTx, customerId: string, date: string): Promise<ContractRow[]> {
  return db
    .select()
    .from(contracts)
    .where(
      and(
        eq(contracts.customerId, customerId),
        inArray(contracts.state, [...inForceStates]),
        lte(contracts.startDate, date),
        gte(contracts.endDate, date),
      ),
    )
    .orderBy(asc(contracts.endDate), asc(contracts.id));
}

// change requests

export async function insertChangeRequest(db: DbOrTx, values: typeof contractChangeRequests.$inferInsert) {
  const [row] = await db.insert(contractChangeRequests).values(values).returning();
  return row!;
}

export async function updateChangeRequest(
  db: DbOrTx,
  id: string,
  values: Partial<typeof contractChangeRequests.$inferInsert>,
): Promise<ChangeRequestRow> {
  const [row] = await db
    .update(contractChangeRequests)
    .set(values)
    .where(eq(contractChangeRequests.id, id))
    .returning();
  return row!;
}

export async function findChangeRequest(db: DbOrTx, id: string): Promise<ChangeRequestRow | undefined> {
  const rows = await db
    .select()
    .from(contractChangeRequests)
    .where(eq(contractChangeRequests.id, id))
    .limit(1);
  return rows[0];
}

export async function listChangeRequests(db: DbOrTx, contractId: string): Promise<ChangeRequestRow[]> {
  return db
    .select()
    .from(contractChangeRequests)
    .where(eq(contractChangeRequests.contractId, contractId))
    .orderBy(desc(contractChangeRequests.createdAt), desc(contractChangeRequests.id));
}

export async function hasPendingChangeRequest(db: DbOrTx, contractId: string): Promise<boolean> {
  const rows = await db
    .select({ id: contractChangeRequests.id })
    .from(contractChangeRequests)
    .where(
      and(eq(contractChangeRequests.contractId, contractId), eq(contractChangeRequests.status, 'pending')),
    )
    .limit(1);
  return rows.length > 0;
}

// documents

export async function insertDocument(db: DbOrTx, values: typeof contractDocuments.$inferInsert) {
  const [row] = await db.insert(contractDocuments).values(values).returning();
  return row!;
}

export async function listDocuments(db: DbOrTx, contractId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(contractDocuments)
    .where(eq(contractDocuments.contractId, contractId))
    .orderBy(asc(contractDocuments.createdAt), asc(contractDocuments.id));
}

export async function findDocument(
  db: DbOrTx,
  contractId: string,
  id: string,
): Promise<DocumentRow | undefined> {
  const rows = await db
    .select()
    .from(contractDocuments)
    .where(and(eq(contractDocuments.id, id), eq(contractDocuments.contractId, contractId)))
    .limit(1);
  return rows[0];
}

export async function deleteDocument(db: DbOrTx, id: string): Promise<void> {
  await db.delete(contractDocuments).where(eq(contractDocuments.id, id));
}

// renewal

/** Maintenance contracts in force (or about to be) whose end falls on or before a date, locked. */
export async function maintenanceEndingBy(db: DbOrTx, lastEnd: string): Promise<ContractRow[]> {
  return db
    .select()
    .from(contracts)
    .where(
      and(
        eq(contracts.type, 'maintenance'),
        inArray(contracts.state, [...inForceStates]),
        lte(contracts.endDate, lastEnd),
      ),
    )
    .orderBy(asc(contracts.endDate), asc(contracts.id))
    .for('update');
}

/** Inserts the contract's renewal task unless one exists; true when it was created. */
export async function insertRenewalTask(
  db: DbOrTx,
  values: typeof renewalTasks.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(renewalTasks)
    .values(values)
    .onConflictDoNothing({ target: renewalTasks.contractId })
    .returning({ id: renewalTasks.id });
  return rows.length > 0;
}

export async function renewalTasksOf(db: DbOrTx, contractIds: string[]) {
  if (!contractIds.length) return [];
  return db.select().from(renewalTasks).where(inArray(renewalTasks.contractId, contractIds));
}
