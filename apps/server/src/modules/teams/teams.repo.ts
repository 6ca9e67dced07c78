/** SQL for teams and memberships. */
import { asc, count, eq, inArray } from 'drizzle-orm';
import { teams, users, userTeams } from '../../db/schema/identity.js';
import type { DbOrTx } from '../../platform/db.js';

export async function listTeams(db: DbOrTx) {
  return db
    .select({
      id: teams.id,
      key: teams.key,
      nameZh: teams.nameZh,
      nameEn: teams.nameEn,
      kind: teams.kind,
      tier: teams.tier,
      leadId: teams.leadId,
      memberCount: count(userTeams.userId),
    })
    .from(teams)
    .leftJoin(userTeams, eq(userTeams.teamId, teams.id))
    .groupBy(teams.id)
    .orderBy(asc(teams.kind), asc(teams.key));
}

export async function findTeam(db: DbOrTx, id: string) {
  return (await listTeams(db)).find((t) => t.id === id);
}

export async function keyTaken(db: DbOrTx, key: string) {
  return (await db.select({ id: teams.id }).from(teams).where(eq(teams.key, key)).limit(1)).length > 0;
}

export async function insertTeam(db: DbOrTx, values: typeof teams.$inferInsert) {
  const [row] = await db.insert(teams).values(values).returning();
  return row!;
}

export async function updateTeam(db: DbOrTx, id: string, values: Partial<typeof teams.$inferInsert>) {
  await db.update(teams).set(values).where(eq(teams.id, id));
}

export async function members(db: DbOrTx, teamId: string) {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(userTeams)
    .innerJoin(users, eq(users.id, userTeams.userId))
    .where(eq(userTeams.teamId, teamId))
    .orderBy(asc(users.displayName));
}

export async function setMembers(db: DbOrTx, teamId: string, userIds: string[]) {
  await db.delete(userTeams).where(eq(userTeams.teamId, teamId));
  if (userIds.length) await db.insert(userTeams).values(userIds.map((userId) => ({ userId, teamId })));
}

export async function existingUserIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return new Set<string>();
  return new Set(
    (await db.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((r) => r.id),
  );
}
