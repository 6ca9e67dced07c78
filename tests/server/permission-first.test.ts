/**
 * Permission before validation: every write route declares the permission it
 * needs (`config: { permission }`, checked in a preValidation hook), so a
 * caller without the right gets 403 for an invalid body, never the 400 that
 * would teach them the schema. Uses the authorization matrix's seeded roles.
 */
import { describe, expect, it } from 'vitest';
import type { Permission } from '../../apps/server/src/platform/permissions.js';
import { allows } from '../../apps/server/src/platform/route-permission.js';
import { admin, callers, t } from './access-matrix/harness.js';

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const writeRoutes = t.app.routeTable.filter((r) => WRITE.has(r.method));
const anyId = '00000000-0000-4000-8000-000000000000';
const urlOf = (url: string) => url.replaceAll(/:[A-Za-z]+/g, anyId);
// Not a field of any contract: an allowed caller gets 400 for it, a forbidden one must get 403 first.
const invalidBody = { notAField: 1 };

describe('permission before validation', () => {
  it('every POST/PUT/PATCH/DELETE route declares its permission (or is public)', () => {
    expect(writeRoutes.length).toBeGreaterThan(50);
    const undeclared = writeRoutes
      .filter((r) => !r.public && r.permission === undefined)
      .map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('answers 403, not 400, to a caller without the permission who sends an invalid body', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of writeRoutes) {
      const rule = route.permission;
      if (rule === undefined || rule === 'public' || rule === 'authenticated') continue;
      for (const caller of callers.filter((c) => !allows(c.perms as Set<Permission>, rule))) {
        checked++;
        const res = await caller.client.request(
          route.method,
          urlOf(route.url),
          route.method === 'DELETE' ? {} : { body: invalidBody },
        );
        if (res.status !== 403) wrong.push(`${caller.role} ${route.method} ${route.url}: ${res.status}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('still answers 400 for the same invalid body when the caller has the permission', async () => {
    // Routes whose OpenAPI operation takes a JSON body: the invalid body is what decides their answer.
    const doc = t.app.swagger() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    const takesJson = (method: string, url: string) => {
      const op = doc.paths[url.replaceAll(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
      return JSON.stringify(op?.requestBody ?? {}).includes('application/json');
    };
    const wrong: string[] = [];
    let checked = 0;
    for (const route of writeRoutes) {
      if (route.public || !takesJson(route.method, route.url)) continue;
      checked++;
      const res = await admin.request(route.method, urlOf(route.url), { body: invalidBody });
      if (res.status !== 400) wrong.push(`${route.method} ${route.url}: ${res.status}`);
    }
    expect(checked).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });
});
