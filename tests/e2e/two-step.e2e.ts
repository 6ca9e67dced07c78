/**
 * Two-step verification as a staff member meets it: turn it on from the profile (QR code, first code,
 * recovery codes shown once), then sign in again with password and a code; a wrong code is refused.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hotp, timeStep, totpAt } from '../../apps/server/src/modules/auth/totp.js';
import { type Browser, eventually, launchBrowser, screenshot } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');
const PASSWORD = 'two-step-pass-1';
const DISPLAY_NAME = '两步验证测试';

/** A fresh agent made through the API as the demo admin, so no other browser test's user changes. */
async function newAgent(): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
  });
  expect(login.status).toBe(200);
  const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const roles = (await (await fetch(`${baseUrl}/api/roles`, { headers })).json()) as {
    id: string;
    key: string;
  }[];
  const username = `two-step-${Date.now().toString(36)}`;
  const created = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      username,
      displayName: DISPLAY_NAME,
      password: PASSWORD,
      roleId: roles.find((r) => r.key === 'agent')!.id,
    }),
  });
  expect(created.status).toBe(201);
  return username;
}

async function enterPassword(page: Page, username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
}

describe.skipIf(!webBuilt)('two-step verification', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is turned on from the profile and then asked for at sign-in', async () => {
    const { page, context } = browser;
    const username = await newAgent();
    await enterPassword(page, username);
    await expect.poll(() => page.getByTestId('account-menu').textContent()).toContain(DISPLAY_NAME);

    await page.goto(`${baseUrl}/settings/security`);
    await page.getByRole('button', { name: '启用两步验证' }).click();
    const secretText = page.getByTestId('totp-secret');
    await eventually(() => secretText.isVisible()).toBe(true);
    const secret = (await secretText.textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'two-step-enrol');
    await page.getByLabel('验证码').fill(totpAt(secret, new Date()));
    await page.getByRole('button', { name: '确认启用' }).click();
    const codes = page.getByTestId('recovery-codes');
    await eventually(() => codes.isVisible()).toBe(true);
    expect((await codes.textContent())?.trim().split('\n')).toHaveLength(8);
    await page.getByRole('button', { name: '我已保存' }).click();
    await eventually(() => page.getByText('已启用').isVisible()).toBe(true);

    // Signed out, the password alone no longer opens a session.
    await context.clearCookies();
    await enterPassword(page, username);
    const code = page.getByLabel('验证码');
    await eventually(() => code.isVisible()).toBe(true);
    await code.fill('000000');
    await code.press('Enter');
    await eventually(() => page.getByRole('alert').textContent()).toContain('验证码错误');
    await screenshot(page, 'two-step-wrong-code');
    // The enrolment used this time step's code; the next step's code is within the allowed drift.
    await code.fill(hotp(secret, timeStep(new Date()) + 1));
    await code.press('Enter');
    await expect.poll(() => page.getByTestId('account-menu').textContent()).toContain(DISPLAY_NAME);
  });

  it('lets an admin see a throttled sign-in and lift it', async () => {
    const { page, context } = browser;
    const ghost = `ghost-${Date.now().toString(36)}`;
    // Four failures: three free, the fourth costs a delay, so the pair is listed (its next failure waits).
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: ghost, password: 'wrong-password' }),
      });
      expect(res.status).toBe(401);
    }
    await context.clearCookies();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByLabel('密码').press('Enter');
    await eventually(() => page.getByTestId('account-menu').isVisible()).toBe(true);
    await page.goto(`${baseUrl}/admin/login-security`);
    const row = page.getByRole('row').filter({ hasText: ghost });
    await eventually(() => row.isVisible()).toBe(true);
    await expect(page.getByText('管理员必须使用两步验证').isVisible()).resolves.toBe(true);
    await screenshot(page, 'login-security');
    await row.getByRole('button', { name: /解\s*除/ }).click();
    await page.getByRole('button', { name: /^确\s*定$/ }).click();
    await eventually(() => row.count()).toBe(0);
  });
});
