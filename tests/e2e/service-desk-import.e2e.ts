/**
 * Issue 4's historical import in the browser, in Chinese: a service manager
 * downloads nothing and types nothing — she picks a CSV from an old system
 * (UTF-8 with BOM, CRLF, Chinese headers and labels, a quoted field with a
 * comma and escaped quotes, Shanghai wall-clock times), sees the dry run with
 * an L1 request answered two days late flagged as a response breach and a
 * quick consultation on time, commits, and finds both in the console under
 * their original numbers.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const logIn = loginAt(baseUrl);

const stamp = Date.now().toString(36).toUpperCase();
const lateNumber = `OLD-${stamp}-1`;
const onTimeNumber = `OLD-${stamp}-2`;

const csv = (customerName: string) =>
  `\ufeff${[
    '客户名称,编号,主题,描述,严重级别,类别,渠道,受理时间,首次响应时间,解决时间,关闭时间,标签',
    `${customerName},${lateNumber},全部门店无法下单（历史 ${stamp}）,"旧系统记录：""下单""按钮报错, 影响全部门店",L1 紧急,故障,电话,2026-03-02 10:00,2026-03-04 10:00,2026-03-05 10:00,,迁移；宕机`,
    `${customerName},${onTimeNumber},如何导出月结报表（历史 ${stamp}）,,L4,功能咨询,邮件,2026-03-02 10:00,2026-03-02 10:05,2026-03-02 11:00,2026-03-02 12:00,迁移`,
  ].join('\r\n')}\r\n`;

describe.skipIf(!webBuilt)('historical request import (zh-CN)', () => {
  let manager: Browser;
  let customerName: string;

  beforeAll(async () => {
    manager = await launchBrowser({ locale: 'zh-CN' });
    await logIn(manager.page, 'service-manager');
    const customers = (await (await manager.page.request.get(`${baseUrl}/api/customers?limit=1`)).json()) as {
      items: { name: string }[];
    };
    customerName = customers.items[0]!.name;
  });

  afterAll(async () => {
    await manager?.close();
  });

  it('checks a CSV in a dry run, shows the breach, commits, and the requests are in the console', async () => {
    const { page } = manager;
    await page.goto(`${baseUrl}/requests`);
    await page.getByTestId('request-import').click();
    await page.waitForURL('**/requests/import');

    await page.locator('input[type=file]').setInputFiles({
      name: 'old-system.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv(customerName), 'utf8'),
    });
    const late = page.getByTestId('import-row-2');
    const onTime = page.getByTestId('import-row-3');
    // Read in the browser: both rows, the quoted subject intact, times shown as written (Shanghai).
    await eventually(() => late.textContent()).toContain(`全部门店无法下单（历史 ${stamp}）`);
    await expect(late.textContent()).resolves.toContain('2026-03-02 10:00');
    await expect(page.getByTestId('import-commit').isDisabled()).resolves.toBe(true);

    await page.getByTestId('import-check').click();
    await eventually(() => page.getByTestId('import-summary').textContent()).toContain(
      '共 2 行：可导入 2 行，有问题 0 行，超时 1 行',
    );
    await expect(late.getByTestId('import-breach-response').textContent()).resolves.toBe('超时');
    await expect(onTime.getByTestId('import-breach-response').count()).resolves.toBe(0);
    await expect(onTime.getByTestId('import-breach-resolution').count()).resolves.toBe(0);
    await expect(onTime.getByTestId('import-row-ok').textContent()).resolves.toBe('可导入');
    await screenshot(page, 'service-desk-import-01-dry-run');

    await page.getByTestId('import-commit').click();
    await eventually(() => page.getByText('已导入 2 条历史请求').count()).toBe(1);
    await expect(late.getByTestId('import-row-ok').textContent()).resolves.toBe(lateNumber);
    await screenshot(page, 'service-desk-import-02-done');

    // In the console under their original numbers (the search matches a request number exactly;
    // ordered by received time, since the due-time order lists open work only), the late one
    // with its resolution clock measured as missed.
    await page.goto(`${baseUrl}/requests?view=all&sort=received&q=${encodeURIComponent(onTimeNumber)}`);
    await eventually(() => page.getByTestId(`request-row-${onTimeNumber}`).count()).toBe(1);
    await page.goto(`${baseUrl}/requests?view=all&sort=received&q=${encodeURIComponent(lateNumber)}`);
    const row = page.getByTestId(`request-row-${lateNumber}`);
    await eventually(() => row.count()).toBe(1);
    await expect(row.textContent()).resolves.toContain('未达成');
    await screenshot(page, 'service-desk-import-03-console');
  });
});
