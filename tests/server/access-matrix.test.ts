/**
 * The authorization matrix: every route × every seeded role × (for customer
 * data) a record in the caller's scope and one outside it. Expected: 403 when
 * the role lacks the permission, 404 when the record is outside the role's
 * data scope (exactly like a missing one), success otherwise. A route missing
 * from the table fails the completeness check, so new routes must be added.
 */
import { describe, expect, it } from 'vitest';
import { teamByKey } from '../../apps/server/src/db/seed/factories.js';
import { systemRoles } from '../../apps/server/src/db/seed/roles.js';
import type { Permission } from '../../apps/server/src/platform/permissions.js';
import { type Client, useTestApp } from '../support/app.js';

const t = await useTestApp();
const db = t.database.db;
const admin = await t.loginAs('admin');
const teamA = await teamByKey(db, 'sales_north');
const teamB = await teamByKey(db, 'sales_east');
const outsider = await t.loginAs('sales_rep', { teamIds: [teamB.id] });

let n = 0;
const uniq = (p: string) => `${p}${++n}${Date.now().toString(36)}`;

async function createCustomer(
  ownerId: string,
  teamId: string | null,
): Promise<{ id: string; version: number }> {
  const res = await admin.post('/api/customers', {
    name: uniq('矩阵客户'),
    ownerId,
    teamId,
    allowDuplicate: true,
  });
  if (res.status !== 201) throw new Error(`fixture customer: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}

async function createContact(customerId: string): Promise<{ id: string; version: number }> {
  const res = await admin.post(`/api/customers/${customerId}/contacts`, {
    name: uniq('联系人'),
    allowDuplicate: true,
  });
  if (res.status !== 201) throw new Error(`fixture contact: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}

interface Caller {
  role: string;
  scope: string;
  perms: Set<string>;
  client: Client;
  /** A customer in this caller's scope (own record, or their organisation for customer contacts). */
  ownCustomer(): Promise<{ id: string; version: number }>;
}

const callers: Caller[] = [];
for (const role of systemRoles) {
  if (role.key === 'customer_contact') {
    const org = await createCustomer(admin.user.id, null);
    const client = await t.loginAs(role.key, { customerId: org.id });
    callers.push({
      role: role.key,
      scope: role.dataScope,
      perms: new Set(role.permissions),
      client,
      ownCustomer: async () => org,
    });
    continue;
  }
  const client = await t.loginAs(role.key, { teamIds: [teamA.id] });
  callers.push({
    role: role.key,
    scope: role.dataScope,
    perms: new Set(role.permissions),
    client,
    ownCustomer: () => createCustomer(client.user.id, teamA.id),
  });
}

type Rule = Permission | 'authenticated' | 'staff';
type Target = 'none' | 'customer' | 'contact';

interface Ctx {
  caller: Caller;
  id: string;
  version: number;
}

interface Spec {
  method: string;
  url: string;
  rule: Rule;
  target: Target;
  ok: number[];
  path?: (c: Ctx) => Promise<string> | string;
  body?: (c: Ctx) => Promise<unknown> | unknown;
  headers?: (c: Ctx) => Record<string, string>;
  multipart?: boolean;
}

const ifMatch = (c: Ctx) => ({ 'if-match': `"${c.version}"` });
const freshUser = async () =>
  (
    await admin.post('/api/users', {
      username: uniq('mx'),
      displayName: 'x',
      password: 'longenough1',
      roleId: (await admin.get('/api/roles')).body[0].id,
    })
  ).body.id;
const freshRole = async () =>
  (
    await admin.post('/api/roles', {
      key: uniq('r_'),
      nameZh: 'x',
      nameEn: 'x',
      permissions: [],
      dataScope: 'own',
    })
  ).body.id;
const freshTeam = async () =>
  (await admin.post('/api/teams', { key: uniq('t_'), nameZh: 'x', nameEn: 'x', kind: 'other' })).body.id;

const csv = (name: string) => `名称,地区\n${name},北京\n`;
function multipartBody(content: string) {
  const boundary = 'matrixboundary';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const specs: Spec[] = [
  // auth
  { method: 'GET', url: '/api/auth/me', rule: 'authenticated', target: 'none', ok: [200] },
  {
    method: 'PATCH',
    url: '/api/auth/me',
    rule: 'authenticated',
    target: 'none',
    ok: [204],
    body: () => ({ locale: 'zh-CN' }),
  },
  { method: 'POST', url: '/api/auth/logout', rule: 'authenticated', target: 'none', ok: [204] },
  // users, roles, teams, tokens, audit
  { method: 'GET', url: '/api/users', rule: 'users:read', target: 'none', ok: [200] },
  { method: 'GET', url: '/api/users/options', rule: 'staff', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/users',
    rule: 'users:manage',
    target: 'none',
    ok: [201],
    body: async () => ({
      username: uniq('nu'),
      displayName: 'x',
      password: 'longenough1',
      roleId: (await admin.get('/api/roles')).body[0].id,
    }),
  },
  {
    method: 'GET',
    url: '/api/users/:id',
    rule: 'users:read',
    target: 'none',
    ok: [200],
    path: () => `/api/users/${admin.user.id}`,
  },
  {
    method: 'PATCH',
    url: '/api/users/:id',
    rule: 'users:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/users/${await freshUser()}`,
    body: () => ({ displayName: 'y' }),
  },
  {
    method: 'POST',
    url: '/api/users/:id/password',
    rule: 'users:manage',
    target: 'none',
    ok: [204],
    path: async () => `/api/users/${await freshUser()}/password`,
    body: () => ({ password: 'another-pass1' }),
  },
  { method: 'GET', url: '/api/roles', rule: 'users:read', target: 'none', ok: [200] },
  { method: 'GET', url: '/api/permissions', rule: 'users:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/roles',
    rule: 'roles:manage',
    target: 'none',
    ok: [201],
    body: () => ({ key: uniq('nr_'), nameZh: 'x', nameEn: 'x', permissions: [], dataScope: 'own' }),
  },
  {
    method: 'PATCH',
    url: '/api/roles/:id',
    rule: 'roles:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/roles/${await freshRole()}`,
    body: () => ({ nameEn: 'y' }),
  },
  {
    method: 'DELETE',
    url: '/api/roles/:id',
    rule: 'roles:manage',
    target: 'none',
    ok: [204],
    path: async () => `/api/roles/${await freshRole()}`,
  },
  { method: 'GET', url: '/api/teams', rule: 'staff', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/teams',
    rule: 'teams:manage',
    target: 'none',
    ok: [201],
    body: () => ({ key: uniq('nt_'), nameZh: 'x', nameEn: 'x', kind: 'other' }),
  },
  {
    method: 'PATCH',
    url: '/api/teams/:id',
    rule: 'teams:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/teams/${await freshTeam()}`,
    body: () => ({ nameEn: 'y' }),
  },
  {
    method: 'GET',
    url: '/api/teams/:id/members',
    rule: 'staff',
    target: 'none',
    ok: [200],
    path: () => `/api/teams/${teamA.id}/members`,
  },
  {
    method: 'PUT',
    url: '/api/teams/:id/members',
    rule: 'teams:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/teams/${await freshTeam()}/members`,
    body: () => ({ userIds: [] }),
  },
  { method: 'GET', url: '/api/tokens', rule: 'tokens:own', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/tokens',
    rule: 'tokens:own',
    target: 'none',
    ok: [201],
    body: () => ({ name: 'm', scopes: ['customers:read'] }),
  },
  {
    method: 'DELETE',
    url: '/api/tokens/:id',
    rule: 'tokens:own',
    target: 'none',
    ok: [204],
    path: async (c) => {
      const owner = c.caller.perms.has('tokens:own') ? c.caller.client : admin;
      return `/api/tokens/${(await owner.post('/api/tokens', { name: 'm', scopes: ['customers:read'] })).body.id}`;
    },
  },
  { method: 'GET', url: '/api/audit', rule: 'audit:read', target: 'none', ok: [200] },
  // customers
  { method: 'GET', url: '/api/customers', rule: 'customers:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/customers',
    rule: 'customers:write',
    target: 'none',
    ok: [201],
    body: () => ({ name: uniq('新客户'), allowDuplicate: true }),
  },
  {
    method: 'POST',
    url: '/api/customers/duplicates',
    rule: 'customers:read',
    target: 'none',
    ok: [200],
    body: () => ({ name: '任意' }),
  },
  { method: 'GET', url: '/api/customers/facets', rule: 'customers:read', target: 'none', ok: [200] },
  {
    method: 'GET',
    url: '/api/customers/export',
    rule: 'customers:export',
    target: 'none',
    ok: [200],
    path: () => '/api/customers/export?format=csv',
  },
  {
    method: 'POST',
    url: '/api/customers/import',
    rule: 'customers:import',
    target: 'none',
    ok: [201],
    multipart: true,
    body: () => csv(uniq('导入客户')),
  },
  {
    method: 'GET',
    url: '/api/customers/import/:id',
    rule: 'customers:import',
    target: 'none',
    ok: [200],
    path: async (c) => `/api/customers/import/${await importJob(c.caller)}`,
  },
  {
    method: 'POST',
    url: '/api/customers/import/:id/commit',
    rule: 'customers:import',
    target: 'none',
    ok: [202],
    path: async (c) => `/api/customers/import/${await importJob(c.caller)}/commit`,
  },
  { method: 'GET', url: '/api/customers/:id', rule: 'customers:read', target: 'customer', ok: [200] },
  {
    method: 'PATCH',
    url: '/api/customers/:id',
    rule: 'customers:write',
    target: 'customer',
    ok: [200],
    body: () => ({ notes: '矩阵' }),
    headers: ifMatch,
  },
  { method: 'DELETE', url: '/api/customers/:id', rule: 'customers:delete', target: 'customer', ok: [204] },
  {
    method: 'GET',
    url: '/api/customers/:id/timeline',
    rule: 'customers:read',
    target: 'customer',
    ok: [200],
  },
  {
    method: 'GET',
    url: '/api/customers/:id/contacts',
    rule: 'customers:read',
    target: 'customer',
    ok: [200],
  },
  {
    method: 'POST',
    url: '/api/customers/:id/contacts',
    rule: 'contacts:write',
    target: 'customer',
    ok: [201],
    body: () => ({ name: uniq('新联系人'), allowDuplicate: true }),
  },
  {
    method: 'PATCH',
    url: '/api/contacts/:id',
    rule: 'contacts:write',
    target: 'contact',
    ok: [200],
    body: () => ({ title: '经理' }),
    headers: ifMatch,
  },
  { method: 'DELETE', url: '/api/contacts/:id', rule: 'contacts:write', target: 'contact', ok: [204] },
];

/** An import job owned by the caller when they may import (else by the admin, so the permission check decides). */
async function importJob(caller: Caller): Promise<string> {
  const owner = caller.perms.has('customers:import') ? caller.client : admin;
  const mp = multipartBody(csv(uniq('导入')));
  const res = await owner.request('POST', '/api/customers/import', {
    payload: mp.payload,
    headers: mp.headers,
  });
  if (res.status !== 201) throw new Error(`fixture import: ${res.status} ${res.text}`);
  return res.body.id;
}

function allowedByRule(caller: Caller, rule: Rule): boolean {
  if (rule === 'authenticated') return true;
  if (rule === 'staff')
    return (
      caller.role !== 'customer_contact' &&
      (caller.perms.has('customers:read') || caller.perms.has('users:read'))
    );
  return caller.perms.has(rule);
}

/** Whether a record of that kind is inside the caller's data scope. */
function inScope(caller: Caller, kind: 'own' | 'other'): boolean {
  return kind === 'own' || caller.scope === 'all';
}

async function run(spec: Spec, caller: Caller, kind: 'own' | 'other') {
  let client = caller.client;
  if (spec.url === '/api/auth/logout')
    client = await t.loginAs(
      caller.role,
      caller.role === 'customer_contact' ? { customerId: (await caller.ownCustomer()).id } : {},
    );
  let ctx: Ctx = { caller, id: '', version: 1 };
  if (spec.target !== 'none') {
    const customer =
      kind === 'own' ? await caller.ownCustomer() : await createCustomer(outsider.user.id, teamB.id);
    ctx = { caller, ...customer };
    if (spec.target === 'contact') ctx = { caller, ...(await createContact(customer.id)) };
  }
  const url = spec.path ? await spec.path(ctx) : spec.url.replace(':id', ctx.id);
  const headers = spec.headers?.(ctx) ?? {};
  if (spec.multipart) {
    const mp = multipartBody(String(await spec.body?.(ctx)));
    return client.request(spec.method, url, { payload: mp.payload, headers: { ...headers, ...mp.headers } });
  }
  const body = spec.body ? await spec.body(ctx) : undefined;
  return client.request(spec.method, url, { ...(body !== undefined ? { body } : {}), headers });
}

describe('authorization matrix', () => {
  it('covers every authenticated route', () => {
    const covered = new Set(specs.map((s) => `${s.method} ${s.url}`));
    const missing = t.app.routeTable
      .filter((r) => !r.public && !covered.has(`${r.method} ${r.url}`))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  for (const spec of specs) {
    it(`${spec.method} ${spec.url}`, async () => {
      const failures: string[] = [];
      for (const caller of callers) {
        const kinds: ('own' | 'other')[] = spec.target === 'none' ? ['own'] : ['own', 'other'];
        for (const kind of kinds) {
          const res = await run(spec, caller, kind);
          const expected = !allowedByRule(caller, spec.rule)
            ? [403]
            : !inScope(caller, kind)
              ? [404]
              : spec.ok;
          if (!expected.includes(res.status)) {
            failures.push(
              `${caller.role} (${caller.scope}) on ${kind} record: expected ${expected.join('|')}, got ${res.status} ${res.text.slice(0, 160)}`,
            );
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('answers 401 to every authenticated route without credentials', async () => {
    const anon = t.anonymous();
    const wrong: string[] = [];
    for (const r of t.app.routeTable.filter((x) => !x.public)) {
      const url = r.url.replace(':id', '00000000-0000-4000-8000-000000000000');
      const res = await anon.request(
        r.method,
        url,
        r.method === 'GET' || r.method === 'DELETE' ? {} : { body: {} },
      );
      if (res.status !== 401) wrong.push(`${r.method} ${r.url}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
