/** SQL for sessions, API tokens and login attempts (identity tables owned by auth and users). */
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { apiTokens, loginAttempts, roles, sessions, users, userTeams } from '../../db/schema/identity.js';
import type { DbOrTx } from '../../platform/db.js';

export async function findUserForLogin(db: DbOrTx, username: string) {
  const rows = await db
    .select({ user: users, role: roles })
    .from(users)
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return rows[0];
}

export async function loadUserWithRole(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ user: users, role: roles })
    .from(users)
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(eq(users.id, userId))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const teamRows = await db
    .select({ teamId: userTeams.teamId })
    .from(userTeams)
    .where(eq(userTeams.userId, userId));
  return { ...row, teamIds: teamRows.map((t) => t.teamId) };
}

export async function setLastLogin(db: DbOrTx, userId: string, at: Date) {
  await db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
}

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function findSessionByHash(db: DbOrTx, tokenHash: string) {
  const rows = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).limit(1);
  return rows[0];
}

export async function touchSession(db: DbOrTx, id: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessions(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function recordLoginAttempt(db: DbOrTx, values: typeof loginAttempts.$inferInsert) {
  await db.insert(loginAttempts).values(values);
}

export async function countFailures(db: DbOrTx, by: { username?: string; ip?: string }, since: Date) {
  const cond = by.username
    ? sql`lower(${loginAttempts.username}) = lower(${by.username})`
    : eq(loginAttempts.ip, by.ip ?? '');
  const rows = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(cond, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return Number(rows[0]?.n ?? 0);
}

export async function findActiveApiToken(db: DbOrTx, tokenHash: string) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return rows[0];
}

export async function touchApiToken(db: DbOrTx, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
