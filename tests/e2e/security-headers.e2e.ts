/**
 * The Content-Security-Policy must not break what it protects: the web app
 * (a few pages after login) and the Swagger UI at /api/docs run without a
 * single policy violation or page error, and their styles really apply.
 * The last test shows the policy is enforced and the violations are seen,
 * so the first two could fail.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

describe('security headers in the browser', () => {
  let browser: Browser;
  /** CSP violations (reported by the page and by Chromium's console) and uncaught errors, in order. */
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await page.exposeFunction('reportCspViolation', (text: string) => problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation;
        report(`CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`);
      });
    });
    page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
    // Chromium also logs each blocked load or inline style; library warnings (antd deprecations) are not ours here.
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** antd's CSS-in-JS gives titles weight 600 (a browser's own h3 is 700): proof its <style> applied. */
  async function expectStyledTitle(page: Page) {
    const title = page.locator('main h3, .ant-layout-content h3').first();
    await eventually(() => title.isVisible()).toBe(true);
    expect(await title.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('600');
  }

  it.skipIf(!webBuilt)('runs the app without a CSP violation', async () => {
    const { page } = browser;
    const res = await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' });
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self';");
    expect(res?.headers()['x-frame-options']).toBe('DENY');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByLabel('密码').press('Enter');
    await eventually(() => page.getByTestId('account-menu').textContent()).toContain('admin');

    for (const path of ['/requests', '/customers', '/contracts', '/requests/import', '/calendars']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      await expectStyledTitle(page);
    }
    // A request's page: the timeline, SLA clocks and casework tabs.
    await page.goto(`${baseUrl}/requests?view=all`, { waitUntil: 'networkidle' });
    const first = page.locator('.ant-table-row a[href^="/requests/"]').first();
    await eventually(() => first.count()).toBeGreaterThan(0);
    const number = (await first.textContent())?.trim() ?? '';
    await first.click();
    await eventually(() => page.getByTestId('request-heading').textContent()).toBe(number);
    await page.waitForLoadState('networkidle');
    await expectStyledTitle(page);
    await screenshot(page, 'csp-request-detail');
    expect(problems).toEqual([]);
  });

  it('runs the API docs without a CSP violation, and they cannot be framed', async () => {
    const { page } = browser;
    const res = await page.goto(`${baseUrl}/api/docs`, { waitUntil: 'networkidle' });
    expect(res?.headers()['x-frame-options']).toBe('DENY');
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const operation = page.locator('.opblock-summary').first();
    await eventually(() => operation.isVisible()).toBe(true);
    await operation.click();
    await eventually(() => page.locator('.opblock-body').first().isVisible()).toBe(true);
    // Swagger UI's stylesheet and inserted styles applied: the operation block has its coloured border.
    expect(await operation.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await screenshot(page, 'csp-api-docs');
    expect(problems).toEqual([]);
  });

  it('blocks inline script and reports it (so the checks above can fail)', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/api/docs`, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await eventually(() => problems.some((p) => p.startsWith('CSP script-src-elem blocked inline'))).toBe(
      true,
    );
  });
});
