/**
 * Pressing Enter in a date field never submits its form (issue 9): on a request's
 * time-entry form, typing a work date and pressing Enter only sets the date; the
 * entry is logged when the button is pressed, once, with that date.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const logIn = loginAt(baseUrl);

describe.skipIf(!webBuilt)('Enter in a date field (zh-CN)', () => {
  let agent: Browser;
  let requestId: string;
  let csrf: string;

  beforeAll(async () => {
    agent = await launchBrowser({ locale: 'zh-CN' });
    await logIn(agent.page, 'agent');
    const { page } = agent;
    csrf = ((await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string })
      .csrfToken;
    const customers = (await (await page.request.get(`${baseUrl}/api/customers?limit=1`)).json()) as {
      items: { id: string }[];
    };
    const created = await page.request.post(`${baseUrl}/api/requests`, {
      data: {
        customerId: customers.items[0]!.id,
        channel: 'phone',
        category: 'consultation',
        severity: 'L4',
        subject: `日期回车测试 ${Date.now().toString(36)}`,
      },
      headers: { 'x-csrf-token': csrf },
    });
    expect(created.status()).toBe(201);
    requestId = ((await created.json()) as { id: string }).id;
  });

  afterAll(async () => {
    await agent?.close();
  });

  it('sets the date without submitting; the button logs the entry once', async () => {
    const { page } = agent;
    await page.goto(`${baseUrl}/requests/${requestId}?tab=time`);
    const form = page.getByTestId('time-form');
    await form.waitFor({ timeout: 20_000 });
    await page.getByTestId('time-minutes').fill('30');
    const date = form.locator('.ant-picker input');
    await date.click();
    await date.fill('2026-03-01');
    await date.press('Enter');
    // Had Enter submitted, this 30-minute entry would be requested before the click below.
    await page.getByTestId('time-minutes').fill('45');
    await page.getByTestId('time-add').click();

    const entries = async () =>
      (
        (await (await page.request.get(`${baseUrl}/api/requests/${requestId}/time-entries`)).json()) as {
          items: { minutes: number; workDate: string }[];
        }
      ).items;
    await eventually(async () => (await entries()).length).toBe(1);
    expect(await entries()).toMatchObject([{ minutes: 45, workDate: '2026-03-01' }]);
  });
});
