/** Maps database rows to the API shapes of customers.schema.ts. */
import type { contacts } from '../../db/schema/customers.js';
import type { CustomerRow } from './customers.repo.js';
import type { ContactDto, CustomerDto } from './customers.schema.js';

export function toCustomerDto(row: CustomerRow): CustomerDto {
  const { ownerUsername: _username, ...rest } = row;
  return {
    ...rest,
    tags: row.tags ?? [],
    contactCount: Number(row.contactCount),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toContactDto(row: typeof contacts.$inferSelect): ContactDto {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    title: row.title,
    phones: row.phones,
    email: row.email,
    wechat: row.wechat,
    projectRole: row.projectRole,
    portalAccess: row.portalAccess,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
