import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  addWorkingTime,
  CALENDAR_24X7,
  type CalendarDefinitionInput,
  CHINA_MAINLAND,
  chinaMainlandDefinition,
  compileCalendar,
  isWorkingTime,
  nextWorkingInstant,
  workingMinutesBetween,
} from './index.js';

const at = (iso: string) => new Date(iso);
/** Shanghai wall clock (UTC+8, no DST) → instant. */
const sh = (local: string) => new Date(`${local}+08:00`);
const nineToSix = [{ start: '09:00', end: '18:00' }];
const weekdays = (hours: { start: string; end: string }[]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});
const nationalDay = ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}` }));

function business(extra: Partial<Extract<CalendarDefinitionInput, { kind: 'business' }>> = {}) {
  return compileCalendar({
    kind: 'business',
    timeZone: 'Asia/Shanghai',
    weeklyHours: weekdays(nineToSix),
    ...extra,
  });
}

describe('named SLA cases', () => {
  it('L1 at 2026-09-30 17:00 Shanghai + 120 min on Mon–Fri 09–18 is due 2026-10-08 10:00 (National Day off)', () => {
    const cal = business({ holidays: nationalDay });
    expect(addWorkingTime(sh('2026-09-30T17:00'), 120, cal)).toEqual(sh('2026-10-08T10:00'));
    expect(workingMinutesBetween(sh('2026-09-30T17:00'), sh('2026-10-08T10:00'), cal)).toBe(120);
  });

  it('the same request on the shipped China calendar (with lunch break) is due 2026-10-08 10:00', () => {
    expect(addWorkingTime(sh('2026-09-30T17:00'), 120, CHINA_MAINLAND)).toEqual(sh('2026-10-08T10:00'));
    // and the lunch hour does not count: 11:00 + 120 → 14:00
    expect(addWorkingTime(sh('2026-10-08T11:00'), 120, CHINA_MAINLAND)).toEqual(sh('2026-10-08T14:00'));
  });

  it('a make-up Saturday (2026-10-10) counts as a working day', () => {
    expect(addWorkingTime(sh('2026-10-09T17:00'), 120, CHINA_MAINLAND)).toEqual(sh('2026-10-10T10:00'));
    expect(isWorkingTime(sh('2026-10-10T09:30'), CHINA_MAINLAND)).toBe(true);
    // without the make-up day the same request waits for Monday
    const plain = business({ weeklyHours: weekdays(nineToSix) });
    expect(addWorkingTime(sh('2026-10-09T17:00'), 120, plain)).toEqual(sh('2026-10-12T10:00'));
  });

  it('a make-up Sunday (2026-09-20) counts too, with the Monday hours by default', () => {
    expect(addWorkingTime(sh('2026-09-18T17:00'), 60, CHINA_MAINLAND)).toEqual(sh('2026-09-18T18:00'));
    expect(addWorkingTime(sh('2026-09-18T17:00'), 61, CHINA_MAINLAND)).toEqual(sh('2026-09-20T09:01'));
    expect(workingMinutesBetween(sh('2026-09-20T00:00'), sh('2026-09-21T00:00'), CHINA_MAINLAND)).toBe(480);
  });

  it('make-up days use hours, hoursOf or makeUpHours when given', () => {
    const base = {
      weeklyHours: { ...weekdays(nineToSix), fri: [{ start: '09:00', end: '15:00' }] },
      makeUpHours: [{ start: '10:00', end: '12:00' }],
    };
    const cal = business({
      ...base,
      makeUpDays: [
        { date: '2026-10-10' },
        { date: '2026-10-11', hoursOf: 'fri' },
        { date: '2026-10-17', hours: [{ start: '08:00', end: '08:30' }] },
      ],
    });
    const day = (d: string) => workingMinutesBetween(sh(`${d}T00:00`), sh(`${d}T23:59`), cal);
    expect(day('2026-10-10')).toBe(120);
    expect(day('2026-10-11')).toBe(360);
    expect(day('2026-10-17')).toBe(30);
    expect(nextWorkingInstant(sh('2026-10-10T07:00'), cal)).toEqual(sh('2026-10-10T10:00'));
  });

  it('7×24 just adds minutes', () => {
    const start = at('2026-03-08T06:59:30Z');
    expect(addWorkingTime(start, 4327, CALENDAR_24X7)).toEqual(new Date(start.getTime() + 4327 * 60_000));
    expect(workingMinutesBetween(start, at('2026-03-08T07:00:00Z'), CALENDAR_24X7)).toBe(0.5);
    expect(isWorkingTime(at('2026-10-01T03:00Z'), CALENDAR_24X7)).toBe(true);
  });

  it('crosses a year end: 2026-12-31 17:30 + 60 min', () => {
    expect(addWorkingTime(sh('2026-12-31T17:30'), 60, business())).toEqual(sh('2027-01-01T09:30'));
    const withNewYear = business({ holidays: [{ date: '2027-01-01' }] });
    expect(addWorkingTime(sh('2026-12-31T17:30'), 60, withNewYear)).toEqual(sh('2027-01-04T09:30'));
    expect(workingMinutesBetween(sh('2026-12-31T17:30'), sh('2027-01-04T09:30'), withNewYear)).toBe(60);
  });

  it('counts across midnight when the hours touch 24:00 and 00:00', () => {
    const night = [
      { start: '00:00', end: '06:00' },
      { start: '22:00', end: '24:00' },
    ];
    const cal = business({ weeklyHours: weekdays(night) });
    expect(addWorkingTime(sh('2026-11-03T23:00'), 120, cal)).toEqual(sh('2026-11-04T01:00'));
    expect(isWorkingTime(sh('2026-11-04T00:00'), cal)).toBe(true);
    // Friday 23:00 + 120: Saturday has no hours, so Monday 00:00 + 60
    expect(addWorkingTime(sh('2026-11-06T23:00'), 120, cal)).toEqual(sh('2026-11-09T01:00'));
  });
});

describe('DST', () => {
  const earlySunday = (timeZone: string) =>
    compileCalendar({ kind: 'business', timeZone, weeklyHours: { sun: [{ start: '01:30', end: '03:30' }] } });

  it('America/New_York spring forward: 01:30–03:30 holds only 60 real minutes', () => {
    const cal = earlySunday('America/New_York');
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT
    expect(workingMinutesBetween(at('2026-03-08T00:00Z'), at('2026-03-09T00:00Z'), cal)).toBe(60);
    // 01:30 EST = 06:30Z; 30 min to the jump, then 15 min after 03:00 EDT (07:00Z)
    expect(addWorkingTime(at('2026-03-08T06:30Z'), 45, cal)).toEqual(at('2026-03-08T07:15Z'));
    expect(addWorkingTime(at('2026-03-08T06:30Z'), 60, cal)).toEqual(at('2026-03-08T07:30Z'));
  });

  it('America/New_York fall back: 01:30–03:30 holds 150 minutes (01:30–02:00 happens twice)', () => {
    const cal = earlySunday('America/New_York');
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST
    expect(workingMinutesBetween(at('2026-11-01T00:00Z'), at('2026-11-02T00:00Z'), cal)).toBe(150);
    expect(nextWorkingInstant(at('2026-11-01T00:00Z'), cal)).toEqual(at('2026-11-01T05:30Z'));
    expect(addWorkingTime(at('2026-11-01T05:30Z'), 150, cal)).toEqual(at('2026-11-01T08:30Z'));
  });

  it('America/New_York business hours follow the wall clock across the change', () => {
    const cal = compileCalendar({
      kind: 'business',
      timeZone: 'America/New_York',
      weeklyHours: weekdays([{ start: '09:00', end: '17:00' }]),
    });
    // Friday 16:00 EST (21:00Z) + 120: one hour Friday, one hour Monday 09:00 EDT (13:00Z)
    expect(addWorkingTime(at('2026-03-06T21:00Z'), 120, cal)).toEqual(at('2026-03-09T14:00Z'));
  });

  it('America/Santiago falls back at midnight into the previous date: Saturday 22:00–24:00 lasts 3 hours', () => {
    const cal = compileCalendar({
      kind: 'business',
      timeZone: 'America/Santiago',
      weeklyHours: { sat: [{ start: '22:00', end: '24:00' }] },
    });
    // 2026-04-05 00:00 (UTC-3) becomes 2026-04-04 23:00 (UTC-4): 04-05 01:00Z–04:00Z is all Saturday evening
    expect(workingMinutesBetween(at('2026-04-04T00:00Z'), at('2026-04-06T00:00Z'), cal)).toBe(180);
    expect(addWorkingTime(at('2026-04-05T01:00Z'), 150, cal)).toEqual(at('2026-04-05T03:30Z'));
    expect(isWorkingTime(at('2026-04-05T04:00Z'), cal)).toBe(false);
  });

  it('Europe/Berlin spring forward and fall back', () => {
    const cal = earlySunday('Europe/Berlin');
    // 2026-03-29: 02:00 CET → 03:00 CEST; 2026-10-25: 03:00 CEST → 02:00 CET
    expect(workingMinutesBetween(at('2026-03-28T12:00Z'), at('2026-03-29T12:00Z'), cal)).toBe(60);
    expect(workingMinutesBetween(at('2026-10-24T12:00Z'), at('2026-10-25T12:00Z'), cal)).toBe(180);
    // 01:30 CET = 00:30Z; 45 min → 00:30Z + 45 (no gap in real time)
    expect(addWorkingTime(at('2026-03-29T00:30Z'), 45, cal)).toEqual(at('2026-03-29T01:15Z'));
    expect(isWorkingTime(at('2026-10-25T00:45Z'), cal)).toBe(true); // 02:45 CEST
    expect(isWorkingTime(at('2026-10-25T01:45Z'), cal)).toBe(true); // 02:45 CET
    expect(isWorkingTime(at('2026-10-25T02:30Z'), cal)).toBe(false); // 03:30 CET
  });
});

describe('edges and choices', () => {
  it('minutes = 0 returns start inside working time, else the next working instant', () => {
    expect(addWorkingTime(sh('2026-10-08T10:15'), 0, CHINA_MAINLAND)).toEqual(sh('2026-10-08T10:15'));
    expect(addWorkingTime(sh('2026-10-08T12:15'), 0, CHINA_MAINLAND)).toEqual(sh('2026-10-08T13:00'));
    expect(addWorkingTime(sh('2026-10-03T12:15'), 0, CHINA_MAINLAND)).toEqual(sh('2026-10-08T09:00'));
  });

  it('the end of an interval is not working time', () => {
    expect(isWorkingTime(sh('2026-10-08T18:00'), CHINA_MAINLAND)).toBe(false);
    expect(isWorkingTime(sh('2026-10-08T17:59:59'), CHINA_MAINLAND)).toBe(true);
    expect(isWorkingTime(sh('2026-10-08T12:00'), CHINA_MAINLAND)).toBe(false);
    expect(nextWorkingInstant(sh('2026-10-08T18:00'), CHINA_MAINLAND)).toEqual(sh('2026-10-09T09:00'));
  });

  it('works at millisecond precision and reports fractional minutes', () => {
    const a = sh('2026-10-08T09:00:30');
    expect(workingMinutesBetween(a, sh('2026-10-08T09:01'), CHINA_MAINLAND)).toBe(0.5);
    expect(addWorkingTime(a, 1.5, CHINA_MAINLAND)).toEqual(sh('2026-10-08T09:02'));
    expect(workingMinutesBetween(sh('2026-10-08T10:00'), sh('2026-10-08T09:00'), CHINA_MAINLAND)).toBe(0);
  });

  it('handles zones with odd offsets (Asia/Kathmandu +05:45)', () => {
    const cal = compileCalendar({
      kind: 'business',
      timeZone: 'Asia/Kathmandu',
      weeklyHours: weekdays(nineToSix),
    });
    // Monday 2026-11-02 09:00 +05:45 = 03:15Z
    expect(nextWorkingInstant(at('2026-11-01T12:00Z'), cal)).toEqual(at('2026-11-02T03:15Z'));
  });

  it('the China calendar accepts other hours', () => {
    const cal = compileCalendar(chinaMainlandDefinition({ dayHours: [{ start: '08:30', end: '17:30' }] }));
    expect(addWorkingTime(sh('2026-09-30T17:00'), 120, cal)).toEqual(sh('2026-10-08T10:00'));
    expect(workingMinutesBetween(sh('2026-10-10T00:00'), sh('2026-10-11T00:00'), cal)).toBe(540);
  });

  it('rejects bad input', () => {
    expect(() => addWorkingTime(sh('2026-10-08T10:00'), -1, CHINA_MAINLAND)).toThrow(RangeError);
    expect(() => addWorkingTime(new Date(Number.NaN), 1, CHINA_MAINLAND)).toThrow(RangeError);
    const closed = compileCalendar({ kind: 'business', timeZone: 'UTC', weeklyHours: {} });
    expect(() => addWorkingTime(at('2026-01-01T00:00Z'), 1, closed)).toThrow(/no working time/);
  });
});

describe('definition validation', () => {
  const issuesOf = (input: unknown) => {
    try {
      compileCalendar(input as CalendarDefinitionInput);
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      return (err as DomainError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    }
    throw new Error('expected a validation error');
  };

  it('reports problems with their paths', () => {
    expect(issuesOf({ kind: 'business', timeZone: 'Mars/Olympus', weeklyHours: {} })).toEqual([
      'timeZone: Unknown IANA time zone',
    ]);
    const overlap = [
      { start: '09:00', end: '12:00' },
      { start: '11:00', end: '13:00' },
    ];
    expect(issuesOf({ kind: 'business', timeZone: 'UTC', weeklyHours: { tue: overlap } })).toEqual([
      'weeklyHours.tue.1.start: intervals overlap',
    ]);
    expect(
      issuesOf({
        kind: 'business',
        timeZone: 'UTC',
        weeklyHours: { mon: [{ start: '18:00', end: '09:00' }] },
      }),
    ).toEqual(['weeklyHours.mon.0.end: end must be after start (use 24:00 for midnight)']);
    expect(
      issuesOf({
        kind: 'business',
        timeZone: 'UTC',
        weeklyHours: {},
        holidays: [{ date: '2026-02-30' }, { date: '2026-10-01' }],
        makeUpDays: [{ date: '2026-10-01' }],
      }),
    ).toEqual(['holidays.0.date: Not a calendar date', 'makeUpDays.0.date: date is also a holiday']);
  });
});
