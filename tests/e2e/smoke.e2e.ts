/**
 * The first thing a newcomer does: open the app, see the login page, sign in
 * with a demo account and land in the app shell.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

describe('smoke', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('serves a healthy API to the browser', async () => {
    const { page } = browser;
    const res = await page.goto(`${baseUrl}/api/health`);
    expect(res?.status()).toBe(200);
    expect(JSON.parse((await page.locator('body').textContent()) ?? '')).toMatchObject({ status: 'ok' });
  });

  // Without a web app (apps/web has no vite config) there is no login page to test.
  it.skipIf(!webBuilt)('shows the login page and signs the demo admin in', async () => {
    const { page } = browser;
    await page.goto(baseUrl, { waitUntil: 'networkidle' });

    // The labels come from i18n (zh-CN: 用户名 / 密码); the English words and the raw keys also match.
    const username = page.getByLabel(/^(用户名|username|login\.username)$/i);
    const password = page.getByLabel(/^(密码|password|login\.password)$/i);
    await expect.poll(() => username.isVisible(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, 'login');

    await username.fill('admin');
    await password.fill('demo1234');
    await page.getByRole('button', { name: /^(登\s*录|log\s*in|sign\s*in|login\.submit)$/i }).click();

    const account = page.getByTestId('account-menu');
    await expect.poll(() => account.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => account.textContent()).toContain('admin');
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).not.toMatch(/login/);
    await screenshot(page, 'app-shell');
  });
});
