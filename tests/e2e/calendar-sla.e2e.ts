/**
 * Service configuration in the browser, in Chinese: an admin reads the China
 * working-day calendar (National Day holidays, the 10-10 make-up working day)
 * and the Business-hours SLA policy; a service manager sees a customer's
 * deployments with their warranty on the customer page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

/** The page renders asynchronously (lazy routes, API calls); give each check time to settle. */

const logIn = loginAt(baseUrl);

describe.skipIf(!webBuilt)('calendars and SLA policies (zh-CN, admin)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'zh-CN' });
    await logIn(browser.page, 'admin');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows October 2026 of the China calendar with 国庆节 holidays and the 10-10 make-up day', async () => {
    const { page } = browser;
    await page.getByRole('menuitem', { name: /工作日历/ }).click();
    await page.getByRole('link', { name: /中国大陆工作日/ }).click();
    await eventually(() => new URL(page.url()).pathname).toMatch(/^\/calendars\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url().split('?')[0]}?month=2026-10`);

    await eventually(() => page.getByTestId('month-title').textContent()).toBe('2026年10月');
    for (const date of ['2026-10-01', '2026-10-05', '2026-10-07']) {
      const cell = page.locator(`[data-date="${date}"]`);
      await eventually(() => cell.getAttribute('data-kind')).toBe('holiday');
      await eventually(() => cell.textContent()).toContain('国庆节');
      expect(await cell.getAttribute('data-working')).toBe('false');
    }
    const makeUp = page.locator('[data-date="2026-10-10"]');
    expect(await makeUp.getAttribute('data-kind')).toBe('workday');
    expect(await makeUp.getAttribute('data-working')).toBe('true');
    expect(await makeUp.textContent()).toContain('班');
    // A plain Sunday stays a day off; the Thursday after the holiday is a working day.
    expect(await page.locator('[data-date="2026-10-11"]').getAttribute('data-working')).toBe('false');
    expect(await page.locator('[data-date="2026-10-08"]').getAttribute('data-working')).toBe('true');
    await screenshot(page, 'calendar-sla-01-october');

    // Clicking a day opens its editor with the current state.
    await makeUp.click();
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.textContent()).toContain('2026-10-10');
    await eventually(() => dialog.getByRole('radio', { name: '调休上班' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('shows the Business-hours SLA policy with L1 2h/4h', async () => {
    const { page } = browser;
    await page.getByRole('menuitem', { name: /SLA 策略/ }).click();
    await eventually(() => page.getByTestId('list-L1').first().textContent()).toBe('2h / 4h');
    await page.getByRole('link', { name: '工作时间服务' }).click();
    await eventually(() => new URL(page.url()).pathname).toMatch(/^\/sla-policies\/[0-9a-f-]{36}$/);

    const response = page.locator('input[data-testid="L1-responseMinutes"]');
    const resolution = page.locator('input[data-testid="L1-resolutionMinutes"]');
    await eventually(() => response.inputValue()).toBe('2');
    expect(await resolution.inputValue()).toBe('4');
    // L4 has no resolution target ("as agreed").
    expect(await page.locator('input[data-testid="L4-resolutionMinutes"]').inputValue()).toBe('');
    await eventually(() => page.getByText(/每次保存都会创建新版本/).count()).toBe(1);
    await eventually(() => page.getByTestId('version-in-effect').textContent()).toContain('第 1 版');
    await screenshot(page, 'calendar-sla-02-policy');
  });
});

describe.skipIf(!webBuilt)('deployments on the customer page (zh-CN, service manager)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ locale: 'zh-CN' });
    await logIn(browser.page, 'service-manager');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows a demo customer's deployment with its warranty", async () => {
    const { page } = browser;
    // A demo customer whose warranty is in force (the same session cookie authenticates the request).
    const res = await page.request.get(`${baseUrl}/api/warranties?status=in_force&limit=1`);
    expect(res.status()).toBe(200);
    const warranty = (await res.json()).items[0] as {
      customerId: string;
      deploymentId: string;
      productName: string;
      endDate: string;
    };
    expect(warranty).toBeDefined();

    await page.goto(`${baseUrl}/customers/${warranty.customerId}`);
    await page.getByRole('tab', { name: '部署' }).click();
    // The customer may run the product in several environments; the card of this warranty's deployment.
    const card = page.locator(
      `[data-testid="deployment-card"][data-deployment-id="${warranty.deploymentId}"]`,
    );
    await eventually(() => card.isVisible()).toBe(true);
    const warrantyCard = card.getByTestId('warranty-card');
    await eventually(() => warrantyCard.textContent()).toContain('质保中');
    expect(await warrantyCard.textContent()).toContain(warranty.endDate);
    await eventually(() => warrantyCard.getByTestId('warranty-days-left').textContent()).toMatch(
      /^剩余 \d+ 天$/,
    );
    await screenshot(page, 'calendar-sla-03-deployments');
  });
});
