/** SQL for sessions, API tokens and login attempts (identity tables owned by auth and users). */
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import {
  apiTokens,
  loginAttempts,
  loginChallenges,
  loginThrottles,
  roles,
  securitySettings,
  sessions,
  totpCredentials,
  users,
  userTeams,
} from '../../db/schema/identity.js';
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

/** Whether the account logged in successfully from this address since the given instant. */
export async function loggedInFrom(db: DbOrTx, username: string, ip: string, since: Date) {
  const rows = await db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(
        sql`lower(${loginAttempts.username}) = ${username}`,
        eq(loginAttempts.ip, ip),
        gt(loginAttempts.at, since),
        sql`${loginAttempts.succeeded}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function findThrottle(db: DbOrTx, username: string, ip: string) {
  const rows = await db
    .select()
    .from(loginThrottles)
    .where(and(eq(loginThrottles.username, username), eq(loginThrottles.ip, ip)))
    .limit(1);
  return rows[0];
}

/** The throttle row of a key, created empty if missing, locked until the transaction ends. */
export async function lockThrottle(tx: DbOrTx, username: string, ip: string, now: Date) {
  await tx
    .insert(loginThrottles)
    .values({ username, ip, failures: 0, windowStartedAt: now, lastFailureAt: now })
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(loginThrottles)
    .where(and(eq(loginThrottles.username, username), eq(loginThrottles.ip, ip)))
    .for('update');
  return rows[0]!;
}

export async function updateThrottle(
  tx: DbOrTx,
  id: string,
  values: Pick<
    typeof loginThrottles.$inferInsert,
    'failures' | 'windowStartedAt' | 'lastFailureAt' | 'blockedUntil'
  >,
) {
  await tx.update(loginThrottles).set(values).where(eq(loginThrottles.id, id));
}

export async function deleteThrottle(db: DbOrTx, username: string, ip: string) {
  await db
    .delete(loginThrottles)
    .where(and(eq(loginThrottles.username, username), eq(loginThrottles.ip, ip)));
}

export async function deleteThrottleById(db: DbOrTx, id: string) {
  const rows = await db.delete(loginThrottles).where(eq(loginThrottles.id, id)).returning();
  return rows[0];
}

/** Rows whose last failure is older than every memory and that block nothing any more. */
export async function deleteForgottenThrottles(db: DbOrTx, before: Date, now: Date) {
  await db
    .delete(loginThrottles)
    .where(
      and(
        lt(loginThrottles.lastFailureAt, before),
        or(isNull(loginThrottles.blockedUntil), lt(loginThrottles.blockedUntil, now)),
      ),
    );
}

/** Keys blocked now or with a failure since `since`, newest first. */
export function listThrottles(db: DbOrTx, now: Date, since: Date) {
  return db
    .select()
    .from(loginThrottles)
    .where(or(gt(loginThrottles.blockedUntil, now), gt(loginThrottles.lastFailureAt, since)))
    .orderBy(desc(loginThrottles.lastFailureAt))
    .limit(500);
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

/** Stores a challenge and drops the user's expired ones (a user has a handful at most). */
export async function insertChallenge(db: DbOrTx, values: typeof loginChallenges.$inferInsert) {
  await db
    .delete(loginChallenges)
    .where(
      and(
        eq(loginChallenges.userId, values.userId),
        lt(loginChallenges.expiresAt, values.createdAt ?? new Date()),
      ),
    );
  await db.insert(loginChallenges).values(values);
}

export async function findChallengeByHash(db: DbOrTx, tokenHash: string) {
  const rows = await db
    .select()
    .from(loginChallenges)
    .where(eq(loginChallenges.tokenHash, tokenHash))
    .limit(1);
  return rows[0];
}

export async function deleteChallenge(db: DbOrTx, id: string) {
  await db.delete(loginChallenges).where(eq(loginChallenges.id, id));
}

export async function deleteUserChallenges(db: DbOrTx, userId: string) {
  await db.delete(loginChallenges).where(eq(loginChallenges.userId, userId));
}

export async function findTotp(db: DbOrTx, userId: string) {
  const rows = await db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).limit(1);
  return rows[0];
}

/** Starts (or restarts) an enrolment: a new secret, not enabled until a code confirms it. */
export async function putPendingTotp(db: DbOrTx, userId: string, secret: string, at: Date) {
  await db
    .insert(totpCredentials)
    .values({ userId, secret, createdAt: at })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secret, enabledAt: null, lastUsedStep: null, recoveryCodeHashes: [], createdAt: at },
    });
}

export async function updateTotp(
  db: DbOrTx,
  userId: string,
  values: Partial<
    Pick<typeof totpCredentials.$inferInsert, 'enabledAt' | 'lastUsedStep' | 'recoveryCodeHashes'>
  >,
) {
  await db.update(totpCredentials).set(values).where(eq(totpCredentials.userId, userId));
}

/** Locks the credential row so two codes of the same step cannot both be accepted. */
export async function lockTotp(tx: DbOrTx, userId: string) {
  const rows = await tx
    .select()
    .from(totpCredentials)
    .where(eq(totpCredentials.userId, userId))
    .for('update');
  return rows[0];
}

export async function deleteTotp(db: DbOrTx, userId: string) {
  const rows = await db.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).returning({
    userId: totpCredentials.userId,
    enabledAt: totpCredentials.enabledAt,
  });
  return rows[0];
}

export async function readSecuritySettings(db: DbOrTx) {
  const rows = await db.select().from(securitySettings).where(eq(securitySettings.id, 1)).limit(1);
  return rows[0] ?? { id: 1, totpRequiredForAdmins: false, updatedAt: null };
}

export async function writeSecuritySettings(
  db: DbOrTx,
  values: { totpRequiredForAdmins: boolean },
  at: Date,
) {
  await db
    .insert(securitySettings)
    .values({ id: 1, ...values, updatedAt: at })
    .onConflictDoUpdate({ target: securitySettings.id, set: { ...values, updatedAt: at } });
}
