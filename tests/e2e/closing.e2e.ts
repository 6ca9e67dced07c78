/**
 * Closing with rigour in the browser (zh-CN): with a rule requiring an answer, resolving a
 * request without one is refused with the missing requirement named in Chinese; after a
 * reply it resolves, and the agent records the customer's confirmation in one click.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const logIn = loginAt(baseUrl);

describe.skipIf(!webBuilt)('closing with rigour (zh-CN)', () => {
  let admin: Browser;
  let requestId: string;
  let headers: Record<string, string>;
  const api = (path: string) => `${baseUrl}/api${path}`;

  beforeAll(async () => {
    admin = await launchBrowser({ locale: 'zh-CN' });
    await logIn(admin.page, 'admin');
    const { page } = admin;
    const me = (await (await page.request.get(api('/auth/me'))).json()) as { csrfToken: string };
    headers = { 'x-csrf-token': me.csrfToken };
    const settings = (await (await page.request.get(api('/service-desk/settings'))).json()) as {
      reopenWindowDays: number;
      autoCloseDays: number;
      version: number;
    };
    const saved = await page.request.put(api('/service-desk/settings'), {
      data: {
        reopenWindowDays: settings.reopenWindowDays,
        autoCloseDays: settings.autoCloseDays,
        resolutionRules: [{ categories: ['consultation'], severities: [], require: ['answer'] }],
      },
      headers: { ...headers, 'if-match': `"${settings.version}"` },
    });
    expect(saved.status()).toBe(200);
    const customers = (await (await page.request.get(api('/customers?limit=1'))).json()) as {
      items: { id: string }[];
    };
    const created = await page.request.post(api('/requests'), {
      data: {
        customerId: customers.items[0]!.id,
        channel: 'phone',
        category: 'consultation',
        severity: 'L4',
        subject: `结案测试 ${Date.now().toString(36)}`,
      },
      headers,
    });
    expect(created.status()).toBe(201);
    requestId = ((await created.json()) as { id: string }).id;
  });

  afterAll(async () => {
    // The other browser tests share this server: leave the desk without rules again.
    if (admin) {
      const current = (await (await admin.page.request.get(api('/service-desk/settings'))).json()) as {
        reopenWindowDays: number;
        autoCloseDays: number;
        version: number;
      };
      await admin.page.request.put(api('/service-desk/settings'), {
        data: {
          reopenWindowDays: current.reopenWindowDays,
          autoCloseDays: current.autoCloseDays,
          resolutionRules: [],
        },
        headers: { ...headers, 'if-match': `"${current.version}"` },
      });
    }
    await admin?.close();
  });

  const resolveFromMenu = async (page: Page) => {
    await page.getByTestId('request-transitions').click();
    await page.getByTestId('transition-resolved').click();
    await page.getByTestId('transition-confirm').click();
  };

  it('names the missing answer, resolves after a reply, and records the customer confirmation', async () => {
    const { page } = admin;
    await page.goto(`${baseUrl}/requests/${requestId}`);
    await page.getByTestId('request-transitions').waitFor({ timeout: 20_000 });
    await resolveFromMenu(page);
    await eventually(() => page.getByText('还不能解决：缺少公开回复或解决方案').count()).toBeGreaterThan(0);

    const reply = await page.request.post(api(`/requests/${requestId}/replies`), {
      data: { body: '<p>已在设置中为您开启导出。</p>' },
      headers,
    });
    expect(reply.status()).toBe(201);
    await page.reload();
    await page.getByTestId('request-transitions').waitFor({ timeout: 20_000 });
    await resolveFromMenu(page);
    await page.getByTestId('request-customer-confirmed').waitFor({ timeout: 20_000 });
    await page.getByTestId('request-customer-confirmed').click();
    await expect(page.getByTestId('transition-note').inputValue()).resolves.toBe('客户确认问题已解决。');
    await page.getByTestId('transition-confirm').click();
    const state = async () =>
      ((await (await page.request.get(api(`/requests/${requestId}`))).json()) as { stateCategory: string })
        .stateCategory;
    await eventually(state).toBe('closed');
  });
});
