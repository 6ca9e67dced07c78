import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { requestRelations, serviceRequests } from '../../db/schema/requests.js';
import { newCustomer } from '../../db/seed/factories-customers.js';
import { newServiceRequest } from '../../db/seed/factories-requests.js';

const t = await useTestApp({ clockStart: '2026-03-02T02:00:00Z' });
const db = t.database.db;
const agent = await t.loginAs('agent', { locale: 'zh-CN' });
const englishAgent = await t.loginAs('agent', { locale: 'en' });
const customer = await newCustomer(db);
const otherCustomer = await newCustomer(db);
const contact = await t.loginAs('customer_contact', { customerId: customer.id });
// Team scope without a team: every request permission, none of this file's customers.
const consultant = await t.loginAs('consultant');

const newRequest = (over: object = {}) =>
  newServiceRequest(db, { customerId: customer.id, receivedAt: t.clock.now(), ...over });
const rowOf = async (id: string) =>
  (await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;

describe('analysis', () => {
  it('needs If-Match, refuses a stale version, changes only the fields sent', async () => {
    const r = await newRequest({ description: '系统报错' });
    const url = `/api/requests/${r.id}/analysis`;
    expect((await agent.put(url, { workaround: '重启服务' })).status).toBe(428);
    expect(
      (await agent.put(url, { workaround: '重启服务' }, { 'if-match': `"${r.version + 5}"` })).status,
    ).toBe(412);

    const res = await agent.put(
      url,
      { rootCauseCategory: 'configuration', workaround: '  重启服务  ', verificationStatus: 'confirmed' },
      { 'if-match': `"${r.version}"` },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      rootCauseCategory: 'configuration',
      workaround: '重启服务',
      verificationStatus: 'confirmed',
      verifiedAt: t.clock.now().toISOString(),
      analysisNotes: null,
      version: r.version + 1,
    });
    expect(res.headers.etag).toBe(`"${r.version + 1}"`);

    // Partial: the workaround stays; null clears a field.
    const next = await agent.put(
      url,
      { analysisNotes: '配置错误', rootCauseCategory: null },
      { 'if-match': res.headers.etag as string },
    );
    expect(next.body).toMatchObject({
      workaround: '重启服务',
      analysisNotes: '配置错误',
      rootCauseCategory: null,
    });
    // The old version is stale now.
    expect((await agent.put(url, { workaround: 'x' }, { 'if-match': `"${r.version}"` })).status).toBe(412);
    expect((await rowOf(r.id)).workaround).toBe('重启服务');

    expect(
      (
        await agent.put(
          url,
          { fixVersionId: crypto.randomUUID() },
          { 'if-match': next.headers.etag as string },
        )
      ).status,
    ).toBe(400);
    expect((await agent.put(url, { unknown: 1 }, { 'if-match': next.headers.etag as string })).status).toBe(
      400,
    );
    expect(
      (await contact.put(url, { workaround: 'x' }, { 'if-match': next.headers.etag as string })).status,
    ).toBe(403);

    const events = (await agent.get(`/api/requests/${r.id}/timeline`)).body.items;
    expect(events.map((e: { event: string }) => e.event)).toEqual(['analysis_updated', 'analysis_updated']);
    expect((await contact.get(`/api/requests/${r.id}/timeline`)).body.items).toEqual([]);
  });

  it('drafts a knowledge article from the closing summary, escaped, in the caller language', async () => {
    const r = await newRequest({ subject: '报表导出失败', description: '导出 <Excel> 时报错' });
    const url = `/api/requests/${r.id}/knowledge-draft`;
    expect((await agent.get(url)).status).toBe(409);
    await agent.put(
      `/api/requests/${r.id}/analysis`,
      {
        closingCause: '模板缺失<script>x</script>',
        closingSolution: '补齐模板\n重新导出',
        closingPrevention: '发布检查',
      },
      { 'if-match': `"${r.version}"` },
    );
    const zh = await agent.get(url);
    expect(zh.status, zh.text).toBe(200);
    expect(zh.body.title).toBe('报表导出失败');
    expect(zh.body.body).toContain('<h3>问题描述</h3><p>导出 &lt;Excel&gt; 时报错</p>');
    expect(zh.body.body).toContain('<h3>原因</h3><p>模板缺失&lt;script&gt;x&lt;/script&gt;</p>');
    expect(zh.body.body).toContain('<h3>解决方案</h3><p>补齐模板<br />重新导出</p>');
    expect(zh.body.body).not.toContain('<script');
    expect((await englishAgent.get(url)).body.body).toContain('<h3>Prevention</h3><p>发布检查</p>');
    expect((await contact.get(url)).status).toBe(403);
  });
});

describe('relations and merge', () => {
  it('links requests both ways, refuses duplicates and self links, removes from either side', async () => {
    const a = await newRequest();
    const b = await newRequest();
    const added = await agent.post(`/api/requests/${a.id}/relations`, { relatedId: b.id, kind: 'caused_by' });
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ direction: 'outgoing', other: { id: b.id, number: b.number } });
    expect(
      (await agent.post(`/api/requests/${a.id}/relations`, { relatedId: b.id, kind: 'caused_by' })).status,
    ).toBe(409);
    expect(
      (await agent.post(`/api/requests/${a.id}/relations`, { relatedId: a.id, kind: 'related' })).status,
    ).toBe(400);

    const fromB = (await agent.get(`/api/requests/${b.id}/relations`)).body;
    expect(fromB).toEqual([
      expect.objectContaining({ requestId: a.id, relatedId: b.id, kind: 'caused_by', direction: 'incoming' }),
    ]);
    expect((await contact.get(`/api/requests/${b.id}/relations`)).body).toHaveLength(1);

    expect((await agent.delete(`/api/requests/${b.id}/relations/${a.id}/caused_by`)).status).toBe(204);
    expect((await agent.get(`/api/requests/${a.id}/relations`)).body).toEqual([]);
    expect((await agent.delete(`/api/requests/${b.id}/relations/${a.id}/caused_by`)).status).toBe(404);
  });

  it('hides links to requests the caller cannot see', async () => {
    const mine = await newRequest();
    const foreign = await newServiceRequest(db, { customerId: otherCustomer.id });
    await agent.post(`/api/requests/${mine.id}/relations`, { relatedId: foreign.id, kind: 'related' });
    expect((await agent.get(`/api/requests/${mine.id}/relations`)).body).toHaveLength(1);
    expect((await contact.get(`/api/requests/${mine.id}/relations`)).body).toEqual([]);
  });

  it('merges a duplicate: closes it, links both, tells both timelines', async () => {
    const dup = await newRequest({ state: 'in_progress' });
    const into = await newRequest();
    const url = `/api/requests/${dup.id}/merge`;
    expect((await agent.post(url, { intoId: into.id })).status).toBe(428);
    expect((await agent.post(url, { intoId: into.id }, { 'if-match': '"99"' })).status).toBe(412);
    expect((await agent.post(url, { intoId: dup.id }, { 'if-match': `"${dup.version}"` })).status).toBe(400);
    const foreign = await newServiceRequest(db, { customerId: otherCustomer.id });
    expect((await agent.post(url, { intoId: foreign.id }, { 'if-match': `"${dup.version}"` })).status).toBe(
      400,
    );
    expect((await rowOf(dup.id)).version).toBe(dup.version);

    t.clock.advance(60_000);
    const res = await agent.post(url, { intoId: into.id }, { 'if-match': `"${dup.version}"` });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      mergedIntoId: into.id,
      state: 'closed',
      stateCategory: 'closed',
      closedAt: t.clock.now().toISOString(),
    });
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    const row = await rowOf(dup.id);
    expect(row).toMatchObject({
      mergedIntoId: into.id,
      state: 'closed',
      stateCategory: 'closed',
      nextSlaCheckAt: null,
    });
    const links = await db.select().from(requestRelations).where(eq(requestRelations.requestId, dup.id));
    expect(links).toEqual([expect.objectContaining({ relatedId: into.id, kind: 'duplicate_of' })]);
    expect((await agent.get(`/api/requests/${into.id}/relations`)).body).toEqual([
      expect.objectContaining({ requestId: dup.id, kind: 'duplicate_of', direction: 'incoming' }),
    ]);
    // The customer sees both sides of the merge.
    expect((await contact.get(`/api/requests/${dup.id}/timeline`)).body.items).toEqual([
      expect.objectContaining({
        event: 'state_changed',
        data: expect.objectContaining({ from: 'in_progress', to: 'closed' }),
      }),
      expect.objectContaining({
        event: 'merged_into',
        data: expect.objectContaining({ intoNumber: into.number }),
      }),
    ]);
    expect((await contact.get(`/api/requests/${into.id}/timeline`)).body.items).toEqual([
      expect.objectContaining({ event: 'merged_from', data: { fromId: dup.id, fromNumber: dup.number } }),
    ]);

    expect((await agent.post(url, { intoId: into.id }, { 'if-match': `"${row.version}"` })).status).toBe(409);
    // The merge link is the merge: it stays.
    expect((await agent.delete(`/api/requests/${dup.id}/relations/${into.id}/duplicate_of`)).status).toBe(
      409,
    );
    // A request merged away is no merge target.
    const third = await newRequest();
    expect(
      (
        await agent.post(
          `/api/requests/${third.id}/merge`,
          { intoId: dup.id },
          { 'if-match': `"${third.version}"` },
        )
      ).status,
    ).toBe(409);
  });

  it('answers 404 for a request out of scope on every casework route', async () => {
    const r = await newRequest();
    const other = await newRequest();
    const calls = await Promise.all([
      consultant.put(`/api/requests/${r.id}/analysis`, { workaround: 'x' }, { 'if-match': `"${r.version}"` }),
      consultant.get(`/api/requests/${r.id}/knowledge-draft`),
      consultant.get(`/api/requests/${r.id}/relations`),
      consultant.post(`/api/requests/${r.id}/relations`, { relatedId: other.id, kind: 'related' }),
      consultant.delete(`/api/requests/${r.id}/relations/${other.id}/related`),
      consultant.post(`/api/requests/${r.id}/merge`, { intoId: other.id }, { 'if-match': `"${r.version}"` }),
    ]);
    for (const res of calls) expect(res.status, res.text).toBe(404);
    const stranger = await t.loginAs('customer_contact', { customerId: otherCustomer.id });
    expect((await stranger.get(`/api/requests/${r.id}/relations`)).status).toBe(404);
    expect(await rowOf(r.id)).toMatchObject({ version: r.version, workaround: null, mergedIntoId: null });
  });
});
