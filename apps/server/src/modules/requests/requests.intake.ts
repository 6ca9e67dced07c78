/**
 * Intake: the one use case every channel calls (agent phone intake, the
 * portal, the API, email later). It decides the entitlement at the instant
 * of receipt, stores the decision and the SLA terms it grants with the due
 * instants, numbers the request, and routes it — all in one transaction.
 */
import { type Actor, requirePermission, systemActor } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid, notFound } from '../../platform/errors.js';
import { withIdempotency } from '../../platform/idempotency.js';
import { permissions } from '../../platform/permissions.js';
import { indexTokens, toTsvector } from '../../platform/search.js';
import { type Entitlement, type EntitlementQuery, resolveEntitlement } from '../../workflows/entitlement.js';
import { customerInScope } from '../customers/index.js';
import { routeNewRequest } from '../routing/index.js';
import { autoAcknowledge } from '../timeline/index.js';
import { deskConfig } from './requests.config.js';
import { appendEvent, type RequestRow } from './requests.kernel.js';
import { loadDetail } from './requests.read.js';
import * as repo from './requests.repo.js';
import type { RequestCreate, RequestDetail } from './requests.schema.js';
import {
  freshClock,
  noStandardPolicy,
  requestNumber,
  shanghaiYear,
  termColumns,
  termsFor,
} from './requests.terms.js';

/**
 * The entitlement decision for a request. The caller has already checked
 * that the customer is in its scope; the check itself runs as the system
 * because customer contacts (portal intake) do not hold entitlements:check —
 * they may not browse other contracts, but their own request must still be
 * decided. Validation paths point into the request body.
 */
export async function entitlementFor(
  deps: Deps,
  q: EntitlementQuery,
  opts: { customerChecked?: boolean } = {},
): Promise<Entitlement> {
  try {
    return await resolveEntitlement(deps, systemActor(permissions, 'entitlement'), q, opts);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'validation') {
      throw new DomainError('validation', err.message, {
        issues: err.issues.map((i) => ({
          ...i,
          path: i.path.map((p) => (p === 'querystring' ? 'body' : p)),
        })),
      });
    }
    throw err;
  }
}

/** Checks the references of a request body against the customer; returns the product implied by a deployment. */
export async function checkReferences(
  tx: Deps['db'] | Tx,
  customerId: string,
  input: {
    contactId?: string | null | undefined;
    deploymentId?: string | null | undefined;
    productId?: string | null | undefined;
    productVersionId?: string | null | undefined;
  },
): Promise<string | null> {
  if (input.contactId && !(await repo.contactOfCustomer(tx, input.contactId, customerId)))
    throw invalid(['body', 'contactId'], 'Not a contact of this customer', 'not_of_customer', {
      entity: 'contact',
    });
  let productId = input.productId ?? null;
  if (input.deploymentId) {
    const d = await repo.deploymentRef(tx, input.deploymentId);
    if (!d || d.customerId !== customerId)
      throw invalid(['body', 'deploymentId'], 'Not a deployment of this customer', 'not_of_customer', {
        entity: 'deployment',
      });
    if (productId && productId !== d.productId)
      throw invalid(['body', 'productId'], 'Not the product of this deployment', 'not_deployment_product');
    productId = d.productId;
  } else if (productId && !(await repo.productExists(tx, productId))) {
    throw invalid(['body', 'productId'], 'No such product', 'unknown_entity', { entity: 'product' });
  }
  if (input.productVersionId) {
    const of = await repo.versionOfProduct(tx, input.productVersionId);
    if (!of || (productId && of !== productId))
      throw invalid(['body', 'productVersionId'], 'Not a version of this product', 'not_product_version');
    productId ??= of;
  }
  return productId;
}

/** Channels where nobody is on the line to confirm receipt, so the system does. */
const autoAcknowledged = new Set<string>(['portal', 'email', 'api']);

export const searchVectorOf = (r: { number: string; subject: string; description: string }) =>
  toTsvector(indexTokens(r.number, r.subject, r.description));

export interface ReceiveOptions {
  /** Run inside the caller's transaction (e.g. the email channel); no idempotency then. */
  tx?: Tx;
  idempotencyKey?: string | undefined;
  rawBody?: unknown;
}

/**
 * Receives a service request from any channel. Customer contacts create for
 * their own organisation only, always as 'portal', and cannot route.
 */
export async function receiveRequest(
  deps: Deps,
  actor: Actor,
  input: RequestCreate,
  opts: ReceiveOptions = {},
): Promise<{ status: number; body: RequestDetail; replayed: boolean }> {
  requirePermission(actor, 'requests:create');
  const isCustomer = actor.scope === 'organisation';
  const request: RequestCreate = isCustomer
    ? { ...input, channel: 'portal', teamId: null, assigneeId: null }
    : input;
  const create = (tx: Tx) => insertRequestTx(deps, tx, actor, request);
  if (opts.tx) return { status: 201, body: await create(opts.tx), replayed: false };
  return withIdempotency(
    deps.db,
    {
      key: opts.idempotencyKey,
      userId: actor.userId,
      route: 'POST /api/requests',
      request: opts.rawBody ?? input,
      status: 201,
    },
    create,
  );
}

async function insertRequestTx(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  input: RequestCreate,
): Promise<RequestDetail> {
  if (!(await customerInScope(tx, actor, input.customerId))) throw notFound('Customer');
  const productId = await checkReferences(tx, input.customerId, input);
  const receivedAt = deps.clock.now();
  const ent = await entitlementFor(
    deps,
    {
      customerId: input.customerId,
      deploymentId: input.deploymentId ?? undefined,
      productId: productId ?? undefined,
      category: input.category,
      at: receivedAt,
    },
    { customerChecked: true },
  );
  const config = await deskConfig(deps, tx);
  // Same rule as policyIdFor, with the standard policy's id from the per-process configuration.
  const policyId = ent.contract?.slaPolicyId ?? config.standardPolicyId;
  if (!policyId) throw noStandardPolicy();
  const terms = await termsFor(deps, policyId, input.severity, receivedAt);
  const number = requestNumber(shanghaiYear(receivedAt), await repo.nextNumberValue(tx));
  const initial = config.states.find((s) => s.category === 'new');
  if (!initial)
    throw new DomainError('unavailable', 'No request state of category new is configured', {
      detailCode: 'no_new_state',
    });
  const row: RequestRow = await repo.insertRequest(tx, {
    number,
    customerId: input.customerId,
    contactId: input.contactId ?? null,
    deploymentId: input.deploymentId ?? null,
    productId,
    productVersionId: input.productVersionId ?? null,
    channel: input.channel,
    category: input.category,
    severity: input.severity,
    subject: input.subject,
    description: input.description,
    environment: input.environment,
    reproductionSteps: input.reproductionSteps,
    impactScope: input.impactScope,
    tags: input.tags,
    state: initial.key,
    stateCategory: 'new',
    coverage: ent.coverage,
    contractId: ent.contract?.id ?? null,
    warrantyId: ent.warranty?.id ?? null,
    feeCategory: ent.feeCategory ?? null,
    entitlement: ent as unknown as Record<string, unknown>,
    ...termColumns(terms),
    receivedAt,
    ...freshClock(terms, receivedAt),
    searchVector: searchVectorOf({ number, subject: input.subject, description: input.description }) as never,
    createdBy: actor.via === 'system' ? null : actor.userId,
    createdAt: receivedAt,
    updatedAt: receivedAt,
  });
  await appendEvent(tx, row.id, 'received', {
    actorId: actor.via === 'system' ? null : actor.userId,
    at: receivedAt,
    visibility: 'public',
    data: { number, channel: input.channel, coverage: ent.coverage, severity: input.severity },
  });
  await routeNewRequest(tx, deps, row, {
    ...(input.teamId ? { teamId: input.teamId } : {}),
    ...(input.assigneeId ? { assigneeId: input.assigneeId } : {}),
  });
  // Self-service channels get an automatic receipt; it does not stop the response clock (SPEC §6).
  if (autoAcknowledged.has(input.channel)) await autoAcknowledge(tx, row, receivedAt);
  const detail = await loadDetail(deps, tx, actor, row.id, { created: true });
  await recordAudit(tx, deps.clock, actor, {
    action: 'request.create',
    entityType: 'service_request',
    entityId: row.id,
    customerId: row.customerId,
    after: detail,
  });
  return detail;
}
