/**
 * A fast factory for service requests: one direct insert, with the SLA
 * columns computed by the same terms and clock math as intake (policy
 * version at `receivedAt`, due and warning instants on its calendar, the
 * next SLA check). No entitlement check, routing, timeline or audit: tests
 * that need those go through the API.
 *
 *   const r = await newServiceRequest(db, { customerId: c.id, severity: 'L1', receivedAt: t.clock.now() });
 */
import { eq, sql } from 'drizzle-orm';
import { nextSlaCheckAt } from '../../modules/requests/requests.clock.js';
import type { RequestRow } from '../../modules/requests/requests.kernel.js';
import {
  freshClock,
  requestNumber,
  shanghaiYear,
  standardPolicyId,
  termColumns,
  termsFor,
} from '../../modules/requests/requests.terms.js';
import type { DbOrTx } from '../../platform/db.js';
import { indexTokens, toTsvector } from '../../platform/search.js';
import { serviceRequestNumberSeq, serviceRequests } from '../schema/requests.js';
import { slaPolicies } from '../schema/sla.js';
import { builtinStates } from './service-desk.js';

let seq = 0;

export type NewServiceRequestOptions = Partial<Omit<typeof serviceRequests.$inferInsert, 'searchVector'>> & {
  customerId: string;
  /** A shipped policy by key ('standard', 'business_hours', 'premium'); ignored when slaPolicyId is given. */
  policyKey?: string;
};

export async function newServiceRequest(db: DbOrTx, o: NewServiceRequestOptions): Promise<RequestRow> {
  const { policyKey, ...over } = o;
  const receivedAt = over.receivedAt ?? new Date();
  const severity = over.severity ?? 'L3';
  let policyId = over.slaPolicyId ?? null;
  if (!policyId && policyKey) {
    const [p] = await db
      .select({ id: slaPolicies.id })
      .from(slaPolicies)
      .where(eq(slaPolicies.builtinKey, policyKey));
    if (!p) throw new Error(`SLA policy ${policyKey} is not seeded`);
    policyId = p.id;
  }
  policyId ??= await standardPolicyId(db);
  const terms = await termsFor({ db: db as never }, policyId, severity, receivedAt);
  const [{ n }] = (
    await db.execute<{ n: string }>(sql`select nextval(${serviceRequestNumberSeq.seqName}) as n`)
  ).rows as [{ n: string }];
  const number = over.number ?? requestNumber(shanghaiYear(receivedAt), Number(n));
  const state = over.state ?? 'received';
  const subject = over.subject ?? `测试服务请求${++seq}`;
  const values = {
    channel: 'phone' as const,
    category: 'incident',
    coverage: 'billable' as const,
    feeCategory: over.coverage && over.coverage !== 'billable' ? null : 'technical_support',
    entitlement: {},
    ...termColumns(terms),
    ...freshClock(terms, receivedAt),
    createdAt: receivedAt,
    updatedAt: receivedAt,
    ...over,
    number,
    severity,
    receivedAt,
    subject,
    state,
    stateCategory: over.stateCategory ?? builtinStates.find((s) => s.key === state)?.category ?? 'open',
  };
  const row = {
    ...values,
    pausedAt: values.pausedAt ?? null,
    pausedWorkingSeconds: values.pausedWorkingSeconds ?? 0,
    responseWarnedAt: values.responseWarnedAt ?? null,
    responseBreachedAt: values.responseBreachedAt ?? null,
    resolutionWarnedAt: values.resolutionWarnedAt ?? null,
    resolutionBreachedAt: values.resolutionBreachedAt ?? null,
    firstResponseAt: values.firstResponseAt ?? null,
    resolvedAt: values.resolvedAt ?? null,
    responseTargetMinutes: values.responseTargetMinutes ?? null,
    resolutionTargetMinutes: values.resolutionTargetMinutes ?? null,
    warningPercent: values.warningPercent ?? 75,
    responseWarnAt: values.responseWarnAt ?? null,
    responseDueAt: values.responseDueAt ?? null,
    resolutionWarnAt: values.resolutionWarnAt ?? null,
    resolutionDueAt: values.resolutionDueAt ?? null,
  };
  const [inserted] = await db
    .insert(serviceRequests)
    .values({
      ...values,
      // Overrides of answered/resolved/paused fields change what is still pending.
      nextSlaCheckAt: 'nextSlaCheckAt' in over ? over.nextSlaCheckAt : nextSlaCheckAt(row),
      searchVector: toTsvector(indexTokens(number, subject, values.description ?? '')),
    })
    .returning();
  return inserted!;
}
