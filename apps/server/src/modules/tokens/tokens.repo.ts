/** SQL for API tokens. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiTokens } from '../../db/schema/identity.js';
import type { DbOrTx } from '../../platform/db.js';

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  scopes: apiTokens.scopes,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  createdAt: apiTokens.createdAt,
};

export const listOwnTokens = (db: DbOrTx, userId: string) =>
  db.select(columns).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));

export async function findOwnToken(db: DbOrTx, userId: string, id: string) {
  const rows = await db
    .select(columns)
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .limit(1);
  return rows[0];
}

export async function insertToken(db: DbOrTx, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning(columns);
  return row!;
}

export async function revokeToken(db: DbOrTx, id: string, at: Date) {
  await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
}

/** Revokes every live token of a user; answers the revoked rows. */
export function revokeUserTokens(db: DbOrTx, userId: string, at: Date) {
  return db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning(columns);
}
