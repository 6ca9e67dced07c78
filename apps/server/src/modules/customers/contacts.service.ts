/**
 * Contact use cases. A contact is reachable only through a customer in the
 * caller's scope; every change re-indexes the customer's search columns and
 * is audited on the customer's timeline.
 */

import type { z } from 'zod';
import type { Actor } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { assertVersion, requireIfMatch } from '../../platform/versioning.js';
import { normalizePhones } from './credit-code.js';
import { toContactDto } from './customers.dto.js';
import { assertNoDuplicates, findDuplicates } from './customers.duplicates.js';
import { requireCustomerAccess } from './customers.policy.js';
import * as repo from './customers.repo.js';
import type { ContactDto, ContactPatch, contactCreateBody } from './customers.schema.js';
import { reindexCustomer } from './customers.search.js';

type ContactCreate = z.infer<typeof contactCreateBody>;

/** Phones already used by another customer's contact block the write unless allowed. */
async function checkPhones(tx: Tx, actor: Actor, customerId: string, phones: string[], allow: boolean) {
  if (allow || phones.length === 0) return;
  const matches = await findDuplicates(tx, actor, { phones, excludeId: customerId });
  assertNoDuplicates(matches, false);
}

export async function listCustomerContacts(
  deps: Deps,
  actor: Actor,
  customerId: string,
): Promise<ContactDto[]> {
  requireCustomerAccess(actor, 'read');
  if (!(await repo.findCustomer(deps.db, actor, customerId))) throw notFound('Customer');
  return (await repo.listContacts(deps.db, customerId)).map(toContactDto);
}

/** Adds a contact to a customer in the caller's scope. */
export async function createContact(
  deps: Deps,
  actor: Actor,
  customerId: string,
  input: ContactCreate,
): Promise<ContactDto> {
  requireCustomerAccess(actor, 'writeContacts');
  return deps.db.transaction(async (tx) => {
    if (!(await repo.lockCustomer(tx, actor, customerId))) throw notFound('Customer');
    const { allowDuplicate, ...fields } = input;
    await checkPhones(tx, actor, customerId, fields.phones, allowDuplicate);
    const now = deps.clock.now();
    const [row] = await repo.insertContacts(tx, [
      {
        ...fields,
        projectRole: fields.projectRole ?? null,
        customerId,
        phonesNormalized: normalizePhones(fields.phones),
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await reindexCustomer(tx, customerId);
    const dto = toContactDto(row!);
    await recordAudit(tx, deps.clock, actor, {
      action: 'contact.create',
      entityType: 'contact',
      entityId: dto.id,
      customerId,
      after: dto,
    });
    return dto;
  });
}

/** Updates a contact if the caller's version (If-Match) is current. */
export async function updateContact(
  deps: Deps,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  patch: ContactPatch,
): Promise<ContactDto> {
  requireCustomerAccess(actor, 'writeContacts');
  requireIfMatch(expectedVersion);
  return deps.db.transaction(async (tx) => {
    const before = await repo.findContact(tx, actor, id, true);
    if (!before) throw notFound('Contact');
    assertVersion('contact', before.version, expectedVersion);
    const { allowDuplicate = false, ...fields } = patch;
    if (fields.phones) {
      const added = normalizePhones(fields.phones).filter((p) => !before.phonesNormalized.includes(p));
      await checkPhones(tx, actor, before.customerId, added, allowDuplicate);
    }
    const row = await repo.updateContact(tx, id, {
      ...fields,
      ...(fields.phones ? { phonesNormalized: normalizePhones(fields.phones) } : {}),
      version: before.version + 1,
      updatedAt: deps.clock.now(),
    });
    await reindexCustomer(tx, before.customerId);
    const dto = toContactDto(row);
    await recordAudit(tx, deps.clock, actor, {
      action: 'contact.update',
      entityType: 'contact',
      entityId: id,
      customerId: before.customerId,
      before: toContactDto(before),
      after: dto,
    });
    return dto;
  });
}

export async function deleteContact(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireCustomerAccess(actor, 'writeContacts');
  await deps.db.transaction(async (tx) => {
    const before = await repo.findContact(tx, actor, id, true);
    if (!before) throw notFound('Contact');
    await repo.deleteContact(tx, id);
    await reindexCustomer(tx, before.customerId);
    await recordAudit(tx, deps.clock, actor, {
      action: 'contact.delete',
      entityType: 'contact',
      entityId: id,
      customerId: before.customerId,
      before: toContactDto(before),
    });
  });
}
