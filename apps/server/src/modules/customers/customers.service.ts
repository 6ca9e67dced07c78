/**
 * Customer use cases: list and search, read, create (idempotent, with
 * duplicate detection), update (optimistic version), delete, facets and the
 * customer timeline. Each starts with one access check; data scope is applied
 * in the repo's SQL; every write is audited in its own transaction.
 */
import { inArray, not } from 'drizzle-orm';
import { customers } from '../../db/schema/customers.js';
import { type Actor, can } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx, Tx } from '../../platform/db.js';
import { isForeignKeyViolation } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, forbidden, invalid, notFound } from '../../platform/errors.js';
import { withIdempotency } from '../../platform/idempotency.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/pagination.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import { listAuditEntries } from '../audit/index.js';
import { normalizePhones } from './credit-code.js';
import { toContactDto, toCustomerDto } from './customers.dto.js';
import {
  assertNoDuplicates,
  duplicateError,
  findDuplicates,
  isCreditCodeConflict,
} from './customers.duplicates.js';
import { normalizeName } from './customers.names.js';
import { checkAssignment, defaultTeam, requireCustomerAccess } from './customers.policy.js';
import * as repo from './customers.repo.js';
import type {
  CustomerCreate,
  CustomerDetailDto,
  CustomerDto,
  CustomerListQuery,
  CustomerPatch,
  DuplicateMatch,
} from './customers.schema.js';
import { searchColumns } from './customers.search.js';
import { INDUSTRIES } from './reference/industries.js';
import { type RegionNode, regionName, regionTree } from './reference/regions.js';

/** Exact-name matches shown first on a search's first page (and kept off later pages). */
const EXACT_FIRST = 5;

/** A page of customers in the actor's scope, filtered, searched and sorted. */
export async function listCustomers(
  deps: Deps,
  actor: Actor,
  q: CustomerListQuery,
): Promise<Page<CustomerDto>> {
  requireCustomerAccess(actor, 'read');
  const cursor = decodeCursor(q.cursor);
  const normalized = q.q ? normalizeName(q.q) : '';
  const exact =
    normalized && q.limit > 1
      ? await repo.findExactNameMatches(deps.db, actor, q, normalized, Math.min(EXACT_FIRST, q.limit - 1))
      : [];
  const extra = exact.length
    ? [
        not(
          inArray(
            customers.id,
            exact.map((e) => e.id),
          ),
        ),
      ]
    : [];
  const limit = cursor ? q.limit : q.limit - exact.length;
  const rows = await repo.listCustomers(deps.db, actor, q, { cursor, limit, extra });
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const items = [...(cursor ? [] : exact), ...pageRows].map(toCustomerDto);
  return { items, nextCursor: more && last ? encodeCursor(repo.cursorOf(last, q.sort)) : null };
}

async function loadDetail(db: DbOrTx, actor: Actor, id: string): Promise<CustomerDetailDto> {
  const row = await repo.findCustomer(db, actor, id);
  if (!row) throw notFound('Customer');
  const people = await repo.listContacts(db, id);
  return { ...toCustomerDto(row), contacts: people.map(toContactDto) };
}

/** One customer with its contacts; 404 when missing or outside the caller's scope. */
export async function getCustomer(deps: Deps, actor: Actor, id: string): Promise<CustomerDetailDto> {
  requireCustomerAccess(actor, 'read');
  return loadDetail(deps.db, actor, id);
}

/** Resolves and checks the owner and team a customer would get. */
async function resolveAssignment(
  tx: DbOrTx,
  actor: Actor,
  current: { ownerId: string | null; teamId: string | null } | undefined,
  input: { ownerId?: string | null | undefined; teamId?: string | null | undefined },
) {
  const defaultOwner = actor.via === 'system' ? null : actor.userId;
  const ownerId = input.ownerId === undefined ? (current ? current.ownerId : defaultOwner) : input.ownerId;
  if (ownerId && ownerId !== actor.userId && ownerId !== current?.ownerId) {
    if (!(await repo.userExists(tx, ownerId)))
      throw invalid(['body', 'ownerId'], 'No such user', 'unknown_entity', { entity: 'user' });
  }
  const ownerTeamIds = ownerId ? await repo.teamIdsOfUser(tx, ownerId) : [];
  let teamId: string | null;
  if (input.teamId !== undefined) {
    teamId = input.teamId;
    if (teamId && teamId !== current?.teamId && !(await repo.teamExists(tx, teamId))) {
      throw invalid(['body', 'teamId'], 'No such team', 'unknown_entity', { entity: 'team' });
    }
  } else {
    teamId = current ? current.teamId : defaultTeam(actor, ownerId, ownerTeamIds);
  }
  const changed = !current || ownerId !== current.ownerId || teamId !== current.teamId;
  if (changed) checkAssignment(actor, { ownerId, teamId }, ownerTeamIds);
  return { ownerId, teamId };
}

/**
 * The text columns that follow a region or industry code: the region's display
 * names, and no leftover free text once a code is picked. Only codes given are
 * touched, and a null code clears only a coded value: free text from before
 * codes stays visible until someone picks a code for it.
 */
function codedFields(
  f: { regionCode?: string | null; industryCode?: string | null },
  before?: { regionCode: string | null },
) {
  const region =
    f.regionCode === undefined
      ? {}
      : f.regionCode
        ? { region: regionName(f.regionCode) ?? null }
        : !before || before.regionCode
          ? { region: null }
          : {};
  return { ...region, ...(f.industryCode ? { industry: null } : {}) };
}

/** The region tree and industry sections the forms and filters pick from. */
export function customerReference(actor: Actor) {
  requireCustomerAccess(actor, 'read');
  return { regions: regionTree() as RegionNode[], industries: [...INDUSTRIES] };
}

/** Creates a customer with its contacts, or replays the response of an earlier request with the same key. */
export async function createCustomer(
  deps: Deps,
  actor: Actor,
  input: CustomerCreate,
  opts: { idempotencyKey?: string | undefined; rawBody?: unknown } = {},
) {
  requireCustomerAccess(actor, 'write');
  if (input.contacts.length && !can(actor, 'contacts:write')) {
    throw new DomainError('forbidden', 'Missing permission contacts:write', {
      detailCode: 'missing_permission',
      params: { permission: 'contacts:write' },
      details: { permission: 'contacts:write' },
      issues: [
        { path: ['body', 'contacts'], message: 'You may not add contacts', code: 'missing_permission' },
      ],
    });
  }
  try {
    return await withIdempotency(
      deps.db,
      {
        key: opts.idempotencyKey,
        userId: actor.userId,
        route: 'POST /api/customers',
        request: opts.rawBody ?? input,
        status: 201,
      },
      (tx) => insertCustomerTx(deps, tx, actor, input),
    );
  } catch (err) {
    if (isCreditCodeConflict(err)) {
      throw duplicateError(await findDuplicates(deps.db, actor, { creditCode: input.creditCode }));
    }
    throw err;
  }
}

async function insertCustomerTx(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  input: CustomerCreate,
): Promise<CustomerDetailDto> {
  const { ownerId, teamId } = await resolveAssignment(tx, actor, undefined, input);
  const matches = await findDuplicates(tx, actor, {
    name: input.name,
    creditCode: input.creditCode,
    phones: input.contacts.flatMap((c) => c.phones),
  });
  assertNoDuplicates(matches, input.allowDuplicate);
  const now = deps.clock.now();
  const { contacts: people, allowDuplicate: _allow, ...input_ } = input;
  const fields = { ...input_, ...codedFields(input_) };
  const { id } = await repo.insertCustomer(tx, {
    ...fields,
    scale: fields.scale ?? null,
    source: fields.source ?? null,
    ownerId,
    teamId,
    normalizedName: normalizeName(fields.name),
    ...searchColumns({ ...fields, contacts: people }),
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertContacts(
    tx,
    people.map((c) => ({
      ...c,
      projectRole: c.projectRole ?? null,
      customerId: id,
      phonesNormalized: normalizePhones(c.phones),
      createdAt: now,
      updatedAt: now,
    })),
  );
  const detail = await loadDetail(tx, actor, id);
  await recordAudit(tx, deps.clock, actor, {
    action: 'customer.create',
    entityType: 'customer',
    entityId: id,
    customerId: id,
    after: detail,
  });
  return detail;
}

/** Updates a customer if the caller's version is current (optimistic concurrency via If-Match). */
export async function updateCustomer(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: CustomerPatch,
): Promise<CustomerDetailDto> {
  requireCustomerAccess(actor, 'write');
  requireIfMatch(expectedVersion);
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await repo.lockCustomer(tx, actor, id);
      if (!before) throw notFound('Customer');
      assertVersion('customer', before.version, expectedVersion);
      const { allowDuplicate = false, ...fields } = patch;
      const assignment = await resolveAssignment(tx, actor, before, fields);
      const nameChanged = fields.name !== undefined && normalizeName(fields.name) !== before.normalizedName;
      const codeChanged = fields.creditCode !== undefined && fields.creditCode !== before.creditCode;
      if (nameChanged || (codeChanged && fields.creditCode)) {
        const matches = await findDuplicates(tx, actor, {
          name: nameChanged ? fields.name : undefined,
          creditCode: codeChanged ? fields.creditCode : undefined,
          excludeId: id,
        });
        assertNoDuplicates(matches, allowDuplicate);
      }
      const coded = { ...fields, ...codedFields(fields, before) };
      const next = { ...before, ...coded, ...assignment };
      const people = await repo.listContacts(tx, id);
      await repo.updateCustomer(tx, id, {
        ...coded,
        ...assignment,
        normalizedName: normalizeName(next.name),
        ...searchColumns({ ...next, contacts: people }),
        version: before.version + 1,
        updatedAt: deps.clock.now(),
      });
      const after = await loadDetail(tx, actor, id).catch(() => undefined);
      // An 'all'-scoped actor can always reload; others were checked by checkAssignment.
      if (!after)
        throw new DomainError('forbidden', 'The change would move the customer out of your scope', {
          detailCode: 'customer_out_of_scope',
        });
      const { contacts: _c, ...afterFields } = after;
      await recordAudit(tx, deps.clock, actor, {
        action: 'customer.update',
        entityType: 'customer',
        entityId: id,
        customerId: id,
        before: changedFields(before, afterFields),
        after: changedFields(afterFields, before),
      });
      return after;
    });
  } catch (err) {
    if (isCreditCodeConflict(err)) {
      throw duplicateError(
        await findDuplicates(deps.db, actor, { creditCode: patch.creditCode, excludeId: id }),
      );
    }
    throw err;
  }
}

/** The fields of `a` whose values differ from `b`, plus version, for a compact audit diff. */
function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const skip = new Set([
    'searchVector',
    'searchText',
    'normalizedName',
    'nameCore',
    'namePinyin',
    'updatedAt',
    'contactCount',
    'ownerName',
  ]);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    if (skip.has(k) || !(k in b)) continue;
    const other = b[k];
    const norm = (x: unknown) => JSON.stringify(x instanceof Date ? x.toISOString() : x);
    if (norm(v) !== norm(other) || k === 'version') out[k] = v;
  }
  return out;
}

/** Deletes a customer and its contacts; the audit entry keeps what was deleted. */
export async function deleteCustomer(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
): Promise<void> {
  requireCustomerAccess(actor, 'delete');
  await deps.db.transaction(async (tx) => {
    const row = await repo.lockCustomer(tx, actor, id);
    if (!row) throw notFound('Customer');
    // If-Match is optional here; when sent it must match.
    if (expectedVersion !== undefined) assertVersion('customer', row.version, expectedVersion);
    const people = await repo.listContacts(tx, id);
    try {
      await repo.deleteCustomer(tx, id);
    } catch (err) {
      // Contracts and other legal records keep their customer (ON DELETE RESTRICT).
      if (isForeignKeyViolation(err)) {
        throw new DomainError(
          'invalid_state',
          'The customer still has contracts or other records that must be kept',
          {
            details: { reason: 'referenced' },
            detailCode: 'customer_referenced',
          },
        );
      }
      throw err;
    }
    await recordAudit(tx, deps.clock, actor, {
      action: 'customer.delete',
      entityType: 'customer',
      entityId: id,
      customerId: id,
      before: { ...row, contacts: people },
    });
  });
}

/** Possible duplicates of a customer being entered, without creating anything. */
export async function checkDuplicates(
  deps: Deps,
  actor: Actor,
  keys: {
    name?: string | undefined;
    creditCode?: string | null | undefined;
    phones?: string[] | undefined;
    excludeId?: string | undefined;
  },
): Promise<{ matches: DuplicateMatch[] }> {
  requireCustomerAccess(actor, 'read');
  return { matches: await findDuplicates(deps.db, actor, keys) };
}

/** Distinct industries, regions and tags of the customers the caller can see. */
export async function customerFacets(deps: Deps, actor: Actor) {
  requireCustomerAccess(actor, 'read');
  return repo.facets(deps.db, actor);
}

/** The audit entries of one customer (and its contacts), newest first. */
export async function customerTimeline(
  deps: Deps,
  actor: Actor,
  id: string,
  page: { cursor?: string | undefined; limit: number },
) {
  requireCustomerAccess(actor, 'read');
  // The audit trail is the vendor's record (internal notes' metadata, analysis, time entries, CRM notes):
  // customer roles get none of it.
  if (actor.scope === 'organisation')
    throw forbidden('The activity timeline is for the service team', 'staff_only');
  if (!(await repo.findCustomer(deps.db, actor, id))) throw notFound('Customer');
  // The audit module's listing: the same entries, with actor and entity names resolved for sentences.
  const entries = await listAuditEntries(deps, { customerId: id }, page.cursor, page.limit);
  return {
    items: entries.items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      entityName: r.entityName,
      entityNameEn: r.entityNameEn,
      entityKey: r.entityKey,
      parentId: r.parentId,
      before: r.before,
      after: r.after,
    })),
    nextCursor: entries.nextCursor,
  };
}
