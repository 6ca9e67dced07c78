/**
 * Next year's holidays in the browser (zh-CN, admin): the server runs on today's clock (December 2026), so the
 * China calendar, which has no 2027 days, shows the missing-year banner; its action opens the import, and pasting
 * the State Council's 2026 notice is read as a notice of 2026 and previewed at once as no change against the
 * shipped 2026 days (nothing is written: the 2027 notice is not published here).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, eventually, launchBrowser, loginAt } from './browser.js';

const baseUrl = inject('baseUrl');
const webBuilt = inject('webBuilt');

const NOTICE_2026 = [
  '国务院办公厅关于2026年部分节假日安排的通知',
  '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
  '二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
  '三、清明节：4月4日（周六）至6日（周一）放假，共3天。',
  '四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
  '五、端午节：6月19日（周五）至21日（周日）放假，共3天。',
  '六、中秋节：9月25日（周五）至27日（周日）放假，共3天。',
  '七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
].join('\n');

const logIn = loginAt(baseUrl);

describe.skipIf(!webBuilt || new Date().getUTCMonth() < 10)(
  'next year missing on the calendar page (zh-CN)',
  () => {
    let admin: Browser;

    beforeAll(async () => {
      admin = await launchBrowser({ locale: 'zh-CN' });
      await logIn(admin.page, 'admin');
    });

    afterAll(async () => {
      await admin?.close();
    });

    it('warns on the page, and a pasted notice is recognised and previewed', async () => {
      const { page } = admin;
      const calendars = (await (await page.request.get(`${baseUrl}/api/calendars`)).json()) as {
        id: string;
        builtinKey: string | null;
      }[];
      const china = calendars.find((c) => c.builtinKey === 'china_mainland')!;
      const next = new Date().getUTCFullYear() + 1;
      await page.goto(`${baseUrl}/calendars/${china.id}`);
      const banner = page.getByTestId('next-year-banner');
      await banner.waitFor({ timeout: 20_000 });
      expect(await banner.textContent()).toContain(`尚未导入 ${next} 年的节假日与调休`);

      await banner.getByRole('button', { name: '去导入' }).click();
      const content = page.getByPlaceholder(/粘贴国务院办公厅/);
      await content.waitFor({ timeout: 10_000 });
      // A paste event marks the change that follows as pasted (fill alone types it).
      await content.dispatchEvent('paste');
      await content.fill(NOTICE_2026);
      const report = page.getByTestId('import-report');
      await report.waitFor({ timeout: 20_000 });
      await eventually(() => report.textContent()).toContain(
        '2026 年：新增 0 天，修改 0 天，删除 0 天，未变 39 天',
      );
      expect(await page.getByRole('radio', { name: '国务院通知' }).isChecked()).toBe(true);
      expect(await page.getByRole('button', { name: '应用导入' }).isDisabled()).toBe(true);
    });
  },
);
