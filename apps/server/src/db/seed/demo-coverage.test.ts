/**
 * The demo shows coverage by product both ways: the first customer's CRM
 * maintenance contract covers its CRM outage, not its ERP defect (warranty
 * or billable, with the reason on the request's entitlement card).
 */
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { serviceRequests } from '../schema/requests.js';
import { seedDemo } from './demo.js';

const t = await useTestApp();

it('a CRM maintenance contract covers the CRM outage and not the ERP defect of the same customer', async () => {
  await seedDemo(t.deps);
  const db = t.database.db;
  const [crmOutage] = await db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.subject, '生产环境订单系统无法登录，全部门店受影响'));
  const [erpDefect] = await db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.subject, '慧通ERP 凭证过账时报错'));
  expect(crmOutage!.customerId).toBe(erpDefect!.customerId);
  expect(crmOutage!.coverage).toBe('contract');
  expect(erpDefect!.coverage).not.toBe('contract');
  const reasons = (erpDefect!.entitlement as { reasons: { code: string; data: Record<string, unknown> }[] })
    .reasons;
  const why = reasons.find((r) => r.code === 'contract_product_excludes');
  expect(why?.data).toMatchObject({ productName: '慧通ERP', covered: '慧通CRM', number: 'HT-2026-001' });
});
