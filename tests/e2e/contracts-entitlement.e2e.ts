/**
 * Issue 3 in the browser, in Chinese: an admin adds a product, a version and
 * a deployment for a demo customer; a maintenance contract with the
 * Business-hours SLA policy is drafted on the contract form, submitted, and walked through
 * its review (sales director, then finance) in the 待我审批 inbox; then the
 * entitlement panel says a 缺陷 request on that deployment is covered by the
 * contract, with its number and the Business-hours targets (L1 2h / 4h).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const logIn = loginAt(baseUrl);

/** Picks an option of an antd Select by its visible label (options carry it as their title). */
async function pick(page: Page, field: ReturnType<Page['getByLabel']>, label: string | RegExp) {
  await field.click();
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label });
  await option.first().click();
}

/** Reads the API with the page's session cookie. */
function apiAs(page: Page) {
  return {
    get: async (path: string) => (await page.request.get(`${baseUrl}${path}`)).json(),
  };
}

const stamp = Date.now().toString(36).toUpperCase();
const productCode = `E2E-${stamp}`;
const productName = `权益测试产品${stamp}`;
const contractNumber = `HT-E2E-${stamp}`;

describe.skipIf(!webBuilt)('contract entitlement journey (zh-CN)', () => {
  let admin: Browser;
  let customer: { id: string; name: string };
  let contractId: string;

  beforeAll(async () => {
    admin = await launchBrowser({ locale: 'zh-CN' });
    await logIn(admin.page, 'admin');
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('adds a product with a version, and a deployment on a demo customer', async () => {
    const { page } = admin;
    await page.getByRole('menuitem', { name: /产品/ }).click();
    await page
      .getByRole('button', { name: /新建产品/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('产品编码').fill(productCode);
    await dialog.getByLabel('产品名称').fill(productName);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await eventually(() => new URL(page.url()).pathname).toMatch(/^\/products\/[0-9a-f-]{36}$/);

    await page
      .getByRole('button', { name: /新建版本/ })
      .first()
      .click();
    await page.getByRole('dialog').getByLabel('版本号').fill('3.1.0');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await eventually(() => page.getByRole('cell', { name: '3.1.0' }).count()).toBeGreaterThan(0);

    // A demo customer with no contract yet, so the new contract is the only one that can cover.
    const api = apiAs(page);
    const contracted = new Set(
      ((await api.get('/api/contracts?limit=100')).items as { customerId: string }[]).map(
        (c) => c.customerId,
      ),
    );
    const demo = (await api.get('/api/customers?limit=50')).items as { id: string; name: string }[];
    customer = demo.find((c) => !contracted.has(c.id))!;
    expect(customer).toBeDefined();
    await page.goto(`${baseUrl}/customers/${customer.id}?tab=deployments`);
    await page.getByRole('tab', { name: '部署' }).click();
    await page
      .getByRole('button', { name: /新增部署/ })
      .first()
      .click();
    const form = page.getByRole('dialog');
    await pick(page, form.getByLabel('产品'), productName);
    await pick(page, form.getByLabel('版本'), '3.1.0');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    const card = page.getByTestId('deployment-card').filter({ hasText: productName });
    await eventually(() => card.count()).toBe(1);
    await screenshot(page, 'contracts-entitlement-01-deployment');
  });

  it('signs a Business-hours maintenance contract, approved through the 待我审批 inbox', async () => {
    const { page } = admin;
    await page.goto(`${baseUrl}/contracts/new?customerId=${customer.id}`);
    const form = page.getByTestId('contract-form');
    await form.getByTestId('contract-number').fill(contractNumber);
    await form.getByTestId('contract-title').fill('年度维护服务合同（E2E）');
    await form.getByTestId('contract-amount').fill('120000.00');
    for (const [testId, date] of [
      ['contract-start', '2026-01-01'],
      ['contract-end', '2027-12-31'],
    ] as const) {
      await form.getByTestId(testId).click();
      await page.keyboard.type(date);
      await page.keyboard.press('Tab');
    }
    await form.getByTestId('scope-bug_fix').check();
    await form.getByTestId('scope-security_fix').check();
    await pick(page, form.getByLabel('SLA 策略'), '工作时间服务');
    await screenshot(page, 'contracts-entitlement-02-contract-form');
    await form.getByTestId('contract-save').click();
    await eventually(() => new URL(page.url()).pathname).toMatch(/^\/contracts\/[0-9a-f-]{36}$/);
    contractId = new URL(page.url()).pathname.split('/')[2]!;
    await eventually(() => page.getByTestId('contract-heading').textContent()).toContain(contractNumber);
    await page.getByTestId('contract-submit').click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await eventually(() => page.getByTestId('contract-state').getAttribute('data-state')).toBe('in_review');

    for (const [i, approver] of ['sales-director', 'finance'].entries()) {
      const b = await launchBrowser({ locale: 'zh-CN' });
      try {
        await logIn(b.page, approver);
        await b.page.getByRole('menuitem', { name: /待我审批/ }).click();
        await b.page.getByRole('link', { name: new RegExp(contractNumber) }).click();
        const drawer = b.page.getByRole('dialog');
        await eventually(() => drawer.getByTestId('approval-title').textContent()).toContain(contractNumber);
        await drawer.getByLabel('审批意见').fill(`同意（${approver}）`);
        await screenshot(b.page, `contracts-entitlement-0${3 + i}-approve-${approver}`);
        await drawer.getByRole('button', { name: /同\s*意/ }).click();
        await eventually(() => b.page.getByRole('link', { name: new RegExp(contractNumber) }).count()).toBe(
          0,
        );
      } finally {
        await b.close();
      }
    }
    await page.reload();
    await eventually(() => page.getByTestId('contract-state').getAttribute('data-state')).toBe('active');
    await screenshot(page, 'contracts-entitlement-05-contract-active');
  });

  it('the entitlement panel says a 缺陷 on that deployment is covered by the contract, L1 2h/4h', async () => {
    const { page } = admin;
    await page.getByRole('menuitem', { name: /服务权益查询/ }).click();
    const customerField = page.getByLabel('客户');
    await customerField.click();
    await page.keyboard.type(customer.name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: customer.name })
      .first()
      .click();
    await pick(page, page.getByLabel('部署'), productName);
    await pick(page, page.getByLabel('请求类别'), '缺陷');
    await page.getByRole('button', { name: /查\s*询/ }).click();

    const result = page.getByTestId('entitlement-result');
    await eventually(() => result.getByTestId('entitlement-coverage').textContent()).toBe('合同保障');
    expect(await result.getByTestId('entitlement-contract-number').textContent()).toBe(contractNumber);
    expect(await result.getByTestId('entitlement-contract-number').getAttribute('href')).toBe(
      `/contracts/${contractId}`,
    );
    expect(await result.getByTestId('entitlement-policy').textContent()).toBe('工作时间服务');
    const l1 = result.getByTestId('entitlement-targets').getByRole('row', { name: /L1/ });
    expect((await l1.textContent())?.replace(/\s+/g, '')).toBe('L12小时4小时');
    expect(await result.getByTestId('entitlement-reasons').textContent()).toContain(
      `${contractNumber} 在 2026-01-01 至 2027-12-31 生效`,
    );
    await screenshot(page, 'contracts-entitlement-06-covered');
  });

  it('the same check runs from the customer page, under the deployments', async () => {
    const { page } = admin;
    await page.goto(`${baseUrl}/customers/${customer.id}`);
    await page.getByRole('tab', { name: '部署' }).click();
    const card = page.getByTestId('entitlement-panel');
    await pick(page, card.getByRole('combobox', { name: '部署' }), productName);
    await card.getByRole('button', { name: /查\s*询/ }).click();
    await eventually(() => card.getByTestId('entitlement-coverage').textContent()).toBe('合同保障');
    expect(await card.getByTestId('entitlement-contract-number').textContent()).toBe(contractNumber);
    await screenshot(page, 'contracts-entitlement-07-customer-page');
  });

  it('the 续约任务 page lists the renewal tasks the scan opened, and a task moves to 进行中', async () => {
    const { page } = admin;
    await page.getByRole('menuitem', { name: /续约任务/ }).click();
    await eventually(() => page.getByText(/^统计日期：\d{4}-\d{2}-\d{2}$/).count()).toBe(1);
    // The demo data has a maintenance contract ending within 90 days; the start-up scan opened its task.
    const tasks = (await apiAs(page).get('/api/renewal-tasks?status=open')).items as {
      contractNumber: string;
      daysLeft: number;
    }[];
    expect(tasks.length).toBeGreaterThan(0);
    const task = tasks[0]!;
    const row = page.getByRole('row').filter({ hasText: task.contractNumber });
    await eventually(() => row.textContent()).toContain(`剩余 ${task.daysLeft} 天`);
    expect(await row.textContent()).toContain('待处理');
    expect(await row.getByRole('link', { name: '创建续约合同' }).getAttribute('href')).toMatch(
      /^\/contracts\/new\?customerId=[0-9a-f-]{36}&parentId=[0-9a-f-]{36}$/,
    );
    await row.getByRole('button', { name: '更新状态' }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByLabel('状态'), '进行中');
    await dialog.getByLabel('备注').fill('已约客户下周谈续约');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await eventually(() => row.textContent()).toContain('进行中');
    await screenshot(page, 'contracts-entitlement-08-renewals');
  });

  it("the header bell shows the renewal owner's unread notification, and 全部已读 clears it", async () => {
    // The renewal scan told the demo contract's owner (the sales director) in-app.
    const b = await launchBrowser({ locale: 'zh-CN' });
    try {
      const { page } = b;
      await logIn(page, 'sales-director');
      const { count } = (await apiAs(page).get('/api/notifications/unread-count')) as { count: number };
      expect(count).toBeGreaterThan(0);
      const bell = page.getByTestId('notification-bell');
      await eventually(() => bell.getAttribute('aria-label')).toBe(`通知 (${count} 条未读)`);
      await bell.click();
      const list = page.getByTestId('notification-list');
      await eventually(() => list.textContent()).toContain('请开始续约评估');
      await screenshot(page, 'contracts-entitlement-09-bell');
      await list.getByRole('button', { name: '全部已读' }).click();
      await eventually(() => bell.getAttribute('aria-label')).toBe('通知');
      expect((await apiAs(page).get('/api/notifications/unread-count')).count).toBe(0);
    } finally {
      await b.close();
    }
  });
});
