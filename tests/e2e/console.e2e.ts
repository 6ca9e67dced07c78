/**
 * Issue 9 in the browser: the service manager's home shows their blocks and
 * each opens its console tab; the console counts its tabs with one call, moves
 * with j/k, selects with x, and tags the selected requests in bulk — a row made
 * stale meanwhile says so while the others succeed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const logIn = loginAt(baseUrl);

describe.skipIf(!webBuilt)('home and console (zh-CN)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await logIn(browser.page, 'service-manager');
  });
  afterAll(async () => browser?.close());

  it("the service manager's home links each figure to its list", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('home-manager').waitFor();
    for (const key of ['backlog', 'atRisk', 'breached', 'unassigned', 'teamLoad']) {
      await page.getByTestId(`home-block-${key}`).waitFor();
    }
    await screenshot(page, 'home-service-manager');
    await page.getByTestId('home-link-unassigned').click();
    await eventually(() => new URL(page.url()).searchParams.get('view')).toBe('unassigned');
  });

  it('counts the tabs with one call and works the list from the keyboard and in bulk', async () => {
    const { page } = browser;
    const listCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/requests?') || r.url().includes('/api/requests/counts'))
        listCalls.push(r.url());
    });
    await page.goto(`${baseUrl}/requests?view=all`);
    await page.getByTestId('view-count-unassigned').waitFor();
    // The badges come from the counts call: every list call is for the tab shown (a refresh after a
    // notification may repeat both), none per tab as before.
    expect(listCalls.filter((u) => u.includes('/api/requests/counts')).length).toBeGreaterThanOrEqual(1);
    const lists = listCalls.filter((u) => u.includes('/api/requests?'));
    expect(lists.length).toBeGreaterThanOrEqual(1);
    expect(lists.filter((u) => new URL(u).searchParams.get('view') !== 'all')).toEqual([]);

    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await eventually(() => rows.count()).toBeGreaterThan(2);
    await page.locator('body').press('j');
    await page.locator('body').press('j');
    await eventually(() => rows.nth(1).getAttribute('data-current')).toBe('true');
    await page.locator('body').press('x');
    await page.locator('body').press('k');
    await page.locator('body').press('x');
    await page.getByTestId('bulk-bar').waitFor();
    await expect.poll(() => page.getByTestId('bulk-bar').textContent()).toContain('已选 2 条');

    // Someone else changes the second selected request meanwhile: its version goes stale.
    const staleId = await rows.nth(1).getAttribute('data-row-key');
    const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`${baseUrl}/api/requests/${staleId}`)).json()) as {
      version: number;
    };
    const patched = await page.request.patch(`${baseUrl}/api/requests/${staleId}`, {
      data: { impactScope: '另一位同事刚刚修改' },
      headers: { 'x-csrf-token': me.csrfToken, 'if-match': `"${current.version}"` },
    });
    expect(patched.status()).toBe(200);

    await page.getByTestId('bulk-tag').click();
    await page.getByTestId('bulk-tag-input').fill('批量回访');
    await page.getByTestId('bulk-apply').click();
    await page.getByTestId('bulk-failures').waitFor();
    await expect.poll(() => page.getByTestId('bulk-failures').textContent()).toContain('已被他人修改');
    await screenshot(page, 'console-bulk-result');
    // The row that failed stays selected, the other one is done.
    // The tag dialog may still be fading out: close the result dialog itself.
    await page
      .locator('.ant-modal-wrap', { has: page.getByTestId('bulk-failures') })
      .locator('.ant-modal-close')
      .click();
    await expect.poll(() => page.getByTestId('bulk-bar').textContent()).toContain('已选 1 条');
    const firstId = await rows.nth(0).getAttribute('data-row-key');
    const tagged = (await (await page.request.get(`${baseUrl}/api/requests/${firstId}`)).json()) as {
      tags: string[];
    };
    expect(tagged.tags).toContain('批量回访');

    // Enter opens the current row (focus off the buttons the dialog gave it back to).
    await eventually(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('body').press('Enter');
    await eventually(() => page.url()).toContain(`/requests/${firstId}`);
  });
});
