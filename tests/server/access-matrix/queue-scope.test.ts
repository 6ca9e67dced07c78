/**
 * The 'queue' data scope (SPEC §1: service staff see the customers of their queues): a seeded engineer sees a
 * customer with a request in their team's queue or a contract owned in their team, and gets 404 — exactly like a
 * missing record — for a customer without either, on every customer-scoped read (customers, requests,
 * contracts, deployments). Tier-1 agents keep 'all'.
 */
import { describe, expect, it } from 'vitest';
import { teamByKey } from '../../../apps/server/src/db/seed/factories.js';
import { newCustomer } from '../../../apps/server/src/db/seed/factories-customers.js';
import { newDeployment, newProduct } from '../../../apps/server/src/db/seed/factories-products.js';
import { newServiceRequest } from '../../../apps/server/src/db/seed/factories-requests.js';
import { useTestApp } from '../../support/app.js';
import { contractBody, policyId } from '../../support/contracts.js';

const t = await useTestApp();
const db = t.database.db;

describe("the 'queue' data scope of engineers and experts", () => {
  it('is what the seed gives engineers and experts; agents keep all', async () => {
    const admin = await t.loginAs('admin');
    const roles = (await admin.get('/api/roles')).body as { key: string; dataScope: string }[];
    const scopeOf = (key: string) => roles.find((r) => r.key === key)?.dataScope;
    expect([scopeOf('engineer'), scopeOf('expert'), scopeOf('agent')]).toEqual(['queue', 'queue', 'all']);
  });

  it("shows customers with requests in the team's queue or contracts owned in the team, 404 for the others", async () => {
    const support = await teamByKey(db, 'technical_support');
    const product = await teamByKey(db, 'product_support');
    const engineer = await t.loginAs('engineer', { teamIds: [support.id] });
    const teammate = await t.loginAs('sales_director', { teamIds: [support.id] });
    const admin = await t.loginAs('admin');

    const queued = await newCustomer(db);
    const queuedRequest = await newServiceRequest(db, { customerId: queued.id, teamId: support.id });
    const elsewhere = await newCustomer(db);
    const elsewhereRequest = await newServiceRequest(db, { customerId: elsewhere.id, teamId: product.id });
    const contracted = await newCustomer(db);
    const contract = await admin.post(
      '/api/contracts',
      contractBody(contracted.id, await policyId(admin), { ownerId: teammate.user.id }),
    );
    expect(contract.status, contract.text).toBe(201);
    const p = await newProduct(db);
    const elsewhereDeployment = await newDeployment(db, { customerId: elsewhere.id, productId: p.id });
    const queuedDeployment = await newDeployment(db, { customerId: queued.id, productId: p.id });

    expect((await engineer.get(`/api/customers/${queued.id}`)).status).toBe(200);
    expect((await engineer.get(`/api/customers/${contracted.id}`)).status).toBe(200);
    expect((await engineer.get(`/api/customers/${elsewhere.id}`)).status).toBe(404);

    expect((await engineer.get(`/api/requests/${queuedRequest.id}`)).status).toBe(200);
    expect((await engineer.get(`/api/requests/${elsewhereRequest.id}`)).status).toBe(404);

    expect((await engineer.get(`/api/contracts/${contract.body.id}`)).status).toBe(200);

    expect((await engineer.get(`/api/deployments/${queuedDeployment.id}`)).status).toBe(200);
    expect((await engineer.get(`/api/deployments/${elsewhereDeployment.id}`)).status).toBe(404);

    // The list is scoped in SQL too: the customer without either link is not in it.
    const list = await engineer.get(`/api/customers?limit=100`);
    expect(list.status).toBe(200);
    const ids = (list.body.items as { id: string }[]).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([queued.id, contracted.id]));
    expect(ids).not.toContain(elsewhere.id);

    // An agent (tier 1, 'all') sees the customer of another queue.
    const agent = await t.loginAs('agent', { teamIds: [support.id] });
    expect((await agent.get(`/api/customers/${elsewhere.id}`)).status).toBe(200);
  });
});
