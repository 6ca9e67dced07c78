/**
 * Reads the State Council's yearly holiday notice (国务院办公厅关于 YYYY 年部分节假日安排的通知)
 * as pasted from the web page, so that loading next year is one paste instead of
 * typing 30 dates. The notice has used the same shape for years:
 *
 *   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 *
 * A section is "<numeral>、<holiday>：<clauses>"; a clause with 放假 names a day or a
 * range (the end may omit its month, or carry a year when it crosses New Year), a
 * clause with 上班 lists make-up working days (调休上班). Parenthesised notes (weekday,
 * lunar date) are ignored. Names are the bilingual names the shipped data uses, so a
 * pasted notice and the shipped year compare equal in the import preview.
 * Days of another year (元旦 starting on 31 December) belong to that year's import
 * and are left out; the result is checked like any other import.
 */
import type { Holiday, MakeUpDay } from '../../platform/calendar/index.js';
import { datesBetween } from '../../platform/calendar/index.js';
import { invalid } from '../../platform/errors.js';

export interface NoticeDays {
  year: number;
  holidays: Holiday[];
  makeUpDays: MakeUpDay[];
}

/** The notice's holiday names → the names of the shipped data (calendar seed). */
const KNOWN_NAMES: Record<string, string> = {
  元旦: "元旦 New Year's Day",
  春节: '春节 Spring Festival',
  清明节: '清明 Tomb-sweeping Day',
  清明: '清明 Tomb-sweeping Day',
  劳动节: '劳动节 Labour Day',
  端午节: '端午 Dragon Boat Festival',
  端午: '端午 Dragon Boat Festival',
  中秋节: '中秋 Mid-autumn Festival',
  中秋: '中秋 Mid-autumn Festival',
  国庆节: '国庆节 National Day',
};

function holidayName(raw: string): string {
  return raw
    .split(/[、，,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => KNOWN_NAMES[part] ?? part)
    .join('、');
}

const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A section starts at the text start or after a full stop / line break, so "腊月二十八、" is not one. */
const SECTION = /(?:^|[。\s])([一二三四五六七八九十]+)、([^：:\n]{1,40})[：:]/g;
const DATE = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/g;

/** The year the notice is about, from its title ("关于2027年部分节假日安排的通知"). */
export function noticeYear(text: string): number | undefined {
  const m = /(\d{4})\s*年\s*(?:部分)?节假日/.exec(text) ?? /(\d{4})\s*年\s*元旦/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Parses the notice text; `year` is required when the text has no title naming it. */
export function parseHolidayNotice(text: string, year?: number): NoticeDays {
  const titled = noticeYear(text);
  if (year !== undefined && titled !== undefined && year !== titled) {
    throw invalid(['body', 'year'], `The notice is for ${titled}`, 'year_mismatch', { year: titled });
  }
  const y = year ?? titled;
  if (y === undefined)
    throw invalid(
      ['body', 'year'],
      'Required: the notice text does not name its year',
      'notice_year_missing',
    );

  const clean = text.replace(/（[^）]*）|\([^)]*\)/g, '');
  const heads = [...clean.matchAll(SECTION)];
  if (!heads.length) {
    throw invalid(
      ['body', 'content'],
      'No holiday sections found (expected lines like "一、元旦：1月1日至3日放假")',
      'notice_no_sections',
    );
  }
  const holidays = new Map<string, string>();
  const makeUps = new Map<string, string>();
  heads.forEach((head, i) => {
    const name = holidayName(head[2] ?? '');
    const bodyStart = (head.index ?? 0) + head[0].length;
    const bodyEnd = heads[i + 1]?.index ?? clean.length;
    for (const clause of clean.slice(bodyStart, bodyEnd).split(/[。，,；;\n]/)) {
      const dates = datesOf(clause, y);
      if (!dates.length) continue;
      if (clause.includes('上班')) {
        for (const d of dates) makeUps.set(d.date, `${name} (make-up working day)`);
      } else if (clause.includes('放假') || clause.includes('休息')) {
        const first = dates[0]!.date;
        const last = clause.includes('至') ? dates[dates.length - 1]!.date : first;
        if (last < first)
          throw invalid(
            ['body', 'content'],
            `${name}: the range ends before it starts`,
            'notice_range_reversed',
            {
              name,
            },
          );
        for (const d of datesBetween(first, last)) holidays.set(d, name);
      }
    }
  });
  for (const date of makeUps.keys()) {
    if (holidays.has(date))
      throw invalid(
        ['body', 'content'],
        `${date} is both a holiday and a working day`,
        'notice_day_conflict',
        {
          date,
        },
      );
  }
  const inYear = ([date]: [string, string]) => date.startsWith(`${y}-`);
  return {
    year: y,
    holidays: [...holidays].filter(inYear).map(([date, name]) => ({ date, name })),
    makeUpDays: [...makeUps].filter(inYear).map(([date, name]) => ({ date, name })),
  };
}

/** Every date of a clause; a date without month or year takes the previous date's. */
function datesOf(clause: string, defaultYear: number): { date: string }[] {
  const out: { date: string }[] = [];
  let year = defaultYear;
  let month: number | undefined;
  for (const m of clause.matchAll(DATE)) {
    if (m[1]) year = Number(m[1]);
    if (m[2]) month = Number(m[2]);
    if (month === undefined) continue;
    const day = Number(m[3]);
    const date = toDate(year, month, day);
    const probe = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(probe.getTime()) || probe.getUTCDate() !== day || month > 12) {
      throw invalid(['body', 'content'], `Not a date: ${year}年${month}月${day}日`, 'notice_bad_date', {
        date: `${year}年${month}月${day}日`,
      });
    }
    out.push({ date });
  }
  return out;
}
