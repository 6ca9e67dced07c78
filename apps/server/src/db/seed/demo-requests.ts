/**
 * Demo service requests: a small console's worth of realistic work relative
 * to the clock — fresh ones, one at risk, one breached (escalated to tier 2),
 * one waiting for the customer, one resolved, one closed — so every view of
 * the agent console has something to show on the first start.
 */
import { asc, eq } from 'drizzle-orm';
import { resolutionKpis, responseKpis, sweepPatch } from '../../modules/requests/requests.clock.js';
import { entitlementFor } from '../../modules/requests/requests.intake.js';
import { appendEvent } from '../../modules/requests/requests.kernel.js';
import { calendarsOf, policyIdFor } from '../../modules/requests/requests.terms.js';
import type { Deps } from '../../platform/deps.js';
import type { RequestCategory } from '../../workflows/entitlement.js';
import { customers } from '../schema/customers.js';
import { users } from '../schema/identity.js';
import { products } from '../schema/products.js';
import { serviceRequests } from '../schema/requests.js';
import { teamByKey } from './factories.js';
import { type NewServiceRequestOptions, newServiceRequest } from './factories-requests.js';

const MIN = 60_000;

export async function seedDemoRequests(deps: Pick<Deps, 'db' | 'clock' | 'log'>): Promise<void> {
  const { db } = deps;
  // Once: a desk that already has requests keeps them.
  if ((await db.select({ id: serviceRequests.id }).from(serviceRequests).limit(1)).length) return;
  const now = deps.clock.now().getTime();
  const ago = (minutes: number) => new Date(now - minutes * MIN);
  const list = await db
    .select({ id: customers.id })
    .from(customers)
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(6);
  if (list.length === 0) return;
  const customer = (i: number) => list[i % list.length]!.id;
  const [agent] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'agent'));
  const [engineer] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'engineer'));
  const tier1 = await teamByKey(db, 'customer_service');
  const tier2 = await teamByKey(db, 'technical_support');
  const t1 = { teamId: tier1.id, tier: 1 };
  const productIds = new Map(
    (await db.select({ id: products.id, code: products.code }).from(products)).map((p) => [p.code, p.id]),
  );
  const product = (code: string) => productIds.get(code) ?? null;

  const rows: NewServiceRequestOptions[] = [
    {
      customerId: customer(0),
      severity: 'L1' as const,
      category: 'incident',
      channel: 'phone' as const,
      subject: '生产环境订单系统无法登录，全部门店受影响',
      productId: product('HT-CRM'),
      receivedAt: ago(20),
      ...t1,
    },
    {
      // The same customer's CRM contract does not cover its ERP: warranty or billable, and the card says why.
      customerId: customer(0),
      severity: 'L3' as const,
      category: 'defect',
      channel: 'phone' as const,
      subject: '慧通ERP 凭证过账时报错',
      productId: product('HT-ERP'),
      receivedAt: ago(45),
      ...t1,
    },
    {
      customerId: customer(1),
      severity: 'L1' as const,
      category: 'incident',
      channel: 'portal' as const,
      subject: '支付对账任务凌晨失败，当日流水缺失',
      receivedAt: ago(100),
      state: 'assigned',
      assigneeId: agent?.id ?? null,
      ...t1,
    },
    {
      customerId: customer(2),
      severity: 'L2' as const,
      category: 'defect',
      channel: 'email' as const,
      subject: '月度报表导出 Excel 中文乱码',
      receivedAt: ago(300),
      state: 'in_progress',
      assigneeId: agent?.id ?? null,
      firstResponseAt: ago(280),
      ...t1,
    },
    {
      customerId: customer(3),
      severity: 'L2' as const,
      category: 'incident',
      channel: 'phone' as const,
      subject: '库存同步接口响应超过 30 秒',
      receivedAt: ago(14 * 60),
      state: 'in_progress',
      assigneeId: engineer?.id ?? null,
      teamId: tier2.id,
      tier: 2,
      firstResponseAt: ago(13 * 60),
    },
    {
      customerId: customer(4),
      severity: 'L3' as const,
      category: 'consultation',
      channel: 'portal' as const,
      subject: '如何配置多组织审批流程',
      receivedAt: ago(8 * 60),
      state: 'waiting_customer',
      assigneeId: agent?.id ?? null,
      firstResponseAt: ago(7 * 60),
      pausedAt: ago(6 * 60),
      ...t1,
    },
    {
      customerId: customer(5),
      severity: 'L3' as const,
      category: 'upgrade',
      channel: 'phone' as const,
      subject: '申请从 5.2 升级到 6.0 的实施计划',
      receivedAt: ago(2 * 24 * 60),
      state: 'resolved',
      assigneeId: agent?.id ?? null,
      firstResponseAt: ago(2 * 24 * 60 - 60),
      resolvedAt: ago(20 * 60),
      ...t1,
    },
    {
      customerId: customer(0),
      severity: 'L4' as const,
      category: 'training',
      channel: 'chat' as const,
      subject: '新员工系统操作培训安排',
      receivedAt: ago(9 * 24 * 60),
      state: 'closed',
      assigneeId: agent?.id ?? null,
      firstResponseAt: ago(9 * 24 * 60 - 120),
      resolvedAt: ago(7 * 24 * 60),
      closedAt: ago(4 * 24 * 60),
      ...t1,
    },
  ];
  for (const r of rows) {
    // Decided as intake decides it, so the demo contract's customers show contract coverage and its SLA.
    const ent = await entitlementFor(deps as Deps, {
      customerId: r.customerId,
      productId: r.productId ?? undefined,
      category: r.category as RequestCategory,
      at: r.receivedAt ?? new Date(now),
    });
    const created = await newServiceRequest(db, {
      ...r,
      coverage: ent.coverage,
      contractId: ent.contract?.id ?? null,
      warrantyId: ent.warranty?.id ?? null,
      feeCategory: ent.feeCategory ?? null,
      entitlement: ent as unknown as Record<string, unknown>,
      slaPolicyId: await policyIdFor(db, ent),
      ...(r.pausedAt ? { resolutionDueAt: null, resolutionWarnAt: null } : {}),
    });
    // At risk / breached as the SLA sweep would have left them.
    const at = new Date(now);
    const flags: Partial<typeof serviceRequests.$inferInsert> = {};
    // Measured times as the flows record them (first response, resolution on the policy's calendar).
    const calendar = await calendarsOf(deps, created);
    if (calendar && created.firstResponseAt) {
      const { nextSlaCheckAt: _next, ...kpis } = responseKpis(created, calendar, created.firstResponseAt);
      Object.assign(flags, kpis);
    }
    if (calendar && created.resolvedAt) {
      const { nextSlaCheckAt: _next, ...kpis } = resolutionKpis(created, calendar, created.resolvedAt);
      Object.assign(flags, kpis);
    }
    // Warnings, breaches, verdicts and the next check exactly as the sweep decides them.
    Object.assign(flags, sweepPatch({ ...created, ...flags } as typeof created, at).patch);
    if (Object.keys(flags).length)
      await db.update(serviceRequests).set(flags).where(eq(serviceRequests.id, created.id));
    await appendEvent(db, created.id, 'received', {
      actorId: null,
      at: created.receivedAt,
      visibility: 'public',
      data: {
        number: created.number,
        channel: created.channel,
        coverage: created.coverage,
        severity: created.severity,
      },
    });
  }
  deps.log.info({ count: rows.length }, 'demo service requests created');
}
