/**
 * The desk's configuration (service_desk:manage): request states (grouped in
 * categories; shipped ones cannot be deleted), the transition table, and the
 * settings row (reopen window, auto-close delay, If-Match).
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  requestStates,
  requestTransitions,
  resolutionRequirements,
  serviceDeskSettings,
  serviceRequests,
  stateCategories,
} from '../../db/schema/requests.js';
import { severities } from '../../db/schema/sla.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, DomainError, invalid, notFound } from '../../platform/errors.js';
import { checkVersion } from '../../platform/versioning.js';
import { requestCategories } from '../../workflows/entitlement.js';
import { invalidateDeskConfig } from './requests.config.js';
import * as repo from './requests.repo.js';

/**
 * A write to the desk's configuration. The per-process cache of it
 * (requests.config.ts) is dropped once the transaction ends, so the change
 * takes effect immediately in this process (committed or not: a reload is cheap).
 */
function configWrite<T>(deps: Deps, write: (tx: Tx) => Promise<T>): Promise<T> {
  return deps.db.transaction(write).finally(() => invalidateDeskConfig(deps.db));
}

const name = z.string().trim().min(1).max(60);
export const stateCreateBody = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _'),
  category: z.enum(stateCategories),
  nameZh: name,
  nameEn: name,
  position: z.number().int().min(0).max(10_000).optional(),
});
export const statePatchBody = z.strictObject({
  nameZh: name.optional(),
  nameEn: name.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const stateKeyParams = z.strictObject({ key: z.string().max(40) });
export const transitionsBody = z.strictObject({
  transitions: z.array(z.strictObject({ from: z.string().max(40), to: z.string().max(40) })).max(500),
});
const resolutionRule = z.strictObject({
  /** Request categories the rule applies to; empty = every category. */
  categories: z.array(z.enum(requestCategories)).max(requestCategories.length),
  /** Severities the rule applies to; empty = every severity. */
  severities: z.array(z.enum(severities)).max(severities.length),
  require: z.array(z.enum(resolutionRequirements)).min(1).max(resolutionRequirements.length),
});
export const settingsBody = z.strictObject({
  reopenWindowDays: z.number().int().min(0).max(365),
  autoCloseDays: z.number().int().min(1).max(365),
  /** What resolving needs, per category and severity (absent = unchanged). */
  resolutionRules: z.array(resolutionRule).max(50).optional(),
});

export const stateView = z.object({
  key: z.string(),
  category: z.enum(stateCategories),
  nameZh: z.string(),
  nameEn: z.string(),
  position: z.number().int(),
  builtin: z.boolean(),
});
export const statesResponse = z.object({
  states: z.array(stateView),
  transitions: z.array(z.object({ from: z.string(), to: z.string() })),
});
export const settingsResponse = z.object({
  reopenWindowDays: z.number().int(),
  autoCloseDays: z.number().int(),
  resolutionRules: z.array(
    z.object({
      categories: z.array(z.string()),
      severities: z.array(z.string()),
      require: z.array(z.enum(resolutionRequirements)),
    }),
  ),
  version: z.number().int(),
  updatedAt: z.string(),
});

const audit = (
  deps: Deps,
  tx: Parameters<typeof recordAudit>[0],
  actor: Actor,
  action: string,
  id: string,
  before: unknown,
  after: unknown,
) => recordAudit(tx, deps.clock, actor, { action, entityType: 'service_desk', entityId: id, before, after });

/** States and transitions (every request reader: the console draws state menus from them). */
export async function getStates(deps: Deps, actor: Actor) {
  requirePermission(actor, 'requests:read');
  const [states, transitions] = [await repo.listStates(deps.db), await repo.listTransitions(deps.db)];
  return { states, transitions: transitions.map((t) => ({ from: t.fromState, to: t.toState })) };
}

export async function createState(deps: Deps, actor: Actor, input: z.infer<typeof stateCreateBody>) {
  requirePermission(actor, 'service_desk:manage');
  return configWrite(deps, async (tx) => {
    if (await repo.findState(tx, input.key))
      throw new DomainError('conflict', `State ${input.key} exists`, {
        detailCode: 'state_exists',
        params: { key: input.key },
      });
    const states = await repo.listStates(tx);
    const position = input.position ?? Math.max(0, ...states.map((s) => s.position)) + 10;
    const [row] = await tx
      .insert(requestStates)
      .values({ ...input, position, builtin: false })
      .returning();
    await audit(deps, tx, actor, 'request_state.create', input.key, null, row);
    return row!;
  });
}

export async function updateState(
  deps: Deps,
  actor: Actor,
  key: string,
  input: z.infer<typeof statePatchBody>,
) {
  requirePermission(actor, 'service_desk:manage');
  return configWrite(deps, async (tx) => {
    const before = await repo.findState(tx, key);
    if (!before) throw notFound('Request state');
    const [row] = await tx.update(requestStates).set(input).where(eq(requestStates.key, key)).returning();
    await audit(deps, tx, actor, 'request_state.update', key, before, row);
    return row!;
  });
}

/** Deletes a state no request is in; shipped states stay (the flow's defaults name them). */
export async function deleteState(deps: Deps, actor: Actor, key: string) {
  requirePermission(actor, 'service_desk:manage');
  await configWrite(deps, async (tx) => {
    const before = await repo.findState(tx, key);
    if (!before) throw notFound('Request state');
    if (before.builtin)
      throw conflict('A shipped state cannot be deleted', { reason: 'builtin' }, 'state_builtin');
    const used = await tx
      .select({ one: sql`1` })
      .from(serviceRequests)
      .where(eq(serviceRequests.state, key))
      .limit(1);
    if (used.length) throw conflict('Requests are in this state', { reason: 'in_use' }, 'state_in_use');
    await tx.delete(requestStates).where(eq(requestStates.key, key));
    await audit(deps, tx, actor, 'request_state.delete', key, before, null);
  });
}

/** Replaces the whole transition table (the admin edits it as a matrix). */
export async function putTransitions(deps: Deps, actor: Actor, input: z.infer<typeof transitionsBody>) {
  requirePermission(actor, 'service_desk:manage');
  return configWrite(deps, async (tx) => {
    const keys = new Set((await repo.listStates(tx)).map((s) => s.key));
    input.transitions.forEach((t, i) => {
      if (!keys.has(t.from))
        throw invalid(['body', 'transitions', i, 'from'], `Unknown state ${t.from}`, 'unknown_state', {
          state: t.from,
        });
      if (!keys.has(t.to))
        throw invalid(['body', 'transitions', i, 'to'], `Unknown state ${t.to}`, 'unknown_state', {
          state: t.to,
        });
      if (t.from === t.to)
        throw invalid(['body', 'transitions', i, 'to'], 'A state cannot go to itself', 'self_reference');
    });
    const before = await repo.listTransitions(tx);
    await tx.delete(requestTransitions).where(sql`true`);
    const unique = [...new Map(input.transitions.map((t) => [`${t.from}>${t.to}`, t])).values()];
    if (unique.length)
      await tx.insert(requestTransitions).values(unique.map((t) => ({ fromState: t.from, toState: t.to })));
    await audit(deps, tx, actor, 'request_transitions.replace', 'transitions', before, unique);
    return unique;
  });
}

const settingsView = (s: Awaited<ReturnType<typeof repo.getSettings>>) => ({
  reopenWindowDays: s.reopenWindowDays,
  autoCloseDays: s.autoCloseDays,
  resolutionRules: s.resolutionRules,
  version: s.version,
  updatedAt: s.updatedAt.toISOString(),
});

export async function getDeskSettings(deps: Deps, actor: Actor) {
  requirePermission(actor, 'requests:read');
  return settingsView(await repo.getSettings(deps.db));
}

export async function putDeskSettings(
  deps: Deps,
  actor: Actor,
  expectedVersion: number | undefined,
  input: z.infer<typeof settingsBody>,
) {
  requirePermission(actor, 'service_desk:manage');
  return configWrite(deps, async (tx) => {
    const [before] = await tx
      .select()
      .from(serviceDeskSettings)
      .where(eq(serviceDeskSettings.id, 1))
      .for('update');
    if (!before) throw notFound('Service desk settings');
    checkVersion('service desk settings', before.version, expectedVersion);
    const [row] = await tx
      .update(serviceDeskSettings)
      .set({ ...input, version: before.version + 1, updatedAt: deps.clock.now() })
      .where(and(eq(serviceDeskSettings.id, 1)))
      .returning();
    await audit(deps, tx, actor, 'service_desk.settings', 'settings', before, row);
    return settingsView(row!);
  });
}
