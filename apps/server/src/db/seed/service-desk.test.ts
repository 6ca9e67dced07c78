import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { teams } from '../schema/identity.js';
import { requestStates, requestTransitions, serviceDeskSettings, teamQueues } from '../schema/requests.js';
import { seedBase } from './base.js';
import { defaultTransitions } from './service-desk.js';

const t = await useTestApp();
const db = t.database.db;

describe('seedServiceDesk', () => {
  it('seeds states, transitions, settings and queues once, and does not give back a removed transition', async () => {
    const states = await db.select().from(requestStates);
    expect(states.filter((s) => s.builtin)).toHaveLength(7);
    expect(await db.select().from(requestTransitions)).toHaveLength(defaultTransitions.length);
    await db
      .delete(requestTransitions)
      .where(and(eq(requestTransitions.fromState, 'received'), eq(requestTransitions.toState, 'resolved')));
    await seedBase(db);
    await seedBase(db);
    expect(await db.select().from(requestStates)).toHaveLength(7);
    expect(await db.select().from(requestTransitions)).toHaveLength(defaultTransitions.length - 1);
    expect(await db.select().from(serviceDeskSettings)).toHaveLength(1);
    const queues = await db
      .select({ tier: teams.tier, mode: teamQueues.mode })
      .from(teamQueues)
      .innerJoin(teams, eq(teams.id, teamQueues.teamId));
    expect(queues.sort((a, b) => (a.tier ?? 0) - (b.tier ?? 0))).toEqual([
      { tier: 1, mode: 'round_robin' },
      { tier: 2, mode: 'least_loaded' },
      { tier: 3, mode: 'least_loaded' },
    ]);
  });
});
