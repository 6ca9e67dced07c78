import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_2026 } from './china-2026.js';
import { CHINA_MAINLAND, datesBetween, isWorkingTime, parseIcsDays, workingMinutesBetween } from './index.js';

const require = createRequire(import.meta.url);
const packageData = require('chinese-days/dist/chinese-days.json') as Record<
  'holidays' | 'workdays',
  Record<string, string>
>;
const of2026 = (days: Record<string, string>) =>
  Object.keys(days)
    .filter((d) => d.startsWith('2026-'))
    .sort();
const sh = (local: string) => new Date(`${local}+08:00`);
const dates = (days: { date: string }[]) => days.map((d) => d.date);

describe('China mainland 2026 data', () => {
  it('lists exactly the holidays and make-up days of the chinese-days package', () => {
    expect(dates(CHINA_MAINLAND_2026.holidays)).toEqual(of2026(packageData.holidays));
    expect(dates(CHINA_MAINLAND_2026.makeUpDays)).toEqual(of2026(packageData.workdays));
  });

  it('agrees with the package on every day of 2026 (working day or not)', () => {
    for (const date of datesBetween('2026-01-01', '2026-12-31')) {
      const working = workingMinutesBetween(sh(`${date}T00:00`), sh(`${date}T23:59`), CHINA_MAINLAND) > 0;
      expect({ date, working }).toEqual({ date, working: isWorkday(date) });
    }
  });

  it('knows the National Day week and the day before it', () => {
    for (const d of ['01', '02', '03', '04', '05', '06', '07']) {
      expect(isWorkingTime(sh(`2026-10-${d}T10:00`), CHINA_MAINLAND)).toBe(false);
    }
    expect(isWorkingTime(sh('2026-09-30T10:00'), CHINA_MAINLAND)).toBe(true);
    expect(workingMinutesBetween(sh('2026-09-30T00:00'), sh('2026-10-01T00:00'), CHINA_MAINLAND)).toBe(480);
  });

  it('has 调休 weekend working days: Saturday 2026-10-10 and Sunday 2026-09-20', () => {
    const makeUp = dates(CHINA_MAINLAND_2026.makeUpDays);
    expect(makeUp).toContain('2026-10-10');
    expect(makeUp).toContain('2026-09-20');
    expect(new Date('2026-10-10T00:00:00Z').getUTCDay()).toBe(6);
    expect(new Date('2026-09-20T00:00:00Z').getUTCDay()).toBe(0);
    for (const d of makeUp) expect([0, 6]).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    expect(isWorkingTime(sh('2026-09-20T15:00'), CHINA_MAINLAND)).toBe(true);
    expect(isWorkingTime(sh('2026-09-20T12:30'), CHINA_MAINLAND)).toBe(false); // lunch
  });

  it('reads the same days from the package .ics feeds (Chinese and English summaries)', () => {
    for (const file of ['2026.ics', '2026.en.ics']) {
      const text = readFileSync(require.resolve(`chinese-days/dist/years/${file}`), 'utf8');
      const days = parseIcsDays(text, { year: 2026 });
      expect(dates(days.holidays)).toEqual(dates(CHINA_MAINLAND_2026.holidays));
      expect(dates(days.makeUpDays)).toEqual(dates(CHINA_MAINLAND_2026.makeUpDays));
    }
  });
});
