/**
 * Issue 9, "the user's language everywhere", in the browser: a taken username is "已被使用" on the Chinese
 * user form (it was the server's English "Already taken"), the audit log reads as sentences with names and
 * links and no UUIDs, and in English the built-in SLA policies and calendars carry their English names.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const logIn = loginAt(baseUrl);

describe.skipIf(!webBuilt)('the reader’s language (zh-CN and en)', () => {
  let zh: Browser;
  let en: Browser;

  beforeAll(async () => {
    zh = await launchBrowser({ locale: 'zh-CN' });
    await logIn(zh.page, 'admin');
    en = await launchBrowser({ locale: 'en' });
    await en.page.addInitScript(() => window.localStorage.setItem('aftercare.locale', 'en'));
    await logIn(en.page, 'admin', { user: 'Username', password: 'Password' });
  });

  afterAll(async () => {
    await zh?.close();
    await en?.close();
  });

  it('says a taken username in Chinese on the Chinese user form', async () => {
    const { page } = zh;
    await page.goto(`${baseUrl}/admin/users`);
    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('admin');
    await dialog.getByLabel('姓名').fill('重名测试');
    await dialog.getByLabel('初始密码').fill('long-enough-1');
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dialog.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
    await eventually(async () => expect(await dialog.textContent()).toContain('已被使用'));
    expect(await dialog.textContent()).not.toContain('Already');
    await screenshot(page, 'language-duplicate-username-zh');
  });

  it('reads the audit log as sentences with names and links, never UUIDs', async () => {
    const { page } = zh;
    await page.goto(`${baseUrl}/admin/audit`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor({ timeout: 20_000 });
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => UUID.test(t))).toEqual([]);
    // Background jobs are 系统, not their technical names.
    expect(texts.filter((t) => /System|sla-sweep|renewal-scan/.test(t))).toEqual([]);
    expect(await page.locator('.ant-table-tbody tr.ant-table-row a[href^="/"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'language-audit-zh');
  });

  it('shows the built-in SLA policies and calendars by their English names in English', async () => {
    const { page } = en;
    await page.goto(`${baseUrl}/sla-policies`);
    await page.getByRole('link', { name: 'Business hours' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('link', { name: 'Standard', exact: true }).count()).toBe(1);
    await page.goto(`${baseUrl}/calendars`);
    await page.getByRole('link', { name: 'China mainland working days' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'language-builtins-en');
  });
});
