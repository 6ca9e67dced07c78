/**
 * Issue 4: "20 parallel updates of one request → no lost update, 412s".
 * Twenty agents edit the same request at once, each read-modify-write with
 * If-Match and retrying on 412 like the console does: every edit survives,
 * the version counts each one, and the stale writes were refused.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { serviceRequests } from '../../db/schema/requests.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;

describe('concurrent updates', () => {
  it('20 agents adding a tag each in parallel, retrying on 412: no edit is lost', async () => {
    const agents = await Promise.all(Array.from({ length: 20 }, () => t.loginAs('admin')));
    const c = await newCustomer(db);
    const r = await newServiceRequest(db, { customerId: c.id, receivedAt: t.clock.now(), tags: [] });

    // Everyone reads the same version before anyone writes.
    const firstReads = await Promise.all(agents.map((a) => a.get(`/api/requests/${r.id}`)));
    const statuses: number[] = [];
    await Promise.all(
      agents.map(async (agent, i) => {
        let current = firstReads[i]!;
        for (let attempt = 0; attempt < 40; attempt++) {
          const res = await agent.patch(
            `/api/requests/${r.id}`,
            { tags: [...current.body.tags, `t${i}`] },
            { 'if-match': String(current.headers.etag) },
          );
          statuses.push(res.status);
          if (res.status === 200) return;
          expect(res.status, res.text).toBe(412);
          current = await agent.get(`/api/requests/${r.id}`);
        }
        throw new Error(`agent ${i} never got its edit in`);
      }),
    );

    const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, r.id));
    expect([...row!.tags].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `t${i}`).sort());
    expect(row!.version).toBe(r.version + 20);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    // The first round read one version: exactly one of those writes won, the other 19 were stale.
    expect(statuses.filter((s) => s === 412).length).toBeGreaterThanOrEqual(19);
  });
});
