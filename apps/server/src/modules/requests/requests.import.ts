/**
 * Historical import (requests:import): requests from an old system with their
 * original timestamps. Each row is decided as if it had been received then —
 * the entitlement and policy version at receipt, due times on that calendar,
 * the measured KPIs, and breach/warning flags set directly from the times
 * (no SLA events and no notifications: the past is not news). A dry run
 * reports every row; a commit is all-or-nothing, so a corrected file can be
 * sent again without duplicates from a half-imported first try.
 */
import { and, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { customers } from '../../db/schema/customers.js';
import { requestChannels } from '../../db/schema/requests.js';
import { severities } from '../../db/schema/sla.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, type FieldIssue } from '../../platform/errors.js';
import { instant } from '../../platform/fields.js';
import { requestCategories } from '../../workflows/entitlement.js';
import { customerScopeCondition } from '../customers/index.js';
import {
  type CalendarArg,
  nextSlaCheckAt,
  resolutionKpis,
  responseKpis,
  type SlaPatch,
  type SlaRow,
} from './requests.clock.js';
import { entitlementFor, searchVectorOf } from './requests.intake.js';
import { appendEvent } from './requests.kernel.js';
import * as repo from './requests.repo.js';
import {
  freshClock,
  policyIdFor,
  requestNumber,
  shanghaiYear,
  termColumns,
  termsFor,
} from './requests.terms.js';
import { slaVerdicts } from './requests.verdict.js';

export const importRow = z.strictObject({
  customerId: z.uuid().optional(),
  customerName: z.string().trim().min(1).max(200).optional(),
  number: z.string().trim().max(40).optional(),
  subject: z.string().trim().min(1).max(300),
  description: z.string().trim().max(20_000).default(''),
  severity: z.enum(severities),
  category: z.enum(requestCategories),
  channel: z.enum(requestChannels).default('phone'),
  receivedAt: instant,
  firstResponseAt: instant.optional(),
  resolvedAt: instant.optional(),
  closedAt: instant.optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
});
export const importBody = z.strictObject({
  dryRun: z.boolean().default(true),
  rows: z.array(importRow).min(1).max(1000),
});
export const importResult = z.object({
  dryRun: z.boolean(),
  imported: z.number().int(),
  rows: z.array(
    z.object({
      index: z.number().int(),
      ok: z.boolean(),
      id: z.uuid().nullable(),
      number: z.string().nullable(),
      coverage: z.string().nullable(),
      responseDueAt: z.string().nullable(),
      resolutionDueAt: z.string().nullable(),
      responseBreached: z.boolean(),
      resolutionBreached: z.boolean(),
      errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
    }),
  ),
});
type ImportRow = z.infer<typeof importRow>;
type RowResult = z.infer<typeof importResult>['rows'][number];

const late = (done: Date | null, due: Date | null, now: Date) => !!due && (done ?? now) > due;

/**
 * The clock columns of a fresh request after its recorded history: the
 * response and resolution KPIs as the flows measure them, warnings as the
 * sweep would have fired them, and met/breached/count from the one verdict
 * (a request resolved without a reply has its first response at the
 * resolution, so an in-time resolution is an in-time response). Pure.
 */
export function replayHistory<R extends SlaRow>(
  fresh: R,
  calendar: CalendarArg,
  h: { firstResponseAt?: Date | undefined; resolvedAt?: Date | undefined },
  now: Date,
): R & SlaPatch {
  let row: R & SlaPatch = { ...fresh };
  if (h.firstResponseAt) row = { ...row, ...responseKpis(row, calendar, h.firstResponseAt) };
  if (h.resolvedAt) row = { ...row, ...resolutionKpis(row, calendar, h.resolvedAt) };
  const warned = {
    responseWarnedAt: late(row.firstResponseAt, row.responseWarnAt, now) ? row.responseWarnAt : null,
    resolutionWarnedAt: late(row.resolvedAt, row.resolutionWarnAt, now) ? row.resolutionWarnAt : null,
  };
  return { ...row, ...warned, ...slaVerdicts({ ...row, ...warned }, now) };
}

/** The full column set of one historical request, or the row's problems. */
async function prepare(deps: Deps, r: ImportRow, customerId: string, now: Date) {
  const ent = await entitlementFor(deps, { customerId, category: r.category, at: r.receivedAt });
  const terms = await termsFor(deps, await policyIdFor(deps.db, ent), r.severity, r.receivedAt);
  const base = {
    customerId,
    channel: r.channel,
    category: r.category,
    severity: r.severity,
    subject: r.subject,
    description: r.description,
    tags: r.tags,
    coverage: ent.coverage,
    contractId: ent.contract?.id ?? null,
    warrantyId: ent.warranty?.id ?? null,
    feeCategory: ent.feeCategory ?? null,
    entitlement: ent as unknown as Record<string, unknown>,
    ...termColumns(terms),
    receivedAt: r.receivedAt,
    ...freshClock(terms, r.receivedAt),
    pausedAt: null as Date | null,
    responseWarnedAt: null as Date | null,
    responseBreachedAt: null as Date | null,
    resolutionWarnedAt: null as Date | null,
    resolutionBreachedAt: null as Date | null,
    firstResponseAt: null as Date | null,
    resolvedAt: null as Date | null,
    firstResponseCalendarMinutes: null as number | null,
    firstResponseWorkingMinutes: null as number | null,
    responseMet: null as boolean | null,
    resolutionCalendarMinutes: null as number | null,
    resolutionWorkingMinutes: null as number | null,
    resolutionMet: null as boolean | null,
  };
  const row = replayHistory(base, terms.calendar, r, now);
  const state = r.closedAt
    ? 'closed'
    : r.resolvedAt
      ? 'resolved'
      : r.firstResponseAt
        ? 'in_progress'
        : 'received';
  const stateCategory = r.closedAt
    ? 'closed'
    : r.resolvedAt
      ? 'resolved'
      : r.firstResponseAt
        ? 'open'
        : 'new';
  return {
    ...row,
    state,
    stateCategory: stateCategory as 'closed' | 'resolved' | 'open' | 'new',
    closedAt: r.closedAt ?? null,
    nextSlaCheckAt: r.closedAt ? null : nextSlaCheckAt(row),
  };
}

function orderIssues(r: ImportRow): FieldIssue[] {
  const out: FieldIssue[] = [];
  const after = (k: 'firstResponseAt' | 'resolvedAt' | 'closedAt', than: Date | undefined, what: string) => {
    const v = r[k];
    if (v && than && v < than) out.push({ path: [k], message: `Must not be before ${what}` });
  };
  after('firstResponseAt', r.receivedAt, 'receivedAt');
  after('resolvedAt', r.receivedAt, 'receivedAt');
  after('closedAt', r.resolvedAt ?? r.receivedAt, r.resolvedAt ? 'resolvedAt' : 'receivedAt');
  if (!r.customerId && !r.customerName)
    out.push({ path: ['customerId'], message: 'customerId or customerName is required' });
  return out;
}

/** Dry run (report only) or commit (all rows or none). */
export async function importRequests(deps: Deps, actor: Actor, input: z.infer<typeof importBody>) {
  requirePermission(actor, 'requests:import');
  const now = deps.clock.now();
  const names = [
    ...new Set(input.rows.flatMap((r) => (r.customerName && !r.customerId ? [r.customerName] : []))),
  ];
  const ids = [...new Set(input.rows.flatMap((r) => (r.customerId ? [r.customerId] : [])))];
  const known = await deps.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      and(
        customerScopeCondition(actor),
        inArray(customers.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']),
      ),
    );
  const byName = names.length
    ? await deps.db
        .select({ id: customers.id, name: customers.name })
        .from(customers)
        .where(and(customerScopeCondition(actor), inArray(customers.name, names)))
    : [];
  const idSet = new Set(known.map((c) => c.id));
  const given = input.rows.flatMap((r) => (r.number ? [r.number] : []));
  const taken = new Set(await repo.numbersInUse(deps.db, given));
  const seen = new Set<string>();
  const prepared: (Awaited<ReturnType<typeof prepare>> | null)[] = [];
  const results: RowResult[] = [];
  for (const [index, r] of input.rows.entries()) {
    const errors = orderIssues(r);
    if (r.number && (taken.has(r.number) || seen.has(r.number)))
      errors.push({ path: ['number'], message: 'This request number is already used' });
    if (r.number) seen.add(r.number);
    let customerId = r.customerId && idSet.has(r.customerId) ? r.customerId : undefined;
    if (r.customerId && !customerId) errors.push({ path: ['customerId'], message: 'No such customer' });
    if (!r.customerId && r.customerName) {
      const matches = byName.filter((c) => c.name === r.customerName);
      if (matches.length === 1) customerId = matches[0]!.id;
      else
        errors.push({
          path: ['customerName'],
          message: matches.length ? 'Several customers have this name' : 'No such customer',
        });
    }
    const p = errors.length || !customerId ? null : await prepare(deps, r, customerId, now);
    prepared.push(p);
    results.push({
      index,
      ok: errors.length === 0,
      id: null,
      number: r.number ?? null,
      coverage: p?.coverage ?? null,
      responseDueAt: p?.responseDueAt?.toISOString() ?? null,
      resolutionDueAt: p?.resolutionDueAt?.toISOString() ?? null,
      responseBreached: !!p?.responseBreachedAt,
      resolutionBreached: !!p?.resolutionBreachedAt,
      errors,
    });
  }
  if (input.dryRun) return { dryRun: true, imported: 0, rows: results };
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    throw new DomainError('validation', `${failed.length} row(s) cannot be imported; nothing was imported`, {
      issues: failed.flatMap((r) =>
        r.errors.map((e) => ({ ...e, path: ['body', 'rows', r.index, ...e.path] })),
      ),
    });
  }
  await deps.db.transaction(async (tx: Tx) => {
    for (const [i, p] of prepared.entries()) {
      const r = input.rows[i]!;
      const number = r.number ?? requestNumber(shanghaiYear(r.receivedAt), await repo.nextNumberValue(tx));
      const row = await repo.insertRequest(tx, {
        ...p!,
        number,
        imported: true,
        searchVector: searchVectorOf({ number, subject: r.subject, description: r.description }) as never,
        createdBy: actor.via === 'system' ? null : actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await appendEvent(tx, row.id, 'imported', { actorId: actor.userId, at: now, data: { number } });
      results[i] = { ...results[i]!, id: row.id, number };
    }
    await recordAudit(tx, deps.clock, actor, {
      action: 'request.import',
      entityType: 'service_request',
      entityId: 'import',
      after: { count: prepared.length, numbers: results.map((r) => r.number) },
    });
  });
  return { dryRun: false, imported: prepared.length, rows: results };
}
