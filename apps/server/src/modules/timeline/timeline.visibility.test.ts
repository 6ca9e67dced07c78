/**
 * Issue 4: internal notes (and the vendor's other internal working data) are
 * never visible to customer roles — anywhere. One request carries a unique
 * marker in every internal place (note, internal attachment name and content,
 * analysis notes, time entry note, the subject of another customer's related
 * request); a customer contact then reads every route it can reach and the
 * marker must appear in none of them, while staff do see it.
 */
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Client, type Response, useTestApp } from '../../../../../tests/support/app.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const customer = await newCustomer(db);
const otherCustomer = await newCustomer(db);
const contact = await t.loginAs('customer_contact', { customerId: customer.id });

/** Letters and digits only: survives HTML sanitizing, CSV quoting and search tokenizing unchanged. */
const MARKER = `secretmarker${randomBytes(6).toString('hex')}`;

function upload(client: Client, requestId: string, fileName: string, data: Buffer, visibility: string) {
  const boundary = 'visboundary42';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="visibility"\r\n\r\n${visibility}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', `/api/requests/${requestId}/attachments`, {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** Every cell of the caller's .xlsx export as one string (the file is zipped: its raw bytes prove nothing). */
async function xlsxCells(client: Client): Promise<string> {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: client.user.username, password: client.user.password },
  });
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/requests/export?format=xlsx',
    headers: { cookie: String(login.headers['set-cookie']).split(';')[0]! },
  });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => out.push(JSON.stringify(row.values))));
  return out.join('\n');
}

const ok = (res: Response, status = 200) => {
  expect(res.status, `${res.status} ${res.text}`).toBe(status);
  return res;
};

/** A request with the marker in every internal place, and a public reply and public file beside it. */
async function requestWithInternalMarker() {
  const created = ok(
    await admin.post('/api/requests', {
      customerId: customer.id,
      channel: 'phone',
      category: 'incident',
      severity: 'L2',
      subject: '打印服务无响应',
      description: 'Printing stops after the upgrade',
    }),
    201,
  );
  const id: string = created.body.id;

  const internalFile = ok(
    await upload(admin, id, `${MARKER}.log`, Buffer.from(`trace ${MARKER}\n`), 'internal'),
    201,
  );
  ok(
    await admin.post(`/api/requests/${id}/notes`, {
      body: `<p>内部排查：${MARKER}</p>`,
      attachmentIds: [internalFile.body.id],
    }),
    201,
  );
  const publicFile = ok(
    await upload(admin, id, 'guide.txt', Buffer.from('restart the spooler\n'), 'public'),
    201,
  );
  ok(
    await admin.post(`/api/requests/${id}/replies`, {
      body: '<p>请重启打印服务</p>',
      attachmentIds: [publicFile.body.id],
    }),
    201,
  );

  const etag = async () => ({ 'if-match': String((await admin.get(`/api/requests/${id}`)).headers.etag) });
  ok(
    await admin.put(
      `/api/requests/${id}/analysis`,
      { rootCauseCategory: 'configuration', analysisNotes: `连接池过小 ${MARKER}`, workaround: '重启服务' },
      await etag(),
    ),
  );
  // Reasons of a severity change and of an escalation are the vendor's (internal events).
  ok(
    await admin.patch(`/api/requests/${id}`, { severity: 'L1', reason: `升级原因 ${MARKER}` }, await etag()),
  );
  ok(await admin.post(`/api/requests/${id}/escalate`, { reason: `需要二线 ${MARKER}` }, await etag()));
  ok(await admin.post(`/api/requests/${id}/time-entries`, { minutes: 30, note: `排查 ${MARKER}` }), 201);

  // A link to another customer's request whose subject carries the marker.
  const foreign = await newServiceRequest(db, {
    customerId: otherCustomer.id,
    subject: `别家请求 ${MARKER}`,
    receivedAt: t.clock.now(),
  });
  ok(await admin.post(`/api/requests/${id}/relations`, { relatedId: foreign.id, kind: 'caused_by' }), 201);

  return { id, internalFileId: internalFile.body.id as string, publicFileId: publicFile.body.id as string };
}

describe('internal data is invisible to customer roles everywhere', () => {
  it('a customer contact never sees the marker; staff do', async () => {
    const r = await requestWithInternalMarker();

    // Staff see every internal place (so the marker is really there to leak).
    const staff = {
      timeline: ok(await admin.get(`/api/requests/${r.id}/timeline`)),
      detail: ok(await admin.get(`/api/requests/${r.id}`)),
      attachments: ok(await admin.get(`/api/requests/${r.id}/attachments`)),
      file: ok(await admin.get(`/api/requests/${r.id}/attachments/${r.internalFileId}`)),
      time: ok(await admin.get(`/api/requests/${r.id}/time-entries`)),
      relations: ok(await admin.get(`/api/requests/${r.id}/relations`)),
      audit: ok(await admin.get(`/api/customers/${customer.id}/timeline`)),
    };
    for (const [where, res] of Object.entries(staff)) expect(res.text, where).toContain(MARKER);
    expect(staff.detail.body.analysisNotes).toContain(MARKER);

    // Everything the contact can read about its request.
    const seen = {
      detail: ok(await contact.get(`/api/requests/${r.id}`)),
      list: ok(await contact.get('/api/requests')),
      search: ok(await contact.get(`/api/requests?q=${MARKER}`)),
      exportCsv: ok(await contact.get('/api/requests/export?format=csv')),
      timeline: ok(await contact.get(`/api/requests/${r.id}/timeline`)),
      attachments: ok(await contact.get(`/api/requests/${r.id}/attachments`)),
      publicFile: ok(await contact.get(`/api/requests/${r.id}/attachments/${r.publicFileId}`)),
      internalFile: await contact.get(`/api/requests/${r.id}/attachments/${r.internalFileId}`),
      time: await contact.get(`/api/requests/${r.id}/time-entries`),
      relations: ok(await contact.get(`/api/requests/${r.id}/relations`)),
      knowledgeDraft: await contact.get(`/api/requests/${r.id}/knowledge-draft`),
      notifications: ok(await contact.get('/api/notifications')),
      customerTimeline: await contact.get(`/api/customers/${customer.id}/timeline`),
      audit: await contact.get('/api/audit'),
    };
    for (const [where, res] of Object.entries(seen) as [string, Response][]) {
      expect(res.text, where).not.toContain(MARKER);
      expect(JSON.stringify(res.headers), where).not.toContain(MARKER);
    }

    // Not just empty answers: the contact does read its request, only without the internal parts.
    expect(staff.detail.body.rootCauseCategory).toBe('configuration');
    expect(seen.detail.body).toMatchObject({
      id: r.id,
      rootCauseCategory: null,
      analysisNotes: null,
      workaround: '重启服务',
    });
    expect(seen.detail.body.relations).toEqual([]);
    expect(seen.list.body.items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect(seen.search.body.items).toEqual([]);
    expect(
      (await contact.get('/api/requests?q=Printing')).body.items.map((i: { id: string }) => i.id),
    ).toEqual([r.id]);
    expect(seen.exportCsv.text).toContain('打印服务无响应');
    const cells = await xlsxCells(contact);
    expect(cells).toContain('打印服务无响应');
    expect(cells).not.toContain(MARKER);
    expect(seen.timeline.body.items.map((e: { kind: string }) => e.kind)).not.toContain('note');
    expect(seen.timeline.body.counts).toMatchObject({ notes: 0, attachments: 1 });
    expect(seen.attachments.body.map((a: { id: string }) => a.id)).toEqual([r.publicFileId]);
    expect(seen.internalFile.status).toBe(404);
    expect(seen.time.status).toBe(403);
    expect(seen.knowledgeDraft.status).toBe(403);
    expect(seen.audit.status).toBe(403);
    // The vendor's audit trail of the customer (analysis, time entries, file names): nothing for customer roles.
    expect(seen.customerTimeline.status).toBe(403);
  });
});
