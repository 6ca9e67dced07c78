/** SQL for users and their team memberships. */
import { and, asc, eq, ilike, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import { roles, teams, totpCredentials, users, userTeams } from '../../db/schema/identity.js';
import type { DbOrTx } from '../../platform/db.js';
import { likeEscape } from '../../platform/search.js';
import type { ListUsersQuery, UserView } from './users.schema.js';

type UserRow = typeof users.$inferSelect;

async function withRefs(db: DbOrTx, rows: UserRow[]): Promise<UserView[]> {
  if (rows.length === 0) return [];
  const roleIds = [...new Set(rows.map((r) => r.roleId))];
  const roleRows = await db.select().from(roles).where(inArray(roles.id, roleIds));
  const memberships = await db
    .select({
      userId: userTeams.userId,
      id: teams.id,
      key: teams.key,
      nameZh: teams.nameZh,
      nameEn: teams.nameEn,
    })
    .from(userTeams)
    .innerJoin(teams, eq(teams.id, userTeams.teamId))
    .where(
      inArray(
        userTeams.userId,
        rows.map((r) => r.id),
      ),
    );
  // Read only: the credentials belong to auth; admins see who has a second factor.
  const withTotp = await db
    .select({ userId: totpCredentials.userId })
    .from(totpCredentials)
    .where(
      and(
        inArray(
          totpCredentials.userId,
          rows.map((r) => r.id),
        ),
        isNotNull(totpCredentials.enabledAt),
      ),
    );
  const totpUsers = new Set(withTotp.map((r) => r.userId));
  return rows.map((u) => {
    const role = roleRows.find((r) => r.id === u.roleId)!;
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      email: u.email,
      role: { id: role.id, key: role.key, nameZh: role.nameZh, nameEn: role.nameEn },
      teams: memberships.filter((m) => m.userId === u.id).map(({ userId: _, ...t }) => t),
      customerId: u.customerId,
      disabled: u.disabled,
      totpEnabled: totpUsers.has(u.id),
      locale: u.locale,
      skills: u.skills,
      lastLoginAt: u.lastLoginAt,
      createdAt: u.createdAt,
      updatedAt: u.updatedAt,
    };
  });
}

export async function listUsers(db: DbOrTx, q: ListUsersQuery, after: { v: string; id: string } | undefined) {
  const conds: SQL[] = [];
  if (q.q) {
    const pattern = `%${likeEscape(q.q)}%`;
    conds.push(
      or(ilike(users.username, pattern), ilike(users.displayName, pattern), ilike(users.email, pattern))!,
    );
  }
  if (q.roleKey) conds.push(sql`${users.roleId} = (select id from roles where key = ${q.roleKey})`);
  if (q.teamId)
    conds.push(
      sql`exists (select 1 from user_teams ut where ut.user_id = ${users.id} and ut.team_id = ${q.teamId})`,
    );
  if (q.disabled) conds.push(eq(users.disabled, q.disabled === 'true'));
  if (after) conds.push(sql`(lower(${users.username}), ${users.id}) > (${after.v}, ${after.id})`);
  const rows = await db
    .select()
    .from(users)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(sql`lower(${users.username})`, asc(users.id))
    .limit(q.limit + 1);
  return withRefs(db, rows);
}

export async function findUser(db: DbOrTx, id: string): Promise<UserView | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return (await withRefs(db, rows))[0];
}

export async function findUserRow(db: DbOrTx, id: string) {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function usernameTaken(db: DbOrTx, username: string) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return rows.length > 0;
}

export async function emailTaken(db: DbOrTx, email: string, exceptId?: string) {
  const conds = [sql`lower(${users.email}) = lower(${email})`];
  if (exceptId) conds.push(sql`${users.id} <> ${exceptId}`);
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(...conds))
    .limit(1);
  return rows.length > 0;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUserRow(db: DbOrTx, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row;
}

export async function setUserTeams(db: DbOrTx, userId: string, teamIds: string[]) {
  await db.delete(userTeams).where(eq(userTeams.userId, userId));
  if (teamIds.length) await db.insert(userTeams).values(teamIds.map((teamId) => ({ userId, teamId })));
}

export async function existingIds(db: DbOrTx, table: 'roles' | 'teams', ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const t = table === 'roles' ? roles : teams;
  const rows = await db.select({ id: t.id }).from(t).where(inArray(t.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Enabled staff users, for owner and assignee pickers. */
export async function userOptions(db: DbOrTx, teamId?: string) {
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      teamIds: sql<
        string[]
      >`coalesce(array_agg(${userTeams.teamId}) filter (where ${userTeams.teamId} is not null), '{}')`,
    })
    .from(users)
    .leftJoin(userTeams, eq(userTeams.userId, users.id))
    .where(and(eq(users.disabled, false), sql`${users.customerId} is null`))
    .groupBy(users.id)
    .having(teamId ? sql`${teamId} = any(array_agg(${userTeams.teamId}))` : undefined)
    .orderBy(asc(users.displayName));
  return rows;
}
