/** Authorization matrix specs: the service desk (requests, timeline, casework, routing, desk settings). */
import { eq } from 'drizzle-orm';
import { serviceRequests } from '../../../apps/server/src/db/schema/requests.js';
import { newServiceRequest } from '../../../apps/server/src/db/seed/factories-requests.js';
import { admin, type Caller, type Ctx, createCustomer, db, ifMatch, type Spec, uniq } from './harness.js';

/** Staff (not a customer contact) holding the permission. */
const staffWith = (p: string) => (c: Caller) => c.role !== 'customer_contact' && c.perms.has(p as never);

/** Another request of the same customer (relations, merge). */
async function siblingOf(requestId: string): Promise<string> {
  const [row] = await db
    .select({ customerId: serviceRequests.customerId })
    .from(serviceRequests)
    .where(eq(serviceRequests.id, requestId));
  return (await newServiceRequest(db, { customerId: row!.customerId })).id;
}

/** A public attachment on the request, uploaded by the admin. */
async function publicAttachment(requestId: string): Promise<string> {
  const boundary = 'matrixboundary';
  const part = (headers: string, content: string) => `--${boundary}\r\n${headers}\r\n\r\n${content}\r\n`;
  const payload =
    part('Content-Disposition: form-data; name="visibility"', 'public') +
    part(
      'Content-Disposition: form-data; name="file"; filename="log.txt"\r\nContent-Type: text/plain',
      'hello',
    ) +
    `--${boundary}--\r\n`;
  const res = await admin.request('POST', `/api/requests/${requestId}/attachments`, {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  if (res.status !== 201) throw new Error(`fixture attachment: ${res.status} ${res.text}`);
  return res.body.id;
}

// Versioned singletons (settings, queues): the If-Match header is read right before the call.
let currentVersion = 1;
const currentIfMatch = () => ({ 'if-match': `"${currentVersion}"` });

const createBody = (c: Ctx) => ({
  customerId: c.id,
  channel: 'phone',
  category: 'consultation',
  severity: 'L3',
  subject: uniq('矩阵请求'),
});

export const serviceDeskSpecs: Spec[] = [
  // requests
  { method: 'GET', url: '/api/requests', rule: 'requests:read', target: 'none', ok: [200] },
  { method: 'GET', url: '/api/requests/export', rule: 'requests:read', target: 'none', ok: [200] },
  { method: 'GET', url: '/api/requests/counts', rule: 'requests:read', target: 'none', ok: [200] },
  {
    // The action decides the permission (tag: requests:update); each row reports its own result.
    method: 'POST',
    url: '/api/requests/bulk',
    rule: 'requests:update',
    target: 'none',
    ok: [200],
    body: async (c: Ctx) => {
      const customer = await c.caller.ownCustomer();
      const r = await newServiceRequest(db, { customerId: customer.id });
      return { action: 'tag', items: [{ id: r.id, version: r.version }], tag: uniq('批量') };
    },
  },
  // Every signed-in user has a home; its blocks depend on the role (workflows/home.ts).
  { method: 'GET', url: '/api/home', rule: 'authenticated', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/requests',
    rule: 'requests:create',
    target: 'customer',
    ok: [201],
    body: createBody,
  },
  { method: 'GET', url: '/api/requests/:id', rule: 'requests:read', target: 'request', ok: [200] },
  {
    method: 'PATCH',
    url: '/api/requests/:id',
    rule: 'requests:update',
    target: 'request',
    ok: [200],
    body: () => ({ subject: uniq('改') }),
    headers: ifMatch,
  },
  {
    // A customer may answer a resolution (confirm it); staff with requests:update take any allowed transition.
    method: 'POST',
    url: '/api/requests/:id/transition',
    rule: (c) => c.perms.has('requests:update') || c.perms.has('requests:reply'),
    target: 'request',
    request: { state: 'resolved', stateCategory: 'resolved', resolvedAt: new Date() },
    ok: [200],
    body: () => ({ to: 'closed' }),
    headers: ifMatch,
  },
  {
    method: 'POST',
    url: '/api/requests/:id/recheck-entitlement',
    rule: 'requests:update',
    target: 'request',
    ok: [200],
    body: () => ({ reason: '合同续签' }),
    headers: ifMatch,
  },
  {
    method: 'POST',
    url: '/api/requests/import',
    rule: 'requests:import',
    target: 'none',
    ok: [200],
    body: async () => ({
      dryRun: true,
      rows: [
        {
          customerId: (await createCustomer(admin.user.id, null)).id,
          subject: '历史请求',
          severity: 'L3',
          category: 'consultation',
          receivedAt: '2026-03-02T10:00:00+08:00',
        },
      ],
    }),
  },
  // desk configuration
  { method: 'GET', url: '/api/request-states', rule: 'requests:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/request-states',
    rule: 'service_desk:manage',
    target: 'none',
    ok: [201],
    body: () => ({
      key: uniq('mx_'),
      category: 'pending',
      nameZh: '等待第三方',
      nameEn: 'Waiting for vendor',
    }),
  },
  {
    method: 'PATCH',
    url: '/api/request-states/:key',
    rule: 'service_desk:manage',
    target: 'none',
    ok: [200],
    path: async () => {
      const key = uniq('mx_');
      await admin.post('/api/request-states', { key, category: 'open', nameZh: 'x', nameEn: 'x' });
      return `/api/request-states/${key}`;
    },
    body: () => ({ nameEn: 'Renamed' }),
  },
  {
    method: 'DELETE',
    url: '/api/request-states/:key',
    rule: 'service_desk:manage',
    target: 'none',
    ok: [204],
    path: async () => {
      const key = uniq('mx_');
      await admin.post('/api/request-states', { key, category: 'open', nameZh: 'x', nameEn: 'x' });
      return `/api/request-states/${key}`;
    },
  },
  {
    // The same table back: every caller that may write it leaves the flow as it was.
    method: 'PUT',
    url: '/api/request-transitions',
    rule: 'service_desk:manage',
    target: 'none',
    ok: [200],
    body: async () => ({ transitions: (await admin.get('/api/request-states')).body.transitions }),
  },
  { method: 'GET', url: '/api/service-desk/settings', rule: 'requests:read', target: 'none', ok: [200] },
  {
    method: 'PUT',
    url: '/api/service-desk/settings',
    rule: 'service_desk:manage',
    target: 'none',
    ok: [200],
    path: async () => {
      currentVersion = (await admin.get('/api/service-desk/settings')).body.version;
      return '/api/service-desk/settings';
    },
    body: () => ({ reopenWindowDays: 7, autoCloseDays: 3 }),
    headers: currentIfMatch,
  },
  { method: 'GET', url: '/api/saved-views', rule: 'requests:read', target: 'none', ok: [200] },
  {
    method: 'POST',
    url: '/api/saved-views',
    rule: 'requests:read',
    target: 'none',
    ok: [201],
    body: () => ({ name: uniq('视图'), filters: { view: 'mine' } }),
  },
  {
    method: 'DELETE',
    url: '/api/saved-views/:id',
    rule: 'requests:read',
    target: 'none',
    ok: [204],
    path: async (c) => {
      const owner = c.caller.perms.has('requests:read') ? c.caller.client : admin;
      const res = await owner.post('/api/saved-views', { name: uniq('视图'), filters: {} });
      return `/api/saved-views/${res.body.id}`;
    },
  },
  // timeline, attachments, time entries
  { method: 'GET', url: '/api/requests/:id/timeline', rule: 'requests:read', target: 'request', ok: [200] },
  {
    method: 'POST',
    url: '/api/requests/:id/replies',
    rule: 'requests:reply',
    target: 'request',
    ok: [201],
    body: () => ({ body: '<p>您好，我们已收到。</p>' }),
  },
  {
    method: 'POST',
    url: '/api/requests/:id/notes',
    rule: 'requests:internal',
    target: 'request',
    ok: [201],
    body: () => ({ body: '<p>内部备注</p>' }),
  },
  {
    method: 'POST',
    url: '/api/requests/:id/acknowledge',
    rule: staffWith('requests:reply'),
    target: 'request',
    ok: [201],
  },
  {
    method: 'GET',
    url: '/api/requests/:id/attachments',
    rule: 'requests:read',
    target: 'request',
    ok: [200],
  },
  {
    method: 'POST',
    url: '/api/requests/:id/attachments',
    rule: (c) => c.perms.has('requests:reply') || c.perms.has('requests:internal'),
    target: 'request',
    ok: [201],
    multipart: true,
    fileName: 'log.txt',
    body: () => 'hello',
  },
  {
    method: 'GET',
    url: '/api/requests/:id/attachments/:attachmentId',
    rule: 'requests:read',
    target: 'request',
    ok: [200],
    path: async (c) => `/api/requests/${c.id}/attachments/${await publicAttachment(c.id)}`,
  },
  {
    method: 'GET',
    url: '/api/requests/:id/time-entries',
    rule: 'requests:internal',
    target: 'request',
    ok: [200],
  },
  {
    method: 'POST',
    url: '/api/requests/:id/time-entries',
    rule: 'requests:update',
    target: 'request',
    ok: [201],
    body: () => ({ minutes: 30, note: '远程排查' }),
  },
  {
    method: 'DELETE',
    url: '/api/requests/:id/time-entries/:entryId',
    // Staff who see internal work may delete their own entries; someone else's needs requests:update.
    rule: 'requests:internal',
    target: 'request',
    ok: (c) => (c.perms.has('requests:update') ? [204] : [403]),
    path: async (c) => {
      const res = await admin.post(`/api/requests/${c.id}/time-entries`, { minutes: 15 });
      return `/api/requests/${c.id}/time-entries/${res.body.id}`;
    },
  },
  // case tracking
  {
    method: 'PUT',
    url: '/api/requests/:id/analysis',
    rule: 'requests:update',
    target: 'request',
    ok: [200],
    body: () => ({ rootCauseCategory: 'configuration', analysisNotes: '连接池配置过小' }),
    headers: ifMatch,
  },
  {
    method: 'GET',
    url: '/api/requests/:id/knowledge-draft',
    rule: 'requests:internal',
    target: 'request',
    request: { closingCause: '配置', closingSolution: '调整连接池', closingPrevention: '巡检' },
    ok: [200],
  },
  { method: 'GET', url: '/api/requests/:id/relations', rule: 'requests:read', target: 'request', ok: [200] },
  {
    method: 'POST',
    url: '/api/requests/:id/relations',
    rule: 'requests:update',
    target: 'request',
    ok: [201],
    body: async (c) => ({ relatedId: await siblingOf(c.id), kind: 'related' }),
  },
  {
    method: 'DELETE',
    url: '/api/requests/:id/relations/:relatedId/:kind',
    rule: 'requests:update',
    target: 'request',
    ok: [204],
    path: async (c) => {
      const relatedId = await siblingOf(c.id);
      await admin.post(`/api/requests/${c.id}/relations`, { relatedId, kind: 'caused_by' });
      return `/api/requests/${c.id}/relations/${relatedId}/caused_by`;
    },
  },
  {
    method: 'POST',
    url: '/api/requests/:id/merge',
    rule: 'requests:update',
    target: 'request',
    ok: [200],
    body: async (c) => ({ intoId: await siblingOf(c.id) }),
    headers: ifMatch,
  },
  // routing: queues, availability, assignment, escalation
  { method: 'GET', url: '/api/queues', rule: staffWith('requests:read'), target: 'none', ok: [200] },
  {
    method: 'PUT',
    url: '/api/queues/:teamId',
    rule: 'service_desk:manage',
    target: 'none',
    ok: [200],
    path: async () => {
      const queues = (await admin.get('/api/queues')).body as {
        teamId: string;
        tier: number;
        version: number;
      }[];
      const q = queues.find((x) => x.tier === 3)!;
      currentVersion = q.version;
      return `/api/queues/${q.teamId}`;
    },
    body: () => ({ mode: 'least_loaded' }),
    headers: currentIfMatch,
  },
  {
    method: 'GET',
    url: '/api/agents/me/availability',
    rule: staffWith('requests:read'),
    target: 'none',
    ok: [200],
  },
  {
    method: 'PUT',
    url: '/api/agents/:userId/availability',
    rule: staffWith('requests:read'),
    target: 'none',
    ok: [200],
    path: (c) => `/api/agents/${c.caller.client.user.id}/availability`,
    body: () => ({ available: true }),
  },
  {
    method: 'POST',
    url: '/api/requests/:id/assign',
    rule: 'requests:assign',
    target: 'request',
    ok: [200],
    body: () => ({ assigneeId: admin.user.id }),
    headers: ifMatch,
  },
  {
    method: 'POST',
    url: '/api/requests/:id/escalate',
    rule: 'requests:assign',
    target: 'request',
    ok: [200],
    body: () => ({ reason: '需要二线支持' }),
    headers: ifMatch,
  },
];
