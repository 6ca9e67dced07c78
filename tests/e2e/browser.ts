/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium (installed by
 * scripts/ensure-chromium.mjs), never a downloaded browser. Each launch gets a
 * fresh profile so tests share no cookies or storage.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from '../support/server-process.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.join(repoRoot, '.test-results', 'screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(opts: { locale?: string } = {}): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found; run \`node scripts/ensure-chromium.mjs\` (npm test does).`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    locale: opts.locale ?? 'zh-CN',
    viewport: { width: 1366, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG to .test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Polls until the page settles on the expected value: the browser tests' one waiting rule. */
export const eventually = <T>(fn: () => T | Promise<T>) =>
  expect.poll(fn, { timeout: 20_000, interval: 200 });

/** The login form's labels in each UI language. */
export const loginLabels = {
  'zh-CN': { user: '用户名', password: '密码' },
  en: { user: 'Username', password: 'Password' },
} as const;

/**
 * The browser tests' one way to sign in with a demo login, bound to the server's URL:
 * `const logIn = loginAt(baseUrl)`. It waits for the account menu (usable in beforeAll, where
 * expect.poll is not).
 */
export const loginAt =
  (baseUrl: string) =>
  async (page: Page, username: string, labels: { user: string; password: string } = loginLabels['zh-CN']) => {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(labels.user).fill(username);
    await page.getByLabel(labels.password).fill('demo1234');
    await page.getByLabel(labels.password).press('Enter');
    await page.getByTestId('account-menu').filter({ hasText: username }).waitFor({ timeout: 20_000 });
  };
