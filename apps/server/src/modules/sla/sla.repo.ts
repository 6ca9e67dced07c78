/** SQL for SLA policies and their immutable versions. */
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { slaPolicies, slaPolicyVersions } from '../../db/schema/sla.js';
import type { DbOrTx } from '../../platform/db.js';

export type PolicyRow = typeof slaPolicies.$inferSelect;
export type VersionRow = typeof slaPolicyVersions.$inferSelect;

export async function listPolicies(db: DbOrTx): Promise<PolicyRow[]> {
  return db
    .select()
    .from(slaPolicies)
    .orderBy(asc(slaPolicies.builtinKey), asc(slaPolicies.name), asc(slaPolicies.id));
}

export async function findPolicy(db: DbOrTx, id: string): Promise<PolicyRow | undefined> {
  const rows = await db.select().from(slaPolicies).where(eq(slaPolicies.id, id)).limit(1);
  return rows[0];
}

export async function lockPolicy(db: DbOrTx, id: string): Promise<PolicyRow | undefined> {
  const rows = await db.select().from(slaPolicies).where(eq(slaPolicies.id, id)).limit(1).for('update');
  return rows[0];
}

export async function insertPolicy(db: DbOrTx, values: typeof slaPolicies.$inferInsert): Promise<PolicyRow> {
  const [row] = await db.insert(slaPolicies).values(values).returning();
  return row!;
}

/** Inserts unless a policy with that builtin key exists; returns the new row or undefined. */
export async function insertBuiltinPolicy(
  db: DbOrTx,
  values: typeof slaPolicies.$inferInsert,
): Promise<PolicyRow | undefined> {
  const rows = await db
    .insert(slaPolicies)
    .values(values)
    .onConflictDoNothing({ target: slaPolicies.builtinKey })
    .returning();
  return rows[0];
}

export async function updatePolicy(db: DbOrTx, id: string, values: Partial<typeof slaPolicies.$inferInsert>) {
  await db.update(slaPolicies).set(values).where(eq(slaPolicies.id, id));
}

export async function insertVersion(
  db: DbOrTx,
  values: typeof slaPolicyVersions.$inferInsert,
): Promise<VersionRow> {
  const [row] = await db.insert(slaPolicyVersions).values(values).returning();
  return row!;
}

/** All versions of one policy (or of every policy), oldest first. */
export async function listVersions(db: DbOrTx, policyId?: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(slaPolicyVersions)
    .where(policyId ? eq(slaPolicyVersions.policyId, policyId) : undefined)
    .orderBy(asc(slaPolicyVersions.policyId), asc(slaPolicyVersions.version));
}

export async function findVersion(
  db: DbOrTx,
  policyId: string,
  version: number,
): Promise<VersionRow | undefined> {
  const rows = await db
    .select()
    .from(slaPolicyVersions)
    .where(and(eq(slaPolicyVersions.policyId, policyId), eq(slaPolicyVersions.version, version)));
  return rows[0];
}

/** The version in effect at `at`: the latest one whose effective_from is not after it. */
export async function versionAt(db: DbOrTx, policyId: string, at: Date): Promise<VersionRow | undefined> {
  const rows = await db
    .select()
    .from(slaPolicyVersions)
    .where(and(eq(slaPolicyVersions.policyId, policyId), lte(slaPolicyVersions.effectiveFrom, at)))
    .orderBy(desc(slaPolicyVersions.effectiveFrom), desc(slaPolicyVersions.version))
    .limit(1);
  return rows[0];
}
