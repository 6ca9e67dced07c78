import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { roles } from '../schema/identity.js';
import { seedBase } from './base.js';
import { systemRoles } from './roles.js';

const t = await useTestApp();
const db = t.database.db;

describe('seedBase', () => {
  it('adds grants new to the seed to existing system roles, but does not restore what an admin removed', async () => {
    const seed = systemRoles.find((r) => r.key === 'sales_rep')!;
    const [newGrant, removedByAdmin] = [seed.permissions[0]!, seed.permissions[1]!];
    // As if the database predates `newGrant` and an admin has since removed `removedByAdmin`.
    await db
      .update(roles)
      .set({
        permissions: seed.permissions.filter((p) => p !== newGrant && p !== removedByAdmin),
        seededPermissions: seed.permissions.filter((p) => p !== newGrant),
      })
      .where(eq(roles.key, 'sales_rep'));

    await seedBase(db);
    await seedBase(db);

    const [row] = await db.select().from(roles).where(eq(roles.key, 'sales_rep'));
    expect(row!.permissions).toContain(newGrant);
    expect(row!.permissions).not.toContain(removedByAdmin);
    expect(new Set(row!.seededPermissions)).toEqual(new Set(seed.permissions));
  });

  it("moves engineers and experts of an existing database to the 'queue' scope once, keeping an admin's choice", async () => {
    // As if the database predates the 'queue' scope: engineers still have the seed's old 'all'; an admin
    // had given experts 'team'; agents keep 'all' (tier 1 takes calls from any customer).
    await db.update(roles).set({ dataScope: 'all', seededDataScope: null }).where(eq(roles.key, 'engineer'));
    await db.update(roles).set({ dataScope: 'team', seededDataScope: null }).where(eq(roles.key, 'expert'));
    await db.update(roles).set({ seededDataScope: null }).where(eq(roles.key, 'agent'));

    await seedBase(db);
    const scopes = async () =>
      Object.fromEntries(
        (await db.select().from(roles)).map((r) => [r.key, [r.dataScope, r.seededDataScope]] as const),
      );
    expect(await scopes()).toMatchObject({
      engineer: ['queue', 'queue'],
      expert: ['team', 'queue'],
      agent: ['all', 'all'],
    });
    // Later, an admin gives engineers 'all' back: later starts leave it.
    await db.update(roles).set({ dataScope: 'all' }).where(eq(roles.key, 'engineer'));
    await seedBase(db);
    expect((await scopes()).engineer).toEqual(['all', 'queue']);
  });

  it('is idempotent on a fresh database', async () => {
    const before = await db.select().from(roles);
    await seedBase(db);
    const after = await db.select().from(roles);
    expect(after.length).toBe(before.length);
  });
});
