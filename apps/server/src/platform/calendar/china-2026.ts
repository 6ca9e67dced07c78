/**
 * Statutory public holidays and make-up working days (调休) of mainland China
 * for 2026, as published by the State Council (国务院办公厅).
 *
 * GENERATED from the npm package chinese-days@1.5.7 (dist/chinese-days.json) so that
 * runtime does not depend on that package or its format; china-2026.test.ts
 * cross-checks every date against the package. To add a year, generate the same
 * shape from the package (or import the official .ics / JSON with ics.ts /
 * calendar-json.ts) and add it to CHINA_MAINLAND_YEARS in builtin-calendars.ts.
 */
import type { CalendarYearDays } from './calendar-json.js';

export const CHINA_MAINLAND_2026: CalendarYearDays = {
  year: 2026,
  holidays: [
    { date: '2026-01-01', name: "元旦 New Year's Day" },
    { date: '2026-01-02', name: "元旦 New Year's Day" },
    { date: '2026-01-03', name: "元旦 New Year's Day" },
    { date: '2026-02-15', name: '春节 Spring Festival' },
    { date: '2026-02-16', name: '春节 Spring Festival' },
    { date: '2026-02-17', name: '春节 Spring Festival' },
    { date: '2026-02-18', name: '春节 Spring Festival' },
    { date: '2026-02-19', name: '春节 Spring Festival' },
    { date: '2026-02-20', name: '春节 Spring Festival' },
    { date: '2026-02-21', name: '春节 Spring Festival' },
    { date: '2026-02-22', name: '春节 Spring Festival' },
    { date: '2026-02-23', name: '春节 Spring Festival' },
    { date: '2026-04-04', name: '清明 Tomb-sweeping Day' },
    { date: '2026-04-05', name: '清明 Tomb-sweeping Day' },
    { date: '2026-04-06', name: '清明 Tomb-sweeping Day' },
    { date: '2026-05-01', name: '劳动节 Labour Day' },
    { date: '2026-05-02', name: '劳动节 Labour Day' },
    { date: '2026-05-03', name: '劳动节 Labour Day' },
    { date: '2026-05-04', name: '劳动节 Labour Day' },
    { date: '2026-05-05', name: '劳动节 Labour Day' },
    { date: '2026-06-19', name: '端午 Dragon Boat Festival' },
    { date: '2026-06-20', name: '端午 Dragon Boat Festival' },
    { date: '2026-06-21', name: '端午 Dragon Boat Festival' },
    { date: '2026-09-25', name: '中秋 Mid-autumn Festival' },
    { date: '2026-09-26', name: '中秋 Mid-autumn Festival' },
    { date: '2026-09-27', name: '中秋 Mid-autumn Festival' },
    { date: '2026-10-01', name: '国庆节 National Day' },
    { date: '2026-10-02', name: '国庆节 National Day' },
    { date: '2026-10-03', name: '国庆节 National Day' },
    { date: '2026-10-04', name: '国庆节 National Day' },
    { date: '2026-10-05', name: '国庆节 National Day' },
    { date: '2026-10-06', name: '国庆节 National Day' },
    { date: '2026-10-07', name: '国庆节 National Day' },
  ],
  makeUpDays: [
    { date: '2026-01-04', name: "元旦 New Year's Day (make-up working day)" },
    { date: '2026-02-14', name: '春节 Spring Festival (make-up working day)' },
    { date: '2026-02-28', name: '春节 Spring Festival (make-up working day)' },
    { date: '2026-05-09', name: '劳动节 Labour Day (make-up working day)' },
    { date: '2026-09-20', name: '国庆节 National Day (make-up working day)' },
    { date: '2026-10-10', name: '国庆节 National Day (make-up working day)' },
  ],
};
