import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { seedDemoRequests } from './demo-requests.js';
import { newUser } from './factories.js';
import { newCustomer } from './factories-customers.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });

describe('demo requests', () => {
  it('fills every console view relative to the clock, once', async () => {
    for (let i = 0; i < 6; i++) await newCustomer(t.database.db);
    await newUser(t.database.db, { username: 'agent', role: 'agent' });
    await newUser(t.database.db, { username: 'engineer', role: 'engineer' });
    await seedDemoRequests(t.deps);
    await seedDemoRequests(t.deps);
    const agent = await t.loginAs('agent');
    const count = async (q: string) => (await agent.get(`/api/requests?${q}`)).body.items.length;
    expect(await count('view=all')).toBe(8);
    expect(await count('view=at_risk')).toBe(1);
    expect(await count('view=breached')).toBe(1);
    expect(await count('view=waiting')).toBe(1);
    expect(await count('stateCategory=resolved,closed')).toBe(2);
    const breached = (await agent.get('/api/requests?view=breached')).body.items[0];
    expect(breached).toMatchObject({ tier: 2, severity: 'L2', teamName: '技术支持组' });
    expect(breached.resolutionBreachedAt).toBe(breached.resolutionDueAt);
    // Finished demo requests carry their measured times, as the flows would have recorded them.
    const closed = (await agent.get('/api/requests?stateCategory=closed')).body.items[0];
    const detail = (await agent.get(`/api/requests/${closed.id}`)).body;
    expect(detail.firstResponseCalendarMinutes).toBe(120);
    expect(detail.resolutionCalendarMinutes).toBe(2 * 24 * 60);
    expect(detail.responseMet).toBe(true);
    // An L4 request has no resolution target ("as agreed"): nothing to meet or miss.
    expect(detail.resolutionMet).toBeNull();
  });
});
