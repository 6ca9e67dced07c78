import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { CHINA_MAINLAND_2026 } from '../../platform/calendar/china-2026.js';
import { parseHolidayNotice } from './calendars.notice.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** The notice says 清明节 / 端午节 / 中秋节 where the shipped names say 清明 / 端午 / 中秋. */
const NOTICE_NAME: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const weekday = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
const short = (name: string | undefined) => {
  const zh = (name ?? '').split(' ')[0] ?? '';
  return NOTICE_NAME[zh] ?? zh;
};

/**
 * The 2026 notice as the State Council published it, written from the shipped 2026 data
 * ("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。" …), with the
 * lunar-date note the real notice carries for 春节.
 */
function notice2026(): string {
  const sections = new Map<string, { holidays: string[]; makeUps: string[] }>();
  for (const h of CHINA_MAINLAND_2026.holidays) {
    const s = sections.get(short(h.name)) ?? { holidays: [], makeUps: [] };
    s.holidays.push(h.date);
    sections.set(short(h.name), s);
  }
  for (const m of CHINA_MAINLAND_2026.makeUpDays) sections.get(short(m.name))?.makeUps.push(m.date);
  const lines = [...sections].map(([name, { holidays, makeUps }], i) => {
    const first = holidays[0]!;
    const last = holidays[holidays.length - 1]!;
    const lunar = name === '春节' ? '农历腊月二十八、' : '';
    const end = last.slice(5, 7) === first.slice(5, 7) ? `${Number(last.slice(8, 10))}日` : monthDay(last);
    const rest = makeUps.length
      ? `放假调休，共${holidays.length}天。${makeUps.map((d) => `${monthDay(d)}（${weekday(d)}）`).join('、')}上班。`
      : `放假，共${holidays.length}天。`;
    return `${NUMERALS[i]}、${name}：${monthDay(first)}（${lunar}${weekday(first)}）至${end}（${weekday(last)}）${rest}`;
  });
  return [
    '国务院办公厅关于2026年部分节假日安排的通知',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。',
    ...lines,
    '节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。',
  ].join('\n');
}

describe('parseHolidayNotice', () => {
  it('reads the 2026 notice into exactly the shipped 2026 holidays and make-up days', () => {
    const text = notice2026();
    expect(text).toContain('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。');
    const parsed = parseHolidayNotice(text);
    expect(parsed.year).toBe(2026);
    const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
    expect(parsed.holidays.sort(byDate)).toEqual([...CHINA_MAINLAND_2026.holidays].sort(byDate));
    expect(parsed.makeUpDays.sort(byDate)).toEqual([...CHINA_MAINLAND_2026.makeUpDays].sort(byDate));
  });

  it('reads ranges across months and years, single days and a year given by the caller', () => {
    const text = [
      '一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。',
      '二、国庆节、中秋节：9月29日至10月6日放假调休，共8天。10月7日（周六）、10月8日（周日）上班。',
      '三、劳动节：5月1日放假，与周末连休。',
    ].join('\n');
    const parsed = parseHolidayNotice(text, 2023);
    expect(parsed.holidays.map((h) => h.date)).toEqual([
      '2023-01-01',
      '2023-01-02',
      ...['09-29', '09-30', '10-01', '10-02', '10-03', '10-04', '10-05', '10-06'].map((d) => `2023-${d}`),
      '2023-05-01',
    ]);
    expect(parsed.holidays[2]?.name).toBe('国庆节 National Day、中秋 Mid-autumn Festival');
    expect(parsed.makeUpDays.map((m) => m.date)).toEqual(['2023-10-07', '2023-10-08']);
  });

  it('refuses a text without sections, without a year, with a wrong year or an impossible date', () => {
    const field = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return (err as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'));
      }
      return [];
    };
    expect(field(() => parseHolidayNotice('hello', 2027))).toEqual(['body.content']);
    expect(field(() => parseHolidayNotice('一、元旦：1月1日放假。'))).toEqual(['body.year']);
    expect(field(() => parseHolidayNotice(notice2026(), 2027))).toEqual(['body.year']);
    expect(field(() => parseHolidayNotice('一、元旦：2月30日放假。', 2027))).toEqual(['body.content']);
  });
});

describe('POST /api/calendars/:id/import (notice, .ics)', async () => {
  const t = await useTestApp();
  const admin = await t.loginAs('admin');
  const calendars = await admin.get('/api/calendars');
  const china = calendars.body.find((c: { builtinKey: string }) => c.builtinKey === 'china_mainland');

  it('a pasted 2026 notice previews as no change against the shipped 2026 year', async () => {
    const res = await admin.post(`/api/calendars/${china.id}/import`, {
      format: 'notice',
      content: notice2026(),
      dryRun: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, added: [], changed: [], removed: [] });
    expect(res.body.unchanged).toBe(
      CHINA_MAINLAND_2026.holidays.length + CHINA_MAINLAND_2026.makeUpDays.length,
    );
  });

  it('an .ics of the shipped 2026 days previews as no change too', async () => {
    const event = (date: string, summary: string) => [
      'BEGIN:VEVENT',
      `DTSTART;VALUE=DATE:${date.replaceAll('-', '')}`,
      `SUMMARY:${summary}`,
      'END:VEVENT',
    ];
    const ics = [
      'BEGIN:VCALENDAR',
      ...CHINA_MAINLAND_2026.holidays.flatMap((h) => event(h.date, h.name ?? '')),
      ...CHINA_MAINLAND_2026.makeUpDays.flatMap((m) => event(m.date, `${m.name ?? ''} 上班`)),
      'END:VCALENDAR',
    ].join('\r\n');
    const res = await admin.post(`/api/calendars/${china.id}/import`, {
      format: 'ics',
      content: ics,
      year: 2026,
      dryRun: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.added).toEqual([]);
    expect(res.body.removed).toEqual([]);
    // The .ics summary carries 上班 for make-up days, so only their names differ.
    expect(res.body.changed.map((c: { date: string }) => c.date)).toEqual(
      CHINA_MAINLAND_2026.makeUpDays.map((m) => m.date),
    );
  });

  it('a notice that parses to nothing usable is a 400 naming the content', async () => {
    const res = await admin.post(`/api/calendars/${china.id}/import`, {
      format: 'notice',
      content: '今天天气很好',
      year: 2027,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['body.content']);
  });
});
