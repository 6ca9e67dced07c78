/**
 * Issue 4 in the browser, in Chinese: an L1 request of a customer with a
 * maintenance contract waits unassigned in the tier-1 queue; the agent finds
 * it under 未分派 with a running response countdown, takes it, replies (the
 * response clock turns to 已达成), escalates it to tier 2 with a reason,
 * resolves it, and the request shows its measured times. Keyboard shortcuts
 * (r, e, s) drive the reply box, the escalation dialog and the state menu.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const logIn = loginAt(baseUrl);

/** The API with the page's session cookie and CSRF token. */
async function apiAs(page: Page) {
  const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  return {
    get: async (path: string) => (await page.request.get(`${baseUrl}${path}`)).json(),
    post: async (path: string, data: unknown, extra: Record<string, string> = {}) => {
      const res = await page.request.post(`${baseUrl}${path}`, { data, headers: { ...headers, ...extra } });
      return { status: res.status(), body: await res.json() };
    },
  };
}

const stamp = Date.now().toString(36).toUpperCase();
const subject = `核心系统无法登录（E2E ${stamp}）`;

describe.skipIf(!webBuilt)('service desk journey (zh-CN)', () => {
  let agent: Browser;
  let requestId: string;
  let number: string;

  beforeAll(async () => {
    agent = await launchBrowser({ locale: 'zh-CN' });
    await logIn(agent.page, 'agent');
    // Setup through the API: an L1 incident for the customer of the demo maintenance contract,
    // taken out of anyone's hands so it waits in the tier-1 queue.
    const api = await apiAs(agent.page);
    const contracts = (await api.get('/api/contracts?limit=100')).items as {
      customerId: string;
      state: string;
      type: string;
    }[];
    const contract = contracts.find((c) => c.type === 'maintenance' && c.state === 'active');
    expect(contract).toBeDefined();
    const created = await api.post(
      '/api/requests',
      {
        customerId: contract!.customerId,
        channel: 'phone',
        category: 'incident',
        severity: 'L1',
        subject,
        description: '客户来电：所有用户登录时报错“数据库连接失败”。',
      },
      { 'idempotency-key': `e2e-${stamp}` },
    );
    expect(created.status).toBe(201);
    expect(created.body.coverage).toBe('contract');
    requestId = created.body.id;
    number = created.body.number;
    const unassigned = await api.post(
      `/api/requests/${requestId}/assign`,
      { assigneeId: null },
      { 'if-match': `"${created.body.version}"` },
    );
    expect(unassigned.status).toBe(200);
  });

  afterAll(async () => {
    await agent?.close();
  });

  it('finds the request under 未分派 with a running response countdown and takes it', async () => {
    const { page } = agent;
    await page.getByRole('menuitem', { name: /服务请求/ }).click();
    await page.getByTestId('view-unassigned').click();
    const row = page.getByTestId(`request-row-${number}`);
    await row.waitFor({ timeout: 20_000 });
    await expect(row.getByTestId('row-sla').getAttribute('data-phase')).resolves.toBe('running');
    await expect(row.getByTestId('row-sla').textContent()).resolves.toMatch(/剩余 .*\d\d:\d\d:\d\d/);
    // The countdown ticks every second without a reload.
    const before = await row.getByTestId('row-sla').textContent();
    await eventually(() => row.getByTestId('row-sla').textContent()).not.toBe(before);
    await screenshot(page, 'service-desk-01-queue');

    await row.getByTestId('request-link').click();
    await eventually(() => page.getByTestId('request-heading').textContent()).toBe(number);
    await expect(page.getByTestId('request-assignee').textContent()).resolves.toContain('未分派');
    await page.getByTestId('request-take').click();
    await eventually(() => page.getByTestId('request-assignee').textContent()).toContain('agent');
  });

  it('replies to the customer: the response clock turns from running to met', async () => {
    const { page } = agent;
    await expect(page.getByTestId('sla-response').getAttribute('data-phase')).resolves.toBe('running');
    await page.getByTestId('request-heading').click();
    await page.keyboard.press('r');
    await eventually(() => page.getByTestId('composer').getAttribute('data-mode')).toBe('reply');
    const editor = page.getByTestId('composer-editor');
    await editor.click();
    await page.keyboard.type('您好，我们已收到问题，工程师正在排查数据库连接。');
    await page.getByTestId('composer-send').click();
    await eventually(() => page.getByTestId('timeline-reply').count()).toBe(1);
    await eventually(() => page.getByTestId('sla-response').getAttribute('data-phase')).toBe('met');
    await expect(page.getByTestId('measured-first-response').textContent()).resolves.toContain('已达成');

    // An internal note is told apart from the reply and never counts as a response.
    await page.getByTestId('composer-mode').getByText('内部备注').click();
    await editor.click();
    await page.keyboard.type('怀疑连接池耗尽，需二线确认。');
    await page.getByTestId('composer-send').click();
    await eventually(() => page.getByTestId('timeline-note').count()).toBe(1);
    await expect(page.getByTestId('timeline-note').textContent()).resolves.toContain('内部');
    await screenshot(page, 'service-desk-02-replied');
  });

  it('escalates to tier 2 with a reason', async () => {
    const { page } = agent;
    await page.getByTestId('request-heading').click();
    await page.keyboard.press('e');
    await page.getByTestId('escalate-reason').fill('数据库层问题，需技术支持处理');
    await page.getByTestId('escalate-confirm').click();
    await eventually(() => page.getByTestId('request-tier').textContent()).toBe('2 线');
    const escalated = page.locator('[data-testid="timeline-event"][data-event="escalated"]');
    await eventually(() => escalated.count()).toBe(1);
    await expect(escalated.textContent()).resolves.toContain('数据库层问题，需技术支持处理');
    await expect(page.getByTestId('request-assignee').textContent()).resolves.toContain('技术支持组');
  });

  it('resolves it, and the request shows its measured times', async () => {
    const { page } = agent;
    await page.getByTestId('request-heading').click();
    await page.keyboard.press('s');
    await page.getByTestId('transition-resolved').click();
    await page.getByTestId('transition-note').fill('已扩容连接池并重启服务，登录恢复正常');
    await page.getByTestId('transition-confirm').click();
    await eventually(() => page.getByTestId('request-state').first().textContent()).toBe('已解决');
    await eventually(() => page.getByTestId('sla-resolution').getAttribute('data-phase')).toBe('met');
    await expect(page.getByTestId('measured-resolution').textContent()).resolves.toContain('已达成');
    // Calendar and working minutes are measured (working time may be 0 outside business hours).
    for (const id of [
      'measured-resolution-calendar',
      'measured-resolution-working',
      'measured-first-response-working',
    ])
      await expect(page.getByTestId(id).textContent()).resolves.toMatch(/^\d+(天|小时|分)/);
    await screenshot(page, 'service-desk-03-resolved');

    // The server agrees with the page.
    const api = await apiAs(page);
    const detail = await api.get(`/api/requests/${requestId}`);
    expect(detail).toMatchObject({ state: 'resolved', tier: 2, responseMet: true, resolutionMet: true });
    expect(detail.firstResponseAt).not.toBeNull();
    expect(detail.resolutionCalendarMinutes).toBeGreaterThanOrEqual(0);
  });
});
