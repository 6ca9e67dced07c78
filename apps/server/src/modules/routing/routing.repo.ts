/**
 * SQL for routing: service teams by tier, queue modes, who may take new work
 * (members, availability, skills, open load), and the recipients of SLA
 * notifications. Reads identity tables directly because the candidate query
 * must filter and count in one statement on the intake path.
 */
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { roles, teams, users, userTeams } from '../../db/schema/identity.js';
import {
  type AssignmentMode,
  agentAvailability,
  requestStates,
  requestTransitions,
  serviceRequests,
  teamQueues,
} from '../../db/schema/requests.js';
import type { DbOrTx, Tx } from '../../platform/db.js';

export type TeamRow = typeof teams.$inferSelect;
export type QueueRow = typeof teamQueues.$inferSelect;

/** States a request still needs work in (the load and queue counts). */
export const OPEN_CATEGORIES = ['new', 'open', 'pending'] as const;
const openSql = sql`${serviceRequests.stateCategory} in ('new', 'open', 'pending')`;

/** An agent is available without a row, when marked available, or once their absence has ended. */
const availableAt = (at: Date): SQL =>
  sql`(${agentAvailability.userId} is null or ${agentAvailability.available}
    or (${agentAvailability.absentUntil} is not null and ${agentAvailability.absentUntil} <= ${at}))`;

/** The service team of a tier; with several, the oldest (stable across calls). */
export async function serviceTeamOfTier(db: DbOrTx, tier: number): Promise<TeamRow | undefined> {
  const rows = await db
    .select()
    .from(teams)
    .where(and(eq(teams.kind, 'service'), eq(teams.tier, tier)))
    .orderBy(asc(teams.createdAt), asc(teams.key))
    .limit(1);
  return rows[0];
}

export async function findTeam(db: DbOrTx, id: string): Promise<TeamRow | undefined> {
  return (await db.select().from(teams).where(eq(teams.id, id)).limit(1))[0];
}

export async function findQueue(db: DbOrTx, teamId: string): Promise<QueueRow | undefined> {
  return (await db.select().from(teamQueues).where(eq(teamQueues.teamId, teamId)).limit(1))[0];
}

/** The queue row locked for a round-robin pick, or undefined when another transaction holds it. */
export async function tryLockQueue(tx: Tx, teamId: string): Promise<QueueRow | undefined> {
  const rows = await tx
    .select()
    .from(teamQueues)
    .where(eq(teamQueues.teamId, teamId))
    .for('update', { skipLocked: true });
  return rows[0];
}

/** The queue row locked for a settings change; created when missing. */
export async function lockQueue(tx: Tx, teamId: string, now: Date): Promise<QueueRow> {
  await tx.insert(teamQueues).values({ teamId, updatedAt: now }).onConflictDoNothing();
  const rows = await tx.select().from(teamQueues).where(eq(teamQueues.teamId, teamId)).for('update');
  return rows[0]!;
}

/** Moves the round-robin pointer. Not a settings change, so the version stays. */
export async function setLastAssigned(tx: Tx, teamId: string, userId: string): Promise<void> {
  await tx.update(teamQueues).set({ lastAssignedId: userId }).where(eq(teamQueues.teamId, teamId));
}

export async function upsertQueueMode(
  tx: Tx,
  teamId: string,
  mode: AssignmentMode,
  version: number,
  now: Date,
): Promise<QueueRow> {
  const [row] = await tx
    .insert(teamQueues)
    .values({ teamId, mode, version, updatedAt: now })
    .onConflictDoUpdate({ target: teamQueues.teamId, set: { mode, version, updatedAt: now } })
    .returning();
  return row!;
}

export interface Candidate {
  id: string;
  load: number;
}

/**
 * Members of a team who may take a request now: active staff, available, and
 * skilled for the product (any member when the request names no product).
 * Ordered by id, the round-robin order. `load` = their open requests (0 unless asked for).
 */
export async function candidates(
  db: DbOrTx,
  teamId: string,
  productId: string | null,
  at: Date,
  opts: { withLoad: boolean },
): Promise<Candidate[]> {
  const load = opts.withLoad
    ? sql<number>`(select count(*)::int from ${serviceRequests}
        where ${serviceRequests.assigneeId} = ${users.id} and ${openSql})`
    : sql<number>`0`;
  const rows = await db
    .select({ id: users.id, load })
    .from(userTeams)
    .innerJoin(users, eq(users.id, userTeams.userId))
    .leftJoin(agentAvailability, eq(agentAvailability.userId, users.id))
    .where(
      and(
        eq(userTeams.teamId, teamId),
        eq(users.disabled, false),
        isNull(users.customerId),
        availableAt(at),
        productId ? sql`${productId} = any(${users.skills})` : undefined,
      ),
    )
    .orderBy(asc(users.id));
  return rows;
}

/**
 * Why nobody may take a request now: the team's active staff members, how
 * many of them are available, and how many of those have the product skill.
 */
export async function staffing(db: DbOrTx, teamId: string, productId: string | null, at: Date) {
  const skilled = productId ? sql`${productId} = any(${users.skills})` : sql`true`;
  const rows = await db
    .select({
      members: sql<number>`count(*)::int`,
      available: sql<number>`(count(*) filter (where ${availableAt(at)}))::int`,
      skilled: sql<number>`(count(*) filter (where ${availableAt(at)} and ${skilled}))::int`,
    })
    .from(userTeams)
    .innerJoin(users, eq(users.id, userTeams.userId))
    .leftJoin(agentAvailability, eq(agentAvailability.userId, users.id))
    .where(and(eq(userTeams.teamId, teamId), eq(users.disabled, false), isNull(users.customerId)));
  return rows[0] ?? { members: 0, available: 0, skilled: 0 };
}

/** Whether a user may be assigned work: an enabled staff account (not a customer contact). */
export async function activeStaff(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.disabled, false), isNull(users.customerId)))
    .limit(1);
  return rows[0];
}

export async function isMember(db: DbOrTx, teamId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: userTeams.userId })
    .from(userTeams)
    .where(and(eq(userTeams.teamId, teamId), eq(userTeams.userId, userId)))
    .limit(1);
  return rows.length > 0;
}

/** The category of a state and whether the transition table allows `from` → `to`. */
export async function transitionTarget(db: DbOrTx, from: string, to: string) {
  const rows = await db
    .select({ key: requestStates.key, category: requestStates.category })
    .from(requestTransitions)
    .innerJoin(requestStates, eq(requestStates.key, requestTransitions.toState))
    .where(and(eq(requestTransitions.fromState, from), eq(requestTransitions.toState, to)))
    .limit(1);
  return rows[0];
}

/** Enabled users holding the service_manager role: told of every breach. */
export async function serviceManagerIds(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(and(eq(roles.key, 'service_manager'), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

export async function teamLeadId(db: DbOrTx, teamId: string | null): Promise<string | null> {
  if (!teamId) return null;
  const rows = await db.select({ leadId: teams.leadId }).from(teams).where(eq(teams.id, teamId)).limit(1);
  return rows[0]?.leadId ?? null;
}

// ---- queue overview ----

export async function serviceTeamsWithQueues(db: DbOrTx) {
  return db
    .select({
      teamId: teams.id,
      key: teams.key,
      nameZh: teams.nameZh,
      nameEn: teams.nameEn,
      tier: teams.tier,
      leadId: teams.leadId,
      mode: sql<AssignmentMode>`coalesce(${teamQueues.mode}, 'manual')`,
      version: sql<number>`coalesce(${teamQueues.version}, 1)`,
    })
    .from(teams)
    .leftJoin(teamQueues, eq(teamQueues.teamId, teams.id))
    .where(eq(teams.kind, 'service'))
    .orderBy(asc(teams.tier), asc(teams.key));
}

/** Open work per team: total, unassigned, at risk (warned, not breached), breached. */
export async function queueCounts(db: DbOrTx, teamIds: string[]) {
  if (!teamIds.length) return [];
  const warned = sql`(${serviceRequests.responseWarnedAt} is not null or ${serviceRequests.resolutionWarnedAt} is not null)`;
  const breached = sql`(${serviceRequests.responseBreachedAt} is not null or ${serviceRequests.resolutionBreachedAt} is not null)`;
  return db
    .select({
      teamId: sql<string>`${serviceRequests.teamId}`,
      open: sql<number>`count(*)::int`,
      unassigned: sql<number>`(count(*) filter (where ${serviceRequests.assigneeId} is null))::int`,
      atRisk: sql<number>`(count(*) filter (where ${warned} and not ${breached}))::int`,
      breached: sql<number>`(count(*) filter (where ${breached}))::int`,
    })
    .from(serviceRequests)
    .where(and(inArray(serviceRequests.teamId, teamIds), openSql))
    .groupBy(serviceRequests.teamId);
}

/** Members of the teams with their availability and open load. */
export async function queueMembers(db: DbOrTx, teamIds: string[]) {
  if (!teamIds.length) return [];
  return db
    .select({
      teamId: userTeams.teamId,
      userId: users.id,
      displayName: users.displayName,
      skills: users.skills,
      disabled: users.disabled,
      available: sql<boolean>`coalesce(${agentAvailability.available}, true)`,
      absentUntil: agentAvailability.absentUntil,
      load: sql<number>`(select count(*)::int from ${serviceRequests}
        where ${serviceRequests.assigneeId} = ${users.id} and ${openSql})`,
    })
    .from(userTeams)
    .innerJoin(users, eq(users.id, userTeams.userId))
    .leftJoin(agentAvailability, eq(agentAvailability.userId, users.id))
    .where(inArray(userTeams.teamId, teamIds))
    .orderBy(asc(users.displayName));
}

// ---- availability ----

export async function findAvailability(db: DbOrTx, userId: string) {
  return (await db.select().from(agentAvailability).where(eq(agentAvailability.userId, userId)).limit(1))[0];
}

export async function upsertAvailability(
  tx: Tx,
  userId: string,
  available: boolean,
  absentUntil: Date | null,
  now: Date,
) {
  const [row] = await tx
    .insert(agentAvailability)
    .values({ userId, available, absentUntil, updatedAt: now })
    .onConflictDoUpdate({
      target: agentAvailability.userId,
      set: { available, absentUntil, updatedAt: now },
    })
    .returning();
  return row!;
}

export async function userExists(db: DbOrTx, userId: string): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1)).length > 0;
}
