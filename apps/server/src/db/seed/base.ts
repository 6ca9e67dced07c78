/**
 * Seeds roles, teams, calendars and SLA policies, and fills customers' derived
 * keys. Runs at every start and is idempotent: it inserts what is missing and
 * never undoes an admin's edit.
 */
import { eq } from 'drizzle-orm';
import { backfillCustomerKeys } from '../../modules/customers/index.js';
import type { DbOrTx } from '../../platform/db.js';
import { roles, teams } from '../schema/identity.js';
import { earlierSeededScopes, systemRoles, systemTeams } from './roles.js';
import { seedServiceDesk } from './service-desk.js';
import { seedSla } from './sla.js';

export async function seedBase(db: DbOrTx): Promise<void> {
  await db
    .insert(roles)
    .values(
      systemRoles.map((r) => ({
        ...r,
        seededPermissions: r.permissions,
        seededDataScope: r.dataScope,
        isSystem: true,
      })),
    )
    .onConflictDoNothing({ target: roles.key });
  await syncSystemRoleGrants(db);
  await syncSystemRoleScopes(db);
  await db.insert(teams).values(systemTeams).onConflictDoNothing({ target: teams.key });
  await seedSla(db);
  await seedServiceDesk(db);
  // Customers written before pinyin, name cores and region/industry codes get them (no-op once done).
  await backfillCustomerKeys(db);
}

/**
 * A release that adds a module grants its permissions to the seeded roles. Existing
 * databases get those new grants; a permission the seed granted before and an admin
 * removed since is not given back, because only grants new to the seed are added.
 */
async function syncSystemRoleGrants(db: DbOrTx): Promise<void> {
  const rows = await db.select().from(roles).where(eq(roles.isSystem, true));
  for (const seed of systemRoles) {
    const row = rows.find((r) => r.key === seed.key);
    if (!row) continue;
    const known = new Set(row.seededPermissions);
    const added = seed.permissions.filter((p) => !known.has(p));
    if (added.length === 0) continue;
    await db
      .update(roles)
      .set({
        permissions: [...new Set([...row.permissions, ...added])],
        seededPermissions: [...new Set([...row.seededPermissions, ...seed.permissions])],
      })
      .where(eq(roles.id, row.id));
  }
}

/**
 * A release that changes a seeded role's data scope (engineers and experts: 'all' → 'queue') applies it to
 * existing databases where the role still has the scope the seed gave before; an admin's different choice
 * stands. Once synced, `seeded_data_scope` records the seed's scope, so this runs once per change.
 */
async function syncSystemRoleScopes(db: DbOrTx): Promise<void> {
  const rows = await db.select().from(roles).where(eq(roles.isSystem, true));
  for (const seed of systemRoles) {
    const row = rows.find((r) => r.key === seed.key);
    if (!row || row.seededDataScope === seed.dataScope) continue;
    const before = row.seededDataScope ?? earlierSeededScopes[seed.key] ?? seed.dataScope;
    await db
      .update(roles)
      .set({
        dataScope: row.dataScope === before ? seed.dataScope : row.dataScope,
        seededDataScope: seed.dataScope,
      })
      .where(eq(roles.id, row.id));
  }
}
