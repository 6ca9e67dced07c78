/**
 * Factories that build real records through the same tables the product
 * uses. Tests call them with overrides (`newUser(db, { role: 'sales_rep' })`);
 * the demo data is built from them too.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db.js';
import { hashPassword } from '../../platform/secrets.js';
import { roles, teams, users, userTeams } from '../schema/identity.js';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}${randomUUID().slice(0, 4)}`;

// Hashing is deliberately slow; tests share one hash of the default password.
export const DEFAULT_PASSWORD = 'Aftercare#2026';
let defaultHash: Promise<string> | undefined;
const passwordHashFor = (password: string) => {
  if (password !== DEFAULT_PASSWORD) return hashPassword(password);
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  return defaultHash;
};

export async function roleId(db: DbOrTx, key: string): Promise<string> {
  const rows = await db.select({ id: roles.id }).from(roles).where(eq(roles.key, key)).limit(1);
  if (!rows[0]) throw new Error(`role ${key} is not seeded`);
  return rows[0].id;
}

export async function teamByKey(db: DbOrTx, key: string) {
  const rows = await db.select().from(teams).where(eq(teams.key, key)).limit(1);
  if (!rows[0]) throw new Error(`team ${key} is not seeded`);
  return rows[0];
}

export async function newTeam(db: DbOrTx, over: Partial<typeof teams.$inferInsert> = {}) {
  const key = over.key ?? `team_${next()}`;
  const [row] = await db
    .insert(teams)
    .values({ key, nameZh: `团队${key}`, nameEn: `Team ${key}`, kind: 'sales', ...over })
    .returning();
  return row!;
}

export interface NewUserOptions {
  role?: string;
  username?: string;
  displayName?: string;
  email?: string | null;
  password?: string;
  teamIds?: string[];
  customerId?: string | null;
  disabled?: boolean;
  skills?: string[];
  locale?: string;
}

export async function newUser(db: DbOrTx, o: NewUserOptions = {}) {
  const username = o.username ?? `u_${next()}`;
  const [user] = await db
    .insert(users)
    .values({
      username,
      displayName: o.displayName ?? username,
      email: o.email === undefined ? `${username}@example.com` : o.email,
      passwordHash: await passwordHashFor(o.password ?? DEFAULT_PASSWORD),
      roleId: await roleId(db, o.role ?? 'agent'),
      customerId: o.customerId ?? null,
      disabled: o.disabled ?? false,
      skills: o.skills ?? [],
      locale: o.locale ?? 'zh-CN',
    })
    .returning();
  if (o.teamIds?.length) {
    await db.insert(userTeams).values(o.teamIds.map((teamId) => ({ userId: user!.id, teamId })));
  }
  return { ...user!, password: o.password ?? DEFAULT_PASSWORD };
}
