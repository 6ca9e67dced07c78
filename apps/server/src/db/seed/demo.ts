/**
 * Demo data loaded on the first start (DEMO_DATA=1, the default): one login
 * per seeded role, sales teams, and customers with contacts. Runs only when
 * the database has no users yet, so it never touches real data.
 */
import { count, inArray } from 'drizzle-orm';
import type { Deps } from '../../platform/deps.js';
import { users } from '../schema/identity.js';
import { products } from '../schema/products.js';
import { seedDemoContracts } from './demo-contracts.js';
import { seedDemoCustomers } from './demo-customers.js';
import { seedDemoProducts } from './demo-products.js';
import { seedDemoRequests } from './demo-requests.js';
import { newUser, teamByKey } from './factories.js';
import { systemRoles } from './roles.js';

export const DEMO_PASSWORD = 'demo1234';

/** Demo usernames: the role key with dashes, e.g. `sales-rep`; two reps in different teams. */
export const demoLogins = [
  ...systemRoles
    .filter((r) => r.key !== 'customer_contact')
    .map((r) => ({ username: r.key.replace(/_/g, '-'), role: r.key })),
  { username: 'sales-rep-2', role: 'sales_rep' },
];

export async function seedDemo(
  deps: Deps,
): Promise<{ created: boolean; logins: typeof demoLogins; password?: string }> {
  const existing = await deps.db.select({ n: count() }).from(users);
  const hasUsers = Number(existing[0]?.n ?? 0) > 0;
  if (!hasUsers) {
    const north = await teamByKey(deps.db, 'sales_north');
    const east = await teamByKey(deps.db, 'sales_east');
    const teamFor: Record<string, string[]> = {
      'sales-rep': [north.id],
      'sales-rep-2': [east.id],
      'sales-director': [north.id, east.id],
      agent: [(await teamByKey(deps.db, 'customer_service')).id],
      engineer: [(await teamByKey(deps.db, 'technical_support')).id],
      expert: [(await teamByKey(deps.db, 'product_support')).id],
    };
    for (const l of demoLogins) {
      await newUser(deps.db, {
        username: l.username,
        displayName: l.username,
        role: l.role,
        password: DEMO_PASSWORD,
        teamIds: teamFor[l.username] ?? [],
      });
    }
    deps.log.info('demo users created');
  }
  if (!hasUsers) {
    await seedDemoCustomers(deps);
    await seedDemoProducts(deps);
    // Routing only picks agents skilled in the request's product: without skills every demo request that names a
    // product would stay unassigned ("no one with the product skill") in the round-robin queues.
    const productIds = (await deps.db.select({ id: products.id }).from(products)).map((p) => p.id);
    await deps.db
      .update(users)
      .set({ skills: productIds })
      .where(inArray(users.username, ['agent', 'engineer', 'expert']));
    await seedDemoContracts(deps);
    await seedDemoRequests(deps);
  }
  return { created: !hasUsers, logins: demoLogins, password: DEMO_PASSWORD };
}
