/**
 * Demo products, versions, deployments, a planned upgrade and warranties,
 * dated relative to the clock so the demo always shows a warranty in force,
 * one expiring within 60 days and one expired. Runs after the demo
 * customers exist, and only when there are no products yet.
 */
import { asc, count } from 'drizzle-orm';
import { shanghaiDate } from '../../modules/warranties/index.js';
import type { Deps } from '../../platform/deps.js';
import { customers } from '../schema/customers.js';
import { plannedUpgrades, products } from '../schema/products.js';
import { newDeployment, newProduct } from './factories-products.js';

const DAY = 86_400_000;

export async function seedDemoProducts(deps: Pick<Deps, 'db' | 'clock' | 'log'>): Promise<void> {
  const existing = await deps.db.select({ n: count() }).from(products);
  if (Number(existing[0]?.n ?? 0) > 0) return;
  const now = deps.clock.now();
  const daysAgo = (d: number) => shanghaiDate(new Date(now.getTime() - d * DAY));

  const crm = await newProduct(deps.db, {
    code: 'HT-CRM',
    name: '慧通CRM',
    description: '客户关系管理系统：客户、商机、销售漏斗与服务工单',
    versions: [
      { name: '6.5.0', releaseDate: '2025-03-10', releaseNotes: '销售漏斗报表', fixedDefects: ['CRM-1021'] },
      {
        name: '7.0.0',
        releaseDate: '2025-09-01',
        releaseNotes: '全新界面，支持移动端',
        fixedDefects: ['CRM-1102', 'CRM-1130'],
        securityFixes: ['CVE-2025-31012'],
      },
      {
        name: '7.1.0',
        releaseDate: '2026-02-15',
        releaseNotes: '性能优化与企业微信集成',
        fixedDefects: ['CRM-1207'],
      },
    ],
  });
  const erp = await newProduct(deps.db, {
    code: 'HT-ERP',
    name: '慧通ERP',
    description: '企业资源计划：财务、供应链、生产（关键系统，质保两年）',
    critical: true,
    versions: [
      { name: '3.2.0', releaseDate: '2024-11-20', releaseNotes: '多组织财务合并' },
      { name: '3.3.0', releaseDate: '2025-06-30', securityFixes: ['HT-SA-2025-004'] },
      { name: '4.0.0', releaseDate: '2026-01-08', releaseNotes: '新一代供应链计划引擎' },
    ],
  });
  const data = await newProduct(deps.db, {
    code: 'HT-DATA',
    name: '数据中台',
    description: '数据集成、治理与报表平台',
    versions: [
      { name: '2.0.0', releaseDate: '2025-04-18' },
      { name: '2.1.0', releaseDate: '2025-12-12', fixedDefects: ['DATA-88'] },
    ],
  });

  const demoCustomers = await deps.db
    .select({ id: customers.id })
    .from(customers)
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(4);
  const [c1, c2, c3, c4] = demoCustomers.map((c) => c.id);
  const v = (p: typeof crm, name: string) => p.versions.find((x) => x.name === name)!.id;
  if (c1) {
    // In force for most of a year.
    await newDeployment(deps.db, {
      customerId: c1,
      productId: crm.id,
      versionId: v(crm, '7.0.0'),
      goLiveDate: daysAgo(100),
      acceptanceDate: daysAgo(90),
      at: now,
    });
    const erpProd = await newDeployment(deps.db, {
      customerId: c1,
      productId: erp.id,
      versionId: v(erp, '3.3.0'),
      goLiveDate: daysAgo(420),
      acceptanceDate: daysAgo(400),
      at: now,
    });
    await deps.db.insert(plannedUpgrades).values({
      deploymentId: erpProd.id,
      targetVersionId: v(erp, '4.0.0'),
      noticeDate: shanghaiDate(new Date(now.getTime() + 7 * DAY)),
      windowStart: new Date(now.getTime() + 21 * DAY),
      windowEnd: new Date(now.getTime() + 21 * DAY + 6 * 3_600_000),
      preparationGuide: '升级前完成全量备份；通知关键用户暂停月结操作。',
      createdAt: now,
      updatedAt: now,
    });
  }
  if (c2) {
    // Ends within 60 days.
    await newDeployment(deps.db, {
      customerId: c2,
      productId: crm.id,
      versionId: v(crm, '6.5.0'),
      goLiveDate: daysAgo(330),
      acceptanceDate: daysAgo(320),
      at: now,
    });
    await newDeployment(deps.db, {
      customerId: c2,
      productId: crm.id,
      versionId: v(crm, '7.1.0'),
      environment: 'test',
      goLiveDate: daysAgo(10),
      at: now,
    });
  }
  if (c3) {
    // Expired.
    await newDeployment(deps.db, {
      customerId: c3,
      productId: data.id,
      versionId: v(data, '2.0.0'),
      goLiveDate: daysAgo(420),
      acceptanceDate: daysAgo(400),
      at: now,
    });
  }
  if (c4) {
    await newDeployment(deps.db, {
      customerId: c4,
      productId: data.id,
      versionId: v(data, '2.1.0'),
      goLiveDate: daysAgo(30),
      acceptanceDate: daysAgo(20),
      at: now,
    });
  }
  deps.log.info({ deployments: demoCustomers.length }, 'demo products and deployments created');
}
