/**
 * The authorization matrix: every route × every seeded role × (for customer
 * data) a record in the caller's scope and one outside it. Expected: 403 when
 * the role lacks the permission, 404 when the record is outside the role's
 * data scope (exactly like a missing one), success otherwise. A route missing
 * from the table fails the completeness check, so new routes must be added.
 */
import { describe, expect, it } from 'vitest';
import { renewalTasks } from '../../apps/server/src/db/schema/contracts.js';
import { teamByKey } from '../../apps/server/src/db/seed/factories.js';
import { systemRoles } from '../../apps/server/src/db/seed/roles.js';
import { openApproval, registerApprovalKind } from '../../apps/server/src/modules/approvals/index.js';
import { notify } from '../../apps/server/src/modules/notifications/index.js';
import { systemActor } from '../../apps/server/src/platform/access.js';
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

// Products, deployments, planned upgrades: one catalog product with three versions.
const matrixProduct = (await admin.post('/api/products', { code: uniq('MX-'), name: '矩阵产品' })).body;
const matrixVersions: string[] = [];
for (const name of ['1.0.0', '1.1.0', '1.2.0']) {
  matrixVersions.push((await admin.post(`/api/products/${matrixProduct.id}/versions`, { name })).body.id);
}
const [mv1, mv2, mv3] = matrixVersions as [string, string, string];
const freshProduct = async () =>
  (await admin.post('/api/products', { code: uniq('MXP-'), name: 'x' })).body.id as string;
const freshVersion = async () =>
  (await admin.post(`/api/products/${matrixProduct.id}/versions`, { name: `9.${++n}.0` })).body.id as string;
const upgradePlan = () => ({
  targetVersionId: mv3,
  noticeDate: '2026-03-10',
  windowStart: '2026-03-20T14:00:00Z',
  windowEnd: '2026-03-20T20:00:00Z',
});

/** An accepted deployment (so it has a warranty) of the customer. */
async function createDeployment(customerId: string): Promise<{ id: string; version: number }> {
  const res = await admin.post('/api/deployments', {
    customerId,
    productId: matrixProduct.id,
    versionId: mv1,
    acceptanceDate: '2026-01-15',
  });
  if (res.status !== 201) throw new Error(`fixture deployment: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}

async function createUpgrade(customerId: string): Promise<{ id: string; version: number }> {
  const d = await createDeployment(customerId);
  const res = await admin.post(`/api/deployments/${d.id}/upgrades`, upgradePlan());
  if (res.status !== 201) throw new Error(`fixture upgrade: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}

// Contracts (scoped by the customer): a draft for writes, an active one for reads (customer contacts see only those).
const slaPolicyId = (await admin.get('/api/sla-policies')).body[0].id as string;
const contractTerms = () => ({
  scope: [{ type: 'bug_fix' }],
  slaPolicyId,
  upgrades: 'included',
  payment: { mode: 'one_time', installments: [] },
});
async function createContract(customerId: string): Promise<{ id: string; version: number }> {
  const res = await admin.post('/api/contracts', {
    number: uniq('HT-MX-'),
    customerId,
    type: 'maintenance',
    title: '矩阵合同',
    amount: '1000.00',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    terms: contractTerms(),
  });
  if (res.status !== 201) throw new Error(`fixture contract: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}
const contractApprovers = [await t.loginAs('sales_director'), await t.loginAs('finance')];
async function createActiveContract(customerId: string): Promise<{ id: string; version: number }> {
  const c = await createContract(customerId);
  const review = await admin.post(`/api/contracts/${c.id}/transition`, { to: 'in_review' });
  for (const approver of contractApprovers) {
    await approver.post(`/api/approvals/${review.body.approvalId}/decide`, { decision: 'approve' });
  }
  const after = await admin.get(`/api/contracts/${c.id}`);
  if (after.body.state !== 'active') throw new Error(`fixture active contract: ${after.text}`);
  return { id: c.id, version: after.body.version };
}
const PDF_TEXT = '%PDF-1.4 matrix';
async function contractDocument(contractId: string): Promise<string> {
  const mp = multipartBody(PDF_TEXT, 'm.pdf');
  const res = await admin.request('POST', `/api/contracts/${contractId}/documents`, mp);
  if (res.status !== 201) throw new Error(`fixture document: ${res.status} ${res.text}`);
  return res.body.id;
}
/** A renewal task (as the scan opens it) of an active contract of the customer; returns its id. */
async function renewalTask(customerId: string): Promise<string> {
  const c = await createActiveContract(customerId);
  const [row] = await db
    .insert(renewalTasks)
    .values({ contractId: c.id, customerId, endDate: '2026-12-31', openedAtDays: 90, createdAt: new Date() })
    .returning({ id: renewalTasks.id });
  return row!.id;
}
// Approvals: a no-op kind whose single step is the caller's own role, so the permission alone decides.
registerApprovalKind('matrix_test', {
  permission: 'contracts:approve',
  subjectVisible: async () => true,
  onComplete: async () => {},
});
async function approvalFor(roleKey: string): Promise<string> {
  const row = await db.transaction((tx) =>
    openApproval(tx, t.deps, systemActor([]), {
      kind: 'matrix_test',
      subjectType: 'matrix',
      subjectId: '00000000-0000-4000-8000-000000000001',
      customerId: null,
      title: 'matrix',
      steps: [roleKey],
    }),
  );
  return row.id;
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
type Target = 'none' | 'customer' | 'contact' | 'deployment' | 'upgrade' | 'contract' | 'active_contract';

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
  /** File name of the multipart upload (default m.csv). */
  fileName?: string;
  /** A never-ending response (SSE): only the status is checked, then the stream is dropped. */
  stream?: boolean;
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
// calendars and SLA policies (not customer-scoped)
const nineToFive = [{ start: '09:00', end: '17:00' }];
const calendarBody = () => ({
  name: uniq('cal'),
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: nineToFive },
});
const freshCalendar = async () => (await admin.post('/api/calendars', calendarBody())).body.id as string;
const anyTarget = { responseMinutes: 60, resolutionMinutes: null };
const policyBody = async () => ({
  name: uniq('sla'),
  calendarId: (await admin.get('/api/calendars')).body[0].id,
  targets: { L1: anyTarget, L2: anyTarget, L3: anyTarget, L4: anyTarget },
});
const freshPolicy = async () => (await admin.post('/api/sla-policies', await policyBody())).body.id as string;

const csv = (name: string) => `名称,地区\n${name},北京\n`;
function multipartBody(content: string, fileName = 'm.csv') {
  const boundary = 'matrixboundary';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
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
  // notifications (each user's own inbox)
  { method: 'GET', url: '/api/notifications', rule: 'notifications:own', target: 'none', ok: [200] },
  {
    method: 'GET',
    url: '/api/notifications/unread-count',
    rule: 'notifications:own',
    target: 'none',
    ok: [200],
  },
  {
    method: 'POST',
    url: '/api/notifications/:id/read',
    rule: 'notifications:own',
    target: 'none',
    ok: [204],
    path: async (c) => `/api/notifications/${await notificationFor(c.caller.client.user.id)}/read`,
  },
  {
    method: 'POST',
    url: '/api/notifications/read-all',
    rule: 'notifications:own',
    target: 'none',
    ok: [200],
  },
  {
    method: 'GET',
    url: '/api/notifications/stream',
    rule: 'notifications:own',
    target: 'none',
    ok: [200],
    stream: true,
  },
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
  // products and versions (catalog: no data scope)
  { method: 'GET', url: '/api/products', rule: 'products:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/products',
    rule: 'products:manage',
    target: 'none',
    ok: [201],
    body: () => ({ code: uniq('NP-'), name: '新产品' }),
  },
  {
    method: 'GET',
    url: '/api/products/:id',
    rule: 'products:read',
    target: 'none',
    ok: [200],
    path: () => `/api/products/${matrixProduct.id}`,
  },
  {
    method: 'PATCH',
    url: '/api/products/:id',
    rule: 'products:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/products/${await freshProduct()}`,
    body: () => ({ description: '矩阵' }),
    headers: () => ({ 'if-match': '"1"' }),
  },
  {
    method: 'DELETE',
    url: '/api/products/:id',
    rule: 'products:manage',
    target: 'none',
    ok: [204],
    path: async () => `/api/products/${await freshProduct()}`,
  },
  {
    method: 'GET',
    url: '/api/products/:id/versions',
    rule: 'products:read',
    target: 'none',
    ok: [200],
    path: () => `/api/products/${matrixProduct.id}/versions`,
  },
  {
    method: 'POST',
    url: '/api/products/:id/versions',
    rule: 'products:manage',
    target: 'none',
    ok: [201],
    path: () => `/api/products/${matrixProduct.id}/versions`,
    body: () => ({ name: `8.${++n}.0` }),
  },
  {
    method: 'GET',
    url: '/api/product-versions/:id',
    rule: 'products:read',
    target: 'none',
    ok: [200],
    path: () => `/api/product-versions/${mv1}`,
  },
  {
    method: 'PATCH',
    url: '/api/product-versions/:id',
    rule: 'products:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/product-versions/${await freshVersion()}`,
    body: () => ({ releaseNotes: '矩阵' }),
    headers: () => ({ 'if-match': '"1"' }),
  },
  {
    method: 'DELETE',
    url: '/api/product-versions/:id',
    rule: 'products:manage',
    target: 'none',
    ok: [204],
    path: async () => `/api/product-versions/${await freshVersion()}`,
  },
  // deployments, version history, planned upgrades (scoped by the deployment's customer)
  { method: 'GET', url: '/api/deployments', rule: 'deployments:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/deployments',
    rule: 'deployments:write',
    target: 'customer',
    ok: [201],
    body: (c) => ({ customerId: c.id, productId: matrixProduct.id, versionId: mv1 }),
  },
  {
    method: 'GET',
    url: '/api/customers/:id/deployments',
    rule: 'deployments:read',
    target: 'customer',
    ok: [200],
  },
  { method: 'GET', url: '/api/deployments/:id', rule: 'deployments:read', target: 'deployment', ok: [200] },
  {
    method: 'PATCH',
    url: '/api/deployments/:id',
    rule: 'deployments:write',
    target: 'deployment',
    ok: [200],
    body: () => ({ notes: '矩阵' }),
    headers: ifMatch,
  },
  {
    method: 'DELETE',
    url: '/api/deployments/:id',
    rule: 'deployments:write',
    target: 'deployment',
    ok: [204],
  },
  {
    method: 'POST',
    url: '/api/deployments/:id/upgrade',
    rule: 'deployments:write',
    target: 'deployment',
    ok: [200],
    body: () => ({ toVersionId: mv2 }),
    headers: ifMatch,
  },
  {
    method: 'GET',
    url: '/api/deployments/:id/history',
    rule: 'deployments:read',
    target: 'deployment',
    ok: [200],
  },
  { method: 'GET', url: '/api/planned-upgrades', rule: 'deployments:read', target: 'none', ok: [200] },
  {
    method: 'GET',
    url: '/api/deployments/:id/upgrades',
    rule: 'deployments:read',
    target: 'deployment',
    ok: [200],
  },
  {
    method: 'POST',
    url: '/api/deployments/:id/upgrades',
    rule: 'deployments:write',
    target: 'deployment',
    ok: [201],
    body: upgradePlan,
  },
  { method: 'GET', url: '/api/planned-upgrades/:id', rule: 'deployments:read', target: 'upgrade', ok: [200] },
  {
    method: 'PATCH',
    url: '/api/planned-upgrades/:id',
    rule: 'deployments:write',
    target: 'upgrade',
    ok: [200],
    body: () => ({ notes: '矩阵' }),
    headers: ifMatch,
  },
  {
    method: 'POST',
    url: '/api/planned-upgrades/:id/transition',
    rule: 'deployments:write',
    target: 'upgrade',
    ok: [200],
    body: () => ({ status: 'notified' }),
    headers: ifMatch,
  },
  // warranties (scoped by the deployment's customer)
  { method: 'GET', url: '/api/warranties', rule: 'warranties:read', target: 'none', ok: [200] },
  {
    method: 'GET',
    url: '/api/deployments/:id/warranty',
    rule: 'warranties:read',
    target: 'deployment',
    ok: [200],
  },
  {
    method: 'PATCH',
    url: '/api/deployments/:id/warranty',
    rule: 'warranties:write',
    target: 'deployment',
    ok: [200],
    body: () => ({ months: 18 }),
    headers: ifMatch,
  },
  // contracts (scoped by the customer; customer contacts read contracts in force)
  { method: 'GET', url: '/api/contracts', rule: 'contracts:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/contracts',
    rule: 'contracts:write',
    target: 'customer',
    ok: [201],
    body: (c) => ({
      number: uniq('HT-MXP-'),
      customerId: c.id,
      type: 'maintenance',
      title: '矩阵',
      amount: '1.00',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    }),
  },
  {
    method: 'GET',
    url: '/api/customers/:id/contracts',
    rule: 'contracts:read',
    target: 'customer',
    ok: [200],
  },
  { method: 'GET', url: '/api/contracts/:id', rule: 'contracts:read', target: 'active_contract', ok: [200] },
  {
    method: 'PATCH',
    url: '/api/contracts/:id',
    rule: 'contracts:write',
    target: 'contract',
    ok: [200],
    body: () => ({ title: '矩阵改' }),
    headers: ifMatch,
  },
  {
    method: 'POST',
    url: '/api/contracts/:id/transition',
    rule: 'contracts:write',
    target: 'contract',
    ok: [200],
    body: () => ({ to: 'in_review' }),
  },
  {
    method: 'GET',
    url: '/api/contracts/:id/terms',
    rule: 'contracts:read',
    target: 'active_contract',
    ok: [200],
  },
  {
    method: 'GET',
    url: '/api/contracts/:id/terms/:version',
    rule: 'contracts:read',
    target: 'active_contract',
    ok: [200],
    path: (c) => `/api/contracts/${c.id}/terms/1`,
  },
  {
    method: 'POST',
    url: '/api/contracts/:id/change-requests',
    rule: 'contracts:write',
    target: 'active_contract',
    ok: [201],
    body: () => ({ reason: '矩阵', terms: contractTerms() }),
  },
  {
    method: 'GET',
    url: '/api/contracts/:id/change-requests',
    rule: 'contracts:read',
    target: 'active_contract',
    ok: [200],
  },
  {
    method: 'GET',
    url: '/api/contracts/:id/documents',
    rule: 'contracts:read',
    target: 'active_contract',
    ok: [200],
  },
  {
    method: 'POST',
    url: '/api/contracts/:id/documents',
    rule: 'contracts:write',
    target: 'active_contract',
    ok: [201],
    multipart: true,
    fileName: 'm.pdf',
    body: () => PDF_TEXT,
  },
  {
    method: 'GET',
    url: '/api/contracts/:id/documents/:documentId',
    rule: 'contracts:read',
    target: 'active_contract',
    ok: [200],
    path: async (c) => `/api/contracts/${c.id}/documents/${await contractDocument(c.id)}`,
  },
  {
    method: 'DELETE',
    url: '/api/contracts/:id/documents/:documentId',
    rule: 'contracts:write',
    target: 'active_contract',
    ok: [204],
    path: async (c) => `/api/contracts/${c.id}/documents/${await contractDocument(c.id)}`,
  },
  // renewal tasks (scoped through the contract's customer)
  { method: 'GET', url: '/api/renewal-tasks', rule: 'contracts:read', target: 'none', ok: [200] },
  {
    method: 'PATCH',
    url: '/api/renewal-tasks/:id',
    rule: 'contracts:write',
    target: 'customer',
    ok: [200],
    path: async (c) => `/api/renewal-tasks/${await renewalTask(c.id)}`,
    body: () => ({ status: 'in_progress' }),
    headers: () => ({ 'if-match': '"1"' }),
  },
  // approvals (generic engine; deciding also needs the step's role, which the fixture gives the caller)
  { method: 'GET', url: '/api/approvals', rule: 'contracts:approve', target: 'none', ok: [200] },
  {
    method: 'GET',
    url: '/api/approvals/:id',
    rule: 'contracts:approve',
    target: 'none',
    ok: [200],
    path: async (c) => `/api/approvals/${await approvalFor(c.caller.role)}`,
  },
  {
    method: 'POST',
    url: '/api/approvals/:id/decide',
    rule: 'contracts:approve',
    target: 'none',
    ok: [200],
    path: async (c) => `/api/approvals/${await approvalFor(c.caller.role)}/decide`,
    body: () => ({ decision: 'approve' }),
  },
  // entitlement check (scoped by the customer)
  {
    method: 'GET',
    url: '/api/entitlements/check',
    rule: 'entitlements:check',
    target: 'customer',
    ok: [200],
    path: (c) => `/api/entitlements/check?customerId=${c.id}&category=defect`,
  },
  // calendars, SLA policies
  { method: 'GET', url: '/api/calendars', rule: 'sla:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/calendars',
    rule: 'calendars:manage',
    target: 'none',
    ok: [201],
    body: calendarBody,
  },
  {
    method: 'GET',
    url: '/api/calendars/:id',
    rule: 'sla:read',
    target: 'none',
    ok: [200],
    path: async () => `/api/calendars/${await freshCalendar()}`,
  },
  {
    method: 'PATCH',
    url: '/api/calendars/:id',
    rule: 'calendars:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/calendars/${await freshCalendar()}`,
    body: () => ({ name: 'y' }),
    headers: ifMatch,
  },
  {
    method: 'DELETE',
    url: '/api/calendars/:id',
    rule: 'calendars:manage',
    target: 'none',
    ok: [204],
    path: async () => `/api/calendars/${await freshCalendar()}`,
  },
  {
    method: 'GET',
    url: '/api/calendars/:id/days',
    rule: 'sla:read',
    target: 'none',
    ok: [200],
    path: async () => `/api/calendars/${await freshCalendar()}/days?year=2026`,
  },
  {
    method: 'PUT',
    url: '/api/calendars/:id/days/:date',
    rule: 'calendars:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/calendars/${await freshCalendar()}/days/2026-11-06`,
    body: () => ({ kind: 'holiday', name: 'x' }),
  },
  {
    method: 'DELETE',
    url: '/api/calendars/:id/days/:date',
    rule: 'calendars:manage',
    target: 'none',
    ok: [204],
    path: async () => {
      const id = await freshCalendar();
      await admin.put(`/api/calendars/${id}/days/2026-11-06`, { kind: 'holiday' });
      return `/api/calendars/${id}/days/2026-11-06`;
    },
  },
  {
    method: 'POST',
    url: '/api/calendars/:id/import',
    rule: 'calendars:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/calendars/${await freshCalendar()}/import`,
    body: () => ({ format: 'json', content: { year: 2026, holidays: [{ date: '2026-11-06' }] } }),
  },
  {
    method: 'GET',
    url: '/api/calendars/:id/month',
    rule: 'sla:read',
    target: 'none',
    ok: [200],
    path: async () => `/api/calendars/${await freshCalendar()}/month?month=2026-10`,
  },
  {
    method: 'POST',
    url: '/api/calendars/:id/compute',
    rule: 'sla:read',
    target: 'none',
    ok: [200],
    path: async () => `/api/calendars/${await freshCalendar()}/compute`,
    body: () => ({ start: '2026-11-06T10:00:00+08:00', minutes: 60 }),
  },
  { method: 'GET', url: '/api/sla-policies', rule: 'sla:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/sla-policies',
    rule: 'sla:manage',
    target: 'none',
    ok: [201],
    body: policyBody,
  },
  {
    method: 'GET',
    url: '/api/sla-policies/:id',
    rule: 'sla:read',
    target: 'none',
    ok: [200],
    path: async () => `/api/sla-policies/${await freshPolicy()}`,
  },
  {
    method: 'PATCH',
    url: '/api/sla-policies/:id',
    rule: 'sla:manage',
    target: 'none',
    ok: [200],
    path: async () => `/api/sla-policies/${await freshPolicy()}`,
    body: () => ({ warningPercent: 80 }),
    headers: ifMatch,
  },
  {
    method: 'GET',
    url: '/api/sla-policies/:id/versions/:version',
    rule: 'sla:read',
    target: 'none',
    ok: [200],
    path: async () => `/api/sla-policies/${await freshPolicy()}/versions/1`,
  },
];

async function notificationFor(userId: string): Promise<string> {
  const [n] = await db.transaction((tx) =>
    notify(tx, t.clock, { userIds: [userId], kind: 'matrix', title: 'x' }),
  );
  return n!.id;
}

/** Opens an SSE stream as the caller (a fresh login: clients do not expose their cookie) and drops it after the headers. */
async function openStream(client: Client, url: string) {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: client.user.username, password: client.user.password },
  });
  const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';
  // payloadAsStream resolves at the headers instead of waiting for an end that never comes.
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie }, payloadAsStream: true });
  res.stream().destroy();
  return { status: res.statusCode, text: '' };
}

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
    if (spec.target === 'deployment') ctx = { caller, ...(await createDeployment(customer.id)) };
    if (spec.target === 'upgrade') ctx = { caller, ...(await createUpgrade(customer.id)) };
    if (spec.target === 'contract') ctx = { caller, ...(await createContract(customer.id)) };
    if (spec.target === 'active_contract') ctx = { caller, ...(await createActiveContract(customer.id)) };
  }
  const url = spec.path ? await spec.path(ctx) : spec.url.replace(':id', ctx.id);
  const headers = spec.headers?.(ctx) ?? {};
  if (spec.stream) return openStream(client, url);
  if (spec.multipart) {
    const mp = multipartBody(String(await spec.body?.(ctx)), spec.fileName);
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
