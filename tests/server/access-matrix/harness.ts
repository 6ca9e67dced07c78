/**
 * The authorization matrix harness: every route × every seeded role × (for
 * customer data) a record in the caller's scope and one outside it.
 * Expected: 403 when the role lacks the permission, 404 when the record is
 * outside the role's data scope (exactly like a missing one), success
 * otherwise. Route specs live in the *.specs.ts files beside this one, one
 * per area; coverage.test.ts fails when a route has no spec, so new routes
 * must be added. Each area runs as its own test file (in parallel).
 */
import { describe, expect, it } from 'vitest';
import { renewalTasks } from '../../../apps/server/src/db/schema/contracts.js';
import { teamByKey } from '../../../apps/server/src/db/seed/factories.js';
import {
  type NewServiceRequestOptions,
  newServiceRequest,
} from '../../../apps/server/src/db/seed/factories-requests.js';
import { systemRoles } from '../../../apps/server/src/db/seed/roles.js';
import { openApproval, registerApprovalKind } from '../../../apps/server/src/modules/approvals/index.js';
import { notify } from '../../../apps/server/src/modules/notifications/index.js';
import { systemActor } from '../../../apps/server/src/platform/access.js';
import type { Permission } from '../../../apps/server/src/platform/permissions.js';
import { type Client, useTestApp } from '../../support/app.js';

export const t = await useTestApp();
export const db = t.database.db;
export const admin = await t.loginAs('admin');
export const teamA = await teamByKey(db, 'sales_north');
export const teamB = await teamByKey(db, 'sales_east');
export const outsider = await t.loginAs('sales_rep', { teamIds: [teamB.id] });

let n = 0;
export const uniq = (p: string) => `${p}${++n}${Date.now().toString(36)}`;
/** A fresh small number (version strings and the like). */
export const nextNumber = () => ++n;

export async function createCustomer(
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

export async function createContact(customerId: string): Promise<{ id: string; version: number }> {
  const res = await admin.post(`/api/customers/${customerId}/contacts`, {
    name: uniq('联系人'),
    allowDuplicate: true,
  });
  if (res.status !== 201) throw new Error(`fixture contact: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}

// Products, deployments, planned upgrades: one catalog product with three versions.
export const matrixProduct = (await admin.post('/api/products', { code: uniq('MX-'), name: '矩阵产品' }))
  .body;
export const matrixVersions: string[] = [];
for (const name of ['1.0.0', '1.1.0', '1.2.0']) {
  matrixVersions.push((await admin.post(`/api/products/${matrixProduct.id}/versions`, { name })).body.id);
}
export const [mv1, mv2, mv3] = matrixVersions as [string, string, string];
export const freshProduct = async () =>
  (await admin.post('/api/products', { code: uniq('MXP-'), name: 'x' })).body.id as string;
export const freshVersion = async () =>
  (await admin.post(`/api/products/${matrixProduct.id}/versions`, { name: `9.${++n}.0` })).body.id as string;
export const upgradePlan = () => ({
  targetVersionId: mv3,
  noticeDate: '2026-03-10',
  windowStart: '2026-03-20T14:00:00Z',
  windowEnd: '2026-03-20T20:00:00Z',
});

/** An accepted deployment (so it has a warranty) of the customer. */
export async function createDeployment(customerId: string): Promise<{ id: string; version: number }> {
  const res = await admin.post('/api/deployments', {
    customerId,
    productId: matrixProduct.id,
    versionId: mv1,
    acceptanceDate: '2026-01-15',
  });
  if (res.status !== 201) throw new Error(`fixture deployment: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}

export async function createUpgrade(customerId: string): Promise<{ id: string; version: number }> {
  const d = await createDeployment(customerId);
  const res = await admin.post(`/api/deployments/${d.id}/upgrades`, upgradePlan());
  if (res.status !== 201) throw new Error(`fixture upgrade: ${res.status} ${res.text}`);
  return { id: res.body.id, version: res.body.version };
}

// Contracts (scoped by the customer): a draft for writes, an active one for reads (customer contacts see only those).
export const slaPolicyId = (await admin.get('/api/sla-policies')).body[0].id as string;
export const contractTerms = () => ({
  scope: [{ type: 'bug_fix' }],
  slaPolicyId,
  upgrades: 'included',
  payment: { mode: 'one_time', installments: [] },
});
export async function createContract(customerId: string): Promise<{ id: string; version: number }> {
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
export const contractApprovers = [await t.loginAs('sales_director'), await t.loginAs('finance')];
export async function createActiveContract(customerId: string): Promise<{ id: string; version: number }> {
  const c = await createContract(customerId);
  const review = await admin.post(`/api/contracts/${c.id}/transition`, { to: 'in_review' });
  for (const approver of contractApprovers) {
    await approver.post(`/api/approvals/${review.body.approvalId}/decide`, { decision: 'approve' });
  }
  const after = await admin.get(`/api/contracts/${c.id}`);
  if (after.body.state !== 'active') throw new Error(`fixture active contract: ${after.text}`);
  return { id: c.id, version: after.body.version };
}
export const PDF_TEXT = '%PDF-1.4 matrix';
export async function contractDocument(contractId: string): Promise<string> {
  const mp = multipartBody(PDF_TEXT, 'm.pdf');
  const res = await admin.request('POST', `/api/contracts/${contractId}/documents`, mp);
  if (res.status !== 201) throw new Error(`fixture document: ${res.status} ${res.text}`);
  return res.body.id;
}
/** A renewal task (as the scan opens it) of an active contract of the customer; returns its id. */
export async function renewalTask(customerId: string): Promise<string> {
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
export async function approvalFor(roleKey: string): Promise<string> {
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

export interface Caller {
  role: string;
  scope: string;
  perms: Set<string>;
  client: Client;
  /** A customer in this caller's scope (own record, or their organisation for customer contacts). */
  ownCustomer(): Promise<{ id: string; version: number }>;
}

export const callers: Caller[] = [];
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

/** A permission, 'authenticated', 'staff', or a predicate for rules that also depend on who the caller is. */
export type Rule = Permission | 'authenticated' | 'staff' | ((caller: Caller) => boolean);
export type Target =
  | 'none'
  | 'customer'
  | 'contact'
  | 'deployment'
  | 'upgrade'
  | 'contract'
  | 'active_contract'
  | 'request';

export interface Ctx {
  caller: Caller;
  id: string;
  version: number;
}

export interface Spec {
  method: string;
  url: string;
  rule: Rule;
  target: Target;
  /** Statuses of an allowed, in-scope call; a function when the use case checks more than one permission. */
  ok: number[] | ((caller: Caller) => number[]);
  path?: (c: Ctx) => Promise<string> | string;
  body?: (c: Ctx) => Promise<unknown> | unknown;
  headers?: (c: Ctx) => Record<string, string>;
  multipart?: boolean;
  /** File name of the multipart upload (default m.csv). */
  fileName?: string;
  /** Columns of the 'request' target (default: a received L3 request of the customer). */
  request?: Partial<NewServiceRequestOptions>;
  /** A never-ending response (SSE): only the status is checked, then the stream is dropped. */
  stream?: boolean;
}

export const ifMatch = (c: Ctx) => ({ 'if-match': `"${c.version}"` });
export const freshUser = async () =>
  (
    await admin.post('/api/users', {
      username: uniq('mx'),
      displayName: 'x',
      password: 'longenough1',
      roleId: (await admin.get('/api/roles')).body[0].id,
    })
  ).body.id;
export const freshRole = async () =>
  (
    await admin.post('/api/roles', {
      key: uniq('r_'),
      nameZh: 'x',
      nameEn: 'x',
      permissions: [],
      dataScope: 'own',
    })
  ).body.id;
export const freshTeam = async () =>
  (await admin.post('/api/teams', { key: uniq('t_'), nameZh: 'x', nameEn: 'x', kind: 'other' })).body.id;
// calendars and SLA policies (not customer-scoped)
export const nineToFive = [{ start: '09:00', end: '17:00' }];
export const calendarBody = () => ({
  name: uniq('cal'),
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: nineToFive },
});
export const freshCalendar = async () =>
  (await admin.post('/api/calendars', calendarBody())).body.id as string;
export const anyTarget = { responseMinutes: 60, resolutionMinutes: null };
export const policyBody = async () => ({
  name: uniq('sla'),
  calendarId: (await admin.get('/api/calendars')).body[0].id,
  targets: { L1: anyTarget, L2: anyTarget, L3: anyTarget, L4: anyTarget },
});
export const freshPolicy = async () =>
  (await admin.post('/api/sla-policies', await policyBody())).body.id as string;

export const csv = (name: string) => `名称,地区\n${name},北京\n`;
export function multipartBody(content: string, fileName = 'm.csv') {
  const boundary = 'matrixboundary';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function notificationFor(userId: string): Promise<string> {
  const [n] = await db.transaction((tx) =>
    notify(tx, t.clock, { userIds: [userId], kind: 'matrix', title: 'x' }),
  );
  return n!.id;
}

/** Opens an SSE stream as the caller (a fresh login: clients do not expose their cookie) and drops it after the headers. */
export async function openStream(client: Client, url: string) {
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
export async function importJob(caller: Caller): Promise<string> {
  const owner = caller.perms.has('customers:import') ? caller.client : admin;
  const mp = multipartBody(csv(uniq('导入')));
  const res = await owner.request('POST', '/api/customers/import', {
    payload: mp.payload,
    headers: mp.headers,
  });
  if (res.status !== 201) throw new Error(`fixture import: ${res.status} ${res.text}`);
  return res.body.id;
}

export function allowedByRule(caller: Caller, rule: Rule): boolean {
  if (typeof rule === 'function') return rule(caller);
  if (rule === 'authenticated') return true;
  if (rule === 'staff')
    return (
      caller.role !== 'customer_contact' &&
      (caller.perms.has('customers:read') || caller.perms.has('users:read'))
    );
  return caller.perms.has(rule);
}

/** Whether a record of that kind is inside the caller's data scope. */
export function inScope(caller: Caller, kind: 'own' | 'other'): boolean {
  return kind === 'own' || caller.scope === 'all';
}

/** The record a spec acts on, made at `customer` (the customer itself for customer routes). */
export async function targetOf(
  spec: Spec,
  caller: Caller,
  customer: { id: string; version: number },
): Promise<Ctx> {
  switch (spec.target) {
    case 'contact':
      return { caller, ...(await createContact(customer.id)) };
    case 'deployment':
      return { caller, ...(await createDeployment(customer.id)) };
    case 'upgrade':
      return { caller, ...(await createUpgrade(customer.id)) };
    case 'contract':
      return { caller, ...(await createContract(customer.id)) };
    case 'active_contract':
      return { caller, ...(await createActiveContract(customer.id)) };
    case 'request': {
      const r = await newServiceRequest(db, { customerId: customer.id, ...spec.request });
      return { caller, id: r.id, version: r.version };
    }
    default:
      return { caller, ...customer };
  }
}

export async function run(spec: Spec, caller: Caller, kind: 'own' | 'other') {
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
    ctx = await targetOf(spec, caller, customer);
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

/** One `it` per route spec: every caller, in-scope and out-of-scope records. */
export function runMatrix(name: string, specs: Spec[]): void {
  describe(`authorization matrix: ${name}`, () => {
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
                : typeof spec.ok === 'function'
                  ? spec.ok(caller)
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
  });
}
