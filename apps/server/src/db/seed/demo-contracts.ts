/**
 * Demo contracts: maintenance contracts on the Business-hours SLA policy for
 * the first demo customers (one in force, one expiring within 60 days so the
 * renewal scan has something to open) and a draft awaiting review. Dated
 * relative to the clock. Runs after the demo customers and products exist,
 * and only when there are no contracts yet.
 */
import { asc, count, eq } from 'drizzle-orm';
import { shanghaiDate } from '../../modules/warranties/index.js';
import type { Deps } from '../../platform/deps.js';
import { type ContractState, type ContractType, contracts, contractTerms } from '../schema/contracts.js';
import { customers } from '../schema/customers.js';
import { products } from '../schema/products.js';
import { slaPolicies } from '../schema/sla.js';

const DAY = 86_400_000;

const terms = (slaPolicyId: string, half: string, productIds: string[]) => ({
  // The contract names what it covers: a CRM contract does not cover the customer's ERP.
  coveredProducts: productIds.map((productId) => ({ productId })),
  scope: [
    { type: 'bug_fix' },
    { type: 'security_fix' },
    { type: 'performance' },
    { type: 'functional_update' },
    { type: 'inspection', frequency: 'monthly', notes: '每月全系统巡检' },
    { type: 'training', quota: 2 },
    { type: 'upgrade' },
  ],
  slaPolicyId,
  uptimeTargetPercent: 99,
  dataProtection: {
    backupFrequency: 'daily',
    storageLocation: '客户本地机房 + 异地备份',
    recoveryTimeHours: 4,
  },
  upgrades: 'included',
  payment: {
    mode: 'installments',
    installments: [
      { dueDate: '2026-01-15', amount: half },
      { dueDate: '2026-07-15', amount: half },
    ],
  },
  penalties: [
    { metric: 'response_rate', threshold: 95, deductPercent: 5, capPercent: 20 },
    { metric: 'uptime', threshold: 99, deductPercent: 3, capPercent: 15 },
  ],
  rewards: [{ consecutivePeriods: 4, kind: 'renewal_discount', percent: 5 }],
  dispute: { steps: ['negotiation', 'mediation', 'arbitration'], venue: '北京仲裁委员会' },
});

export async function seedDemoContracts(deps: Pick<Deps, 'db' | 'clock' | 'log'>): Promise<void> {
  const existing = await deps.db.select({ n: count() }).from(contracts);
  if (Number(existing[0]?.n ?? 0) > 0) return;
  const [policy] = await deps.db
    .select({ id: slaPolicies.id })
    .from(slaPolicies)
    .where(eq(slaPolicies.builtinKey, 'business_hours'));
  const demoCustomers = await deps.db
    .select({ id: customers.id, ownerId: customers.ownerId })
    .from(customers)
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(2);
  if (!policy || demoCustomers.length < 2) return;
  const productIds = new Map(
    (await deps.db.select({ id: products.id, code: products.code }).from(products)).map((p) => [
      p.code,
      p.id,
    ]),
  );
  const covering = (code: string) => {
    const id = productIds.get(code);
    return id ? [id] : [];
  };
  const now = deps.clock.now();
  const day = (offset: number) => shanghaiDate(new Date(now.getTime() + offset * DAY));

  const demo: {
    number: string;
    customer: (typeof demoCustomers)[number];
    type: ContractType;
    title: string;
    amount: string;
    start: number;
    end: number;
    state: ContractState;
    products: string[];
  }[] = [
    {
      number: 'HT-2026-001',
      customer: demoCustomers[0]!,
      type: 'maintenance',
      title: '慧通CRM 年度维护服务合同',
      amount: '128000.00',
      start: -120,
      end: 244,
      state: 'active',
      products: covering('HT-CRM'),
    },
    {
      number: 'HT-2025-017',
      customer: demoCustomers[1]!,
      type: 'maintenance',
      title: '慧通ERP 维护服务合同',
      amount: '260000.00',
      start: -320,
      end: 45,
      state: 'active',
      products: covering('HT-ERP'),
    },
    {
      number: 'HT-2026-002',
      customer: demoCustomers[1]!,
      type: 'maintenance',
      title: '慧通ERP 维护服务合同（续约）',
      amount: '248000.00',
      start: 46,
      end: 410,
      state: 'draft',
      products: covering('HT-ERP'),
    },
  ];
  await deps.db.transaction(async (tx) => {
    for (const d of demo) {
      // Two equal installments; the demo amounts are even whole yuan, so halves are exact.
      const half = `${BigInt(d.amount.split('.')[0]!) / 2n}.00`;
      const [row] = await tx
        .insert(contracts)
        .values({
          number: d.number,
          customerId: d.customer.id,
          type: d.type,
          title: d.title,
          amount: d.amount,
          signedDate: day(d.start - 10),
          startDate: day(d.start),
          endDate: day(d.end),
          ownerId: d.customer.ownerId,
          state: d.state,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(contractTerms).values({
        contractId: row!.id,
        version: 1,
        effectiveFrom: now,
        terms: terms(policy.id, half, d.products),
        createdAt: now,
      });
    }
  });
  deps.log.info('demo contracts created');
}
