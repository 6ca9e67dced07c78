/**
 * SLA policies (SPEC §6): per severity a response and a resolution target in
 * working minutes on a business calendar, plus a warning threshold. Policies
 * are versioned: a change appends a version effective from now (injected
 * clock) and never rewrites an old one, so a request keeps the targets of the
 * version in effect when it was received. Reading needs sla:read, changes
 * sla:manage; every write is audited in its transaction.
 */
import type { Severity, SlaTarget } from '../../db/schema/sla.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, notFound } from '../../platform/errors.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import { calendarFor } from '../calendars/index.js';
import * as repo from './sla.repo.js';
import type { CreatePolicyInput, PolicyVersionView, PolicyView, UpdatePolicyInput } from './sla.schema.js';

export function toVersionView(v: repo.VersionRow): PolicyVersionView {
  return {
    policyId: v.policyId,
    version: v.version,
    effectiveFrom: v.effectiveFrom.toISOString(),
    name: v.name,
    description: v.description,
    calendarId: v.calendarId,
    targets: v.targets,
    warningPercent: v.warningPercent,
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdBy,
  };
}

function toView(p: repo.PolicyRow, versions: repo.VersionRow[]): PolicyView {
  const own = versions.filter((v) => v.policyId === p.id);
  const current = own.find((v) => v.version === p.version);
  if (!current) throw new Error(`SLA policy ${p.id} lacks its version ${p.version}`);
  return {
    id: p.id,
    builtinKey: p.builtinKey,
    name: p.name,
    version: p.version,
    current: toVersionView(current),
    versions: own.map((v) => ({
      version: v.version,
      effectiveFrom: v.effectiveFrom.toISOString(),
      name: v.name,
    })),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

async function viewOf(deps: Deps, id: string): Promise<PolicyView> {
  const p = await repo.findPolicy(deps.db, id);
  if (!p) throw notFound('SLA policy');
  return toView(p, await repo.listVersions(deps.db, id));
}

export async function listPolicies(deps: Deps, actor: Actor): Promise<PolicyView[]> {
  requirePermission(actor, 'sla:read');
  const [policies, versions] = await Promise.all([repo.listPolicies(deps.db), repo.listVersions(deps.db)]);
  return policies.map((p) => toView(p, versions));
}

/** The policy with its current version and the list of all versions. */
export async function getPolicy(deps: Deps, actor: Actor, id: string): Promise<PolicyView> {
  requirePermission(actor, 'sla:read');
  return viewOf(deps, id);
}

export async function getPolicyVersion(
  deps: Deps,
  actor: Actor,
  id: string,
  version: number,
): Promise<PolicyVersionView> {
  requirePermission(actor, 'sla:read');
  const v = await repo.findVersion(deps.db, id, version);
  if (!v) throw notFound('SLA policy version');
  return toVersionView(v);
}

async function requireCalendar(
  deps: Deps,
  calendarId: string,
  path: (string | number)[] = ['body', 'calendarId'],
): Promise<void> {
  try {
    await calendarFor(deps, calendarId);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'not_found')
      throw invalid(path, 'No such calendar', 'unknown_entity', { entity: 'calendar' });
    throw err;
  }
}

/** Every per-target calendar a change names must exist (a typo would silently fall back otherwise). */
async function requireTargetCalendars(
  deps: Deps,
  targets: Partial<Record<Severity, Partial<SlaTarget> | undefined>>,
): Promise<void> {
  for (const [severity, t] of Object.entries(targets)) {
    for (const key of ['responseCalendarId', 'resolutionCalendarId'] as const) {
      const id = t?.[key];
      if (id) await requireCalendar(deps, id, ['body', 'targets', severity, key]);
    }
  }
}

export async function createPolicy(deps: Deps, actor: Actor, input: CreatePolicyInput): Promise<PolicyView> {
  requirePermission(actor, 'sla:manage');
  await requireCalendar(deps, input.calendarId);
  await requireTargetCalendars(deps, input.targets);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const policy = await repo.insertPolicy(tx, {
      name: input.name,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const version = await repo.insertVersion(tx, {
      policyId: policy.id,
      version: 1,
      effectiveFrom: now,
      name: input.name,
      description: input.description ?? null,
      calendarId: input.calendarId,
      targets: input.targets,
      warningPercent: input.warningPercent,
      createdAt: now,
      createdBy: actor.via === 'system' ? null : actor.userId,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'sla_policy.created',
      entityType: 'sla_policy',
      entityId: policy.id,
      after: version,
    });
    return policy.id;
  });
  return viewOf(deps, id);
}

/** Appends a new version (effective now) with the changes; requires If-Match with the current version. */
export async function updatePolicy(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  input: UpdatePolicyInput,
): Promise<PolicyView> {
  requirePermission(actor, 'sla:manage');
  requireIfMatch(expectedVersion);
  if (input.calendarId) await requireCalendar(deps, input.calendarId);
  await requireTargetCalendars(deps, input.targets ?? {});
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const policy = await repo.lockPolicy(tx, id);
    if (!policy) throw notFound('SLA policy');
    assertVersion('SLA policy', policy.version, expectedVersion);
    const before = (await repo.findVersion(tx, id, policy.version))!;
    const next = policy.version + 1;
    const after = await repo.insertVersion(tx, {
      policyId: id,
      version: next,
      // Versions must follow each other in time, even if the clock was set back.
      effectiveFrom: new Date(Math.max(now.getTime(), before.effectiveFrom.getTime())),
      name: input.name ?? before.name,
      description: input.description !== undefined ? input.description : before.description,
      calendarId: input.calendarId ?? before.calendarId,
      targets: { ...before.targets, ...stripUndefined(input.targets ?? {}) },
      warningPercent: input.warningPercent ?? before.warningPercent,
      createdAt: now,
      createdBy: actor.via === 'system' ? null : actor.userId,
    });
    await repo.updatePolicy(tx, id, { name: after.name, version: next, updatedAt: now });
    await recordAudit(tx, deps.clock, actor, {
      action: 'sla_policy.updated',
      entityType: 'sla_policy',
      entityId: id,
      before,
      after,
    });
  });
  return viewOf(deps, id);
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
