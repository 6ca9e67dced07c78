/**
 * The customer journey of a sales rep, in the browser, in Chinese: create a
 * customer (region from the Cascader), find it by Chinese words and pinyin
 * initials, add a contact, export the list; then a
 * rep of another team must not see it, neither in search nor by direct URL.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const NAME = '北京测试合同科技有限公司';
// A real-format unified social credit code with a valid check character.
const CREDIT_CODE = '91350100M000100Y43';

/** The page renders asynchronously (lazy routes, API calls); give each check time to settle. */

/** antd puts a space between the two characters of two-character Chinese button labels. */
const button = (page: Page, label: string) =>
  page.getByRole('button', { name: new RegExp(`^\\S*\\s*${label.split('').join('\\s*')}$`) });

const logIn = loginAt(baseUrl);

async function search(page: Page, q: string) {
  const box = page.getByPlaceholder(/搜索名称/);
  // The box re-syncs from the URL after the previous search's navigation; on a busy machine that
  // render can land after our typing, so type until the box really holds the query.
  await eventually(async () => {
    if ((await box.inputValue()) !== q) await box.fill(q);
    return box.inputValue();
  }).toBe(q);
  await box.press('Enter');
  await eventually(() => new URL(page.url()).searchParams.get('q')).toBe(q);
  await page.waitForLoadState('networkidle');
}

/** Waits until the customer table has finished loading and shows rows or its empty state. */
async function settled(page: Page) {
  await eventually(() => page.locator('.ant-table .ant-spin-spinning').count()).toBe(0);
  await eventually(() => page.locator('.ant-table-row, .ant-table .ant-empty').count()).toBeGreaterThan(0);
}

describe.skipIf(!webBuilt)('customers journey (zh-CN)', () => {
  let browser: Browser;
  let customerPath = '';

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'zh-CN' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a sales rep creates a customer with Chinese fields', async () => {
    const { page } = browser;
    await logIn(page, 'sales-rep');
    await page.getByRole('menuitem', { name: /客户/ }).click();
    await button(page, '新建客户').first().click();
    await eventually(() => new URL(page.url()).pathname).toBe('/customers/new');
    const form = page.locator('form');
    await eventually(() => form.getByLabel('客户名称').isVisible()).toBe(true);

    await form.getByLabel('客户名称').fill(NAME);
    await form.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
    // Industry is a GB/T 4754 section picked from a list, region a GB/T 2260 division from the Cascader.
    await form.getByLabel('行业').fill('制造');
    await page.locator('.ant-select-item-option', { hasText: '制造业' }).first().click();
    await form.getByLabel('地区').fill('海淀');
    await page.locator('.ant-cascader-menu-item', { hasText: '海淀区' }).first().click();
    await form.getByLabel('地址').fill('北京市海淀区中关村大街 1 号');
    await screenshot(page, 'customers-01-new-form');
    // Enter in a field submits the form.
    await form.getByLabel('地址').press('Enter');

    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/customers\/[0-9a-f-]{36}$/);
    customerPath = new URL(page.url()).pathname;
    await eventually(() => page.getByRole('heading', { level: 3 }).textContent()).toContain(NAME);
    const profile = page.locator('.ant-descriptions');
    await eventually(() => profile.textContent()).toContain(CREDIT_CODE);
    await eventually(() => profile.textContent()).toContain('华北销售组');
    await eventually(() => profile.textContent()).toContain('北京市 海淀区');
    await eventually(() => profile.textContent()).toContain('制造业');
    await screenshot(page, 'customers-02-detail');
  });

  it('finds the customer by Chinese words in the search box', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/customers`);
    // Chinese words, and the initials of the name in pinyin (北京测试合同… → bjcsht).
    for (const q of ['测试合同', '北京', 'bjcsht']) {
      await search(page, q);
      await eventually(() => page.getByRole('row', { name: new RegExp(NAME) }).count()).toBe(1);
    }
    await screenshot(page, 'customers-03-search');
  });

  it('adds a contact on the detail page', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: NAME }).click();
    await eventually(() => new URL(page.url()).pathname).toBe(customerPath);
    await page.getByRole('tab', { name: /联系人/ }).click();
    await button(page, '添加联系人').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('张伟');
    await dialog.getByLabel('电话').fill('13800138000');
    await dialog.getByLabel('职务').fill('信息中心主任');
    await dialog.getByLabel('职务').press('Enter');

    const row = page.getByRole('row', { name: /张伟/ });
    await eventually(() => row.textContent()).toContain('13800138000');
    await eventually(() => page.getByRole('tab', { name: /联系人/ }).textContent()).toContain('(1)');
    await screenshot(page, 'customers-04-contact');

    // The activity tab shows both writes.
    await page.getByRole('tab', { name: /动态/ }).click();
    await eventually(() => page.locator('.ant-timeline').textContent()).toContain('添加了联系人');
    await eventually(() => page.locator('.ant-timeline').textContent()).toContain('创建了客户');
  });

  it('exports the filtered list as CSV', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/customers?q=${encodeURIComponent('测试合同')}`);
    await eventually(() => page.getByRole('row', { name: new RegExp(NAME) }).count()).toBe(1);
    await page.getByTestId('export-button').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /导出 CSV/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await download.path();
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv).toContain(NAME);
    expect(csv).toContain('张伟');
  });

  it('logs out', async () => {
    const { page } = browser;
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();
    await eventually(() => new URL(page.url()).pathname).toBe('/login');
    await eventually(() => page.getByLabel('用户名').isVisible()).toBe(true);
  });

  it('a sales rep of another team can neither find nor open it', async () => {
    const { page } = browser;
    await logIn(page, 'sales-rep-2');
    await page.goto(`${baseUrl}/customers`);
    // Demo data gives this team customers of its own, so searches may return rows; never this one.
    for (const q of [NAME, '测试合同', '北京']) {
      await search(page, q);
      await settled(page);
      expect(await page.getByRole('row', { name: new RegExp(NAME) }).count()).toBe(0);
    }
    await screenshot(page, 'customers-05-other-team-search');

    await page.goto(`${baseUrl}${customerPath}`);
    await eventually(() => page.getByText('客户不存在，或不在您的数据范围内').isVisible()).toBe(true);
    expect(await page.getByText(NAME).count()).toBe(0);
    await screenshot(page, 'customers-06-other-team-direct-url');
  });
});
