/** Seeds roles and teams; safe to run on every start (inserts what is missing, never overwrites edits). */

import type { DbOrTx } from '../../platform/db.js';
import { roles, teams } from '../schema/identity.js';
import { systemRoles, systemTeams } from './roles.js';
import { seedSla } from './sla.js';

export async function seedBase(db: DbOrTx): Promise<void> {
  await db
    .insert(roles)
    .values(systemRoles.map((r) => ({ ...r, isSystem: true })))
    .onConflictDoNothing({ target: roles.key });
  await db.insert(teams).values(systemTeams).onConflictDoNothing({ target: teams.key });
  await seedSla(db);
}
