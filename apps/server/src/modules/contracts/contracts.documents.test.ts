import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../../../../tests/support/app.js';
import { activeContract, contractBody, policyId } from '../../../../../tests/support/contracts.js';
import { teamByKey } from '../../db/seed/factories.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const admin = await t.loginAs('admin');
const north = await teamByKey(db, 'sales_north');
const east = await teamByKey(db, 'sales_east');
const rep = await t.loginAs('sales_rep', { teamIds: [north.id] });
const otherRep = await t.loginAs('sales_rep', { teamIds: [east.id] });
// Tier-1 agents ('all' scope) read contracts and their documents but do not write them.
const agent = await t.loginAs('agent');
const policy = await policyId(admin);

const customer = (
  await admin.post('/api/customers', {
    name: '文档客户',
    ownerId: rep.user.id,
    teamId: north.id,
    allowDuplicate: true,
  })
).body.id as string;
const contract = await activeContract(t, rep, contractBody(customer, policy));
const draft = (await rep.post('/api/contracts', contractBody(customer, policy))).body;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]);

function upload(client: Client, contractId: string, fileName: string, data: Buffer) {
  const boundary = 'docboundary42';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', `/api/contracts/${contractId}/documents`, {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('contract documents', () => {
  it('uploads, lists, downloads as an attachment with the stored type, and deletes', async () => {
    const res = await upload(rep, contract.id, '签字版合同.pdf', PDF);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      fileName: '签字版合同.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    const stored = path.join(t.deps.config.dataDir, 'documents', contract.id);
    expect(fs.readdirSync(stored)).toHaveLength(1);
    expect(fs.readdirSync(stored)[0]).not.toContain('签字');

    const list = await rep.get(`/api/contracts/${contract.id}/documents`);
    expect(list.body.map((d: { id: string }) => d.id)).toEqual([res.body.id]);

    const dl = await agent.get(`/api/contracts/${contract.id}/documents/${res.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(String(dl.headers['content-disposition'])).toMatch(
      /^attachment; filename="[^"]*\.pdf"; filename\*=UTF-8''/,
    );
    expect(String(dl.headers['content-disposition'])).toContain(encodeURIComponent('签字版合同.pdf'));
    expect(dl.text).toBe(PDF.toString('latin1'));

    const contact = await t.loginAs('customer_contact', { customerId: customer });
    expect((await contact.get(`/api/contracts/${contract.id}/documents/${res.body.id}`)).status).toBe(200);
    expect((await contact.delete(`/api/contracts/${contract.id}/documents/${res.body.id}`)).status).toBe(403);

    expect((await rep.delete(`/api/contracts/${contract.id}/documents/${res.body.id}`)).status).toBe(204);
    expect(fs.readdirSync(stored)).toHaveLength(0);
    expect((await rep.get(`/api/contracts/${contract.id}/documents/${res.body.id}`)).status).toBe(404);
    const audit = (await admin.get(`/api/audit?entityId=${res.body.id}`)).body.items.map(
      (a: { action: string }) => a.action,
    );
    expect(audit).toEqual(expect.arrayContaining(['contract_document.upload', 'contract_document.delete']));
  });

  it('accepts png and docx by extension and content', async () => {
    expect((await upload(rep, contract.id, 'scan.png', PNG)).status).toBe(201);
    const docx = await upload(rep, contract.id, '附件.docx', DOCX);
    expect(docx.status, docx.text).toBe(201);
    expect(docx.body.contentType).toContain('wordprocessingml');
  });

  it('refuses other extensions and content that does not match the extension (415)', async () => {
    expect((await upload(rep, contract.id, 'run.exe', PDF)).status).toBe(415);
    expect((await upload(rep, contract.id, 'page.html', Buffer.from('<html>'))).status).toBe(415);
    // HTML disguised as a PDF, a PNG named .pdf, a plain zip named .docx.
    expect(
      (await upload(rep, contract.id, 'fake.pdf', Buffer.from('<script>alert(1)</script>'))).status,
    ).toBe(415);
    expect((await upload(rep, contract.id, 'image.pdf', PNG)).status).toBe(415);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(16)]);
    expect((await upload(rep, contract.id, 'x.docx', zip)).status).toBe(415);
    expect((await upload(rep, contract.id, 'x.zip', zip)).status).toBe(201);
  });

  it('refuses files over 20 MiB (413) and stores nothing', async () => {
    const before = (await rep.get(`/api/contracts/${contract.id}/documents`)).body.length;
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    expect((await upload(rep, contract.id, 'big.pdf', big)).status).toBe(413);
    expect((await rep.get(`/api/contracts/${contract.id}/documents`)).body.length).toBe(before);
  });

  it('hides documents of contracts the caller cannot see (404) and needs contracts:write to upload', async () => {
    const doc = (await upload(rep, draft.id, 'a.pdf', PDF)).body;
    expect((await otherRep.get(`/api/contracts/${contract.id}/documents`)).status).toBe(404);
    expect((await otherRep.get(`/api/contracts/${draft.id}/documents/${doc.id}`)).status).toBe(404);
    expect((await upload(otherRep, contract.id, 'a.pdf', PDF)).status).toBe(404);
    expect((await upload(agent, contract.id, 'a.pdf', PDF)).status).toBe(403);
    // A customer contact sees documents of active contracts only.
    const contact = await t.loginAs('customer_contact', { customerId: customer });
    expect((await contact.get(`/api/contracts/${draft.id}/documents/${doc.id}`)).status).toBe(404);
    // The document id must belong to the contract in the path.
    expect((await rep.get(`/api/contracts/${contract.id}/documents/${doc.id}`)).status).toBe(404);
  });
});
