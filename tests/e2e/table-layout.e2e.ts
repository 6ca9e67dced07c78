/**
 * Issue 9: columns were clipped at 1440 px (受理时间, 合同期, 最近登录 under
 * the fixed actions column). The main list pages at 1280, 1440 and 1920 px,
 * in Chinese and English: a screenshot of each (.test-results/screenshots/
 * layout-*), and no column header hidden under a fixed column or cut off by
 * its table without a way to scroll to it (bounding boxes of the header
 * cells against the fixed cells and the table's scroll container).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const widths = [1280, 1440, 1920];
const pages = [
  '/requests?view=all',
  '/customers',
  '/contracts',
  '/renewal-tasks',
  '/warranties',
  '/products',
  '/admin/users',
  '/admin/audit',
];

async function logIn(page: Page, locale: 'zh-CN' | 'en') {
  await page.addInitScript((l) => window.localStorage.setItem('aftercare.locale', l), locale);
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username, input[autocomplete="username"]').first().fill('admin');
  await page.locator('input[type="password"]').first().fill('demo1234');
  await page.locator('input[type="password"]').first().press('Enter');
  await page.getByTestId('account-menu').filter({ hasText: 'admin' }).waitFor({ timeout: 20_000 });
}

/** Header cells that a fixed column covers, or that stick out of a table that cannot scroll to them. */
function hiddenHeaders(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const table of document.querySelectorAll('.ant-table-wrapper')) {
      const heads = [...table.querySelectorAll<HTMLElement>('.ant-table-thead > tr > th')].filter(
        (th) => th.offsetWidth > 0 && !th.classList.contains('ant-table-cell-scrollbar'),
      );
      const fixed = heads.filter(
        (th) =>
          th.classList.contains('ant-table-cell-fix-left') ||
          th.classList.contains('ant-table-cell-fix-right'),
      );
      const container = table.querySelector<HTMLElement>('.ant-table-content, .ant-table-header') ?? table;
      const box = container.getBoundingClientRect();
      const scrolls = container.scrollWidth > container.clientWidth + 1;
      for (const th of heads) {
        const r = th.getBoundingClientRect();
        const name = th.textContent?.trim() || '(untitled)';
        if (!fixed.includes(th)) {
          for (const f of fixed) {
            const fr = f.getBoundingClientRect();
            const overlap = Math.min(r.right, fr.right) - Math.max(r.left, fr.left);
            if (overlap > 1)
              problems.push(`"${name}" under fixed "${f.textContent?.trim()}" (${Math.round(overlap)} px)`);
          }
        }
        if (!scrolls && (r.right > box.right + 1 || r.left < box.left - 1))
          problems.push(`"${name}" cut off`);
      }
    }
    return problems;
  });
}

for (const locale of ['zh-CN', 'en'] as const) {
  describe.skipIf(!webBuilt)(`tables fit or scroll (${locale})`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser({ locale });
      await logIn(browser.page, locale);
    });
    afterAll(async () => browser?.close());

    for (const path of pages) {
      it(`${path} at ${widths.join(', ')} px`, async () => {
        const { page } = browser;
        const found: string[] = [];
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${baseUrl}${path}`);
          await page.locator('.ant-table-thead th').first().waitFor({ timeout: 20_000 });
          // Rows (or the empty state) are in: the widths are final.
          await eventually(async () =>
            page.locator('.ant-table-tbody tr.ant-table-row, .ant-table-placeholder, .ant-empty').count(),
          ).toBeGreaterThan(0);
          await screenshot(page, `layout-${locale}-${width}-${path.slice(1).replace(/[/?=]/g, '-')}`);
          for (const p of await hiddenHeaders(page)) found.push(`${width} px: ${p}`);
        }
        expect(found).toEqual([]);
      });
    }
  });
}
