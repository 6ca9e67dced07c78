/** SQL for roles. */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { roles, users } from '../../db/schema/identity.js';
import type { DbOrTx } from '../../platform/db.js';

export async function listRoles(db: DbOrTx) {
  return db
    .select({
      id: roles.id,
      key: roles.key,
      nameZh: roles.nameZh,
      nameEn: roles.nameEn,
      permissions: roles.permissions,
      dataScope: roles.dataScope,
      isSystem: roles.isSystem,
      userCount: count(users.id),
    })
    .from(roles)
    .leftJoin(users, eq(users.roleId, roles.id))
    .groupBy(roles.id)
    .orderBy(asc(roles.isSystem), asc(roles.key));
}

export async function findRole(db: DbOrTx, id: string) {
  return (await listRoles(db)).find((r) => r.id === id);
}

export async function findRoleByKey(db: DbOrTx, key: string) {
  const rows = await db.select().from(roles).where(eq(roles.key, key)).limit(1);
  return rows[0];
}

export async function insertRole(db: DbOrTx, values: typeof roles.$inferInsert) {
  const [row] = await db.insert(roles).values(values).returning();
  return row!;
}

export async function updateRole(db: DbOrTx, id: string, values: Partial<typeof roles.$inferInsert>) {
  await db.update(roles).set(values).where(eq(roles.id, id));
}

export async function deleteRole(db: DbOrTx, id: string) {
  await db.delete(roles).where(eq(roles.id, id));
}

/** Enabled users whose role grants `permission` (who to tell about something only they can fix). */
export async function holderIds(db: DbOrTx, permission: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(and(sql`${permission} = any(${roles.permissions})`, eq(users.disabled, false)))
    .orderBy(asc(users.id));
  return rows.map((r) => r.id);
}
