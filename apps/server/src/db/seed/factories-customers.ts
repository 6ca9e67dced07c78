/**
 * Factories for customers and contacts: real rows through the product's
 * tables, with search columns computed the way the customers module does.
 *   const c = await newCustomer(db, { tier: 'A', ownerId: rep.user.id });
 *   await newContact(db, c.id, { phones: ['13800138000'] });
 */
import { randomUUID } from 'node:crypto';
import {
  customerReindex,
  customerSearchColumns,
  normalizeName,
  normalizePhones,
} from '../../modules/customers/index.js';
import { regionName } from '../../modules/customers/reference/regions.js';
import type { DbOrTx } from '../../platform/db.js';
import { type ContactRole, contacts, customers } from '../schema/customers.js';

let seq = 0;

export interface NewContactOptions {
  name?: string;
  title?: string | null;
  phones?: string[];
  email?: string | null;
  wechat?: string | null;
  projectRole?: ContactRole | null;
  portalAccess?: boolean;
  createdAt?: Date;
}

export type NewCustomerOptions = Partial<
  Omit<typeof customers.$inferInsert, 'searchVector' | 'searchText'>
> & {
  contacts?: NewContactOptions[];
};

const contactValues = (customerId: string, o: NewContactOptions, at: Date) => ({
  customerId,
  name: o.name ?? `联系人${++seq}`,
  title: o.title ?? null,
  phones: o.phones ?? [],
  phonesNormalized: normalizePhones(o.phones ?? []),
  email: o.email ?? null,
  wechat: o.wechat ?? null,
  projectRole: o.projectRole ?? null,
  portalAccess: o.portalAccess ?? false,
  createdAt: o.createdAt ?? at,
  updatedAt: o.createdAt ?? at,
});

export async function newCustomer(db: DbOrTx, o: NewCustomerOptions = {}) {
  const { contacts: people = [], ...over } = o;
  const name = over.name ?? `测试客户${Date.now().toString(36)}${++seq}${randomUUID().slice(0, 4)}有限公司`;
  const at = over.createdAt ?? new Date();
  // A region code brings its display names, as the customers module writes them.
  const region = over.region ?? (over.regionCode ? (regionName(over.regionCode) ?? null) : null);
  const fields = { tags: [] as string[], ...over, region, name };
  const [row] = await db
    .insert(customers)
    .values({
      ...fields,
      normalizedName: normalizeName(name),
      ...customerSearchColumns({
        ...fields,
        contacts: people.map((p) => ({ name: p.name ?? '', phones: p.phones ?? [], email: p.email ?? null })),
      }),
      createdAt: at,
      updatedAt: over.updatedAt ?? at,
    })
    .returning();
  if (people.length) {
    await db.insert(contacts).values(people.map((p) => contactValues(row!.id, p, at)));
    await customerReindex(db, row!.id);
  }
  return row!;
}

export async function newContact(db: DbOrTx, customerId: string, o: NewContactOptions = {}) {
  const [row] = await db
    .insert(contacts)
    .values(contactValues(customerId, o, o.createdAt ?? new Date()))
    .returning();
  await customerReindex(db, customerId);
  return row!;
}
