import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { compileCalendar, isWorkingTime, parseCalendarYearJson, parseIcsDays } from './index.js';

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('validation');
    return (err as DomainError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  throw new Error('expected a validation error');
}

describe('JSON year import', () => {
  it('expands ranges, keeps names and make-up hours, sorts by date', () => {
    const days = parseCalendarYearJson(
      JSON.stringify({
        year: 2026,
        holidays: [
          { from: '2026-10-01', to: '2026-10-03', name: 'National Day' },
          { date: '2026-01-01', name: "New Year's Day" },
        ],
        makeUpDays: [{ date: '2026-10-10', hoursOf: 'fri' }, { date: '2026-09-20' }],
      }),
    );
    expect(days).toEqual({
      year: 2026,
      holidays: [
        { date: '2026-01-01', name: "New Year's Day" },
        { date: '2026-10-01', name: 'National Day' },
        { date: '2026-10-02', name: 'National Day' },
        { date: '2026-10-03', name: 'National Day' },
      ],
      makeUpDays: [{ date: '2026-09-20' }, { date: '2026-10-10', hoursOf: 'fri' }],
    });
    // the result drops straight into a definition
    const cal = compileCalendar({
      kind: 'business',
      timeZone: 'Asia/Shanghai',
      weeklyHours: { fri: [{ start: '09:00', end: '15:00' }] },
      holidays: days.holidays,
      makeUpDays: days.makeUpDays,
    });
    expect(isWorkingTime(new Date('2026-10-10T14:00:00+08:00'), cal)).toBe(true);
    expect(isWorkingTime(new Date('2026-10-02T10:00:00+08:00'), cal)).toBe(false);
  });

  it('reports schema problems with their JSON paths', () => {
    expect(
      issuesOf(() =>
        parseCalendarYearJson({
          year: 2026,
          holidays: [
            { date: '2026-13-01' },
            { from: '2026-10-07', to: '2026-10-01' },
            { from: '2026-05-01' },
          ],
          makeUpDays: [{ date: '2026-10-10', hoursOf: 'someday' }],
          extra: true,
        }),
      ),
    ).toEqual([
      'holidays.0.date: Not a calendar date',
      'holidays.1.to: to is before from',
      'holidays.2.to: to is required with from',
      'makeUpDays.0.hoursOf: Invalid option: expected one of "sun"|"mon"|"tue"|"wed"|"thu"|"fri"|"sat"',
      ': Unrecognized key: "extra"',
    ]);
  });

  it('rejects dates outside the year and dates listed twice', () => {
    expect(
      issuesOf(() =>
        parseCalendarYearJson({
          year: 2026,
          holidays: [{ date: '2027-01-01' }, { from: '2026-10-01', to: '2026-10-07' }],
          makeUpDays: [{ date: '2026-10-05' }],
        }),
      ),
    ).toEqual(['holidays.0: 2027-01-01 is not in 2026', 'makeUpDays.0: 2026-10-05 is listed twice']);
  });

  it('rejects text that is not JSON', () => {
    expect(issuesOf(() => parseCalendarYearJson('{ year: 2026'))).toEqual([': Not valid JSON']);
  });
});

const ics = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...events.flatMap((e) => ['BEGIN:VEVENT', e, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

describe('iCalendar import', () => {
  it('expands multi-day events (DTEND exclusive) and tells make-up days from holidays', () => {
    const days = parseIcsDays(
      ics(
        'DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261004\r\nSUMMARY:国庆节(休)',
        'DTSTART;VALUE=DATE:20261010\r\nDTEND;VALUE=DATE:20261011\r\nSUMMARY:国庆节 补班',
        'DTSTART;VALUE=DATE:20260920\r\nSUMMARY:上班',
        'DTSTART;VALUE=DATE:20260101\r\nDURATION:P2D\r\nSUMMARY:New Year',
        'DTSTART;VALUE=DATE:20260301\r\nSUMMARY:Extra working day',
        'DTSTART;VALUE=DATE:20260302\r\nSUMMARY:Non-working day',
      ),
    );
    expect(days.holidays.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-03-02',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
    ]);
    expect(days.makeUpDays).toEqual([
      { date: '2026-03-01', name: 'Extra working day' },
      { date: '2026-09-20', name: '上班' },
      { date: '2026-10-10', name: '国庆节 补班' },
    ]);
  });

  it('unfolds folded lines, unescapes text, ignores alarms and cancelled events, filters by year', () => {
    const text = ics(
      'DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270102\r\nSUMMARY:Year end\\, part\r\n  one\r\nBEGIN:VALARM\r\nSUMMARY:班\r\nEND:VALARM',
      'DTSTART;VALUE=DATE:20260601\r\nSTATUS:CANCELLED\r\nSUMMARY:Gone',
      'DTSTART:20260502T000000Z\r\nSUMMARY:Labour Day',
    ).replace(/\r\n/g, '\n');
    expect(parseIcsDays(text, { year: 2026 })).toEqual({
      holidays: [
        { date: '2026-05-02', name: 'Labour Day' },
        { date: '2026-12-31', name: 'Year end, part one' },
      ],
      makeUpDays: [],
    });
    expect(parseIcsDays(text).holidays.map((d) => d.date)).toContain('2027-01-01');
  });

  it('keeps a date listed twice as the same kind once, and rejects conflicts and bad events', () => {
    const twice = parseIcsDays(
      ics('DTSTART;VALUE=DATE:20261001\r\nSUMMARY:A', 'DTSTART;VALUE=DATE:20261001\r\nSUMMARY:B'),
    );
    expect(twice.holidays).toEqual([{ date: '2026-10-01', name: 'A' }]);
    expect(
      issuesOf(() =>
        parseIcsDays(
          ics(
            'DTSTART;VALUE=DATE:20261001\r\nSUMMARY:休',
            'DTSTART;VALUE=DATE:20261001\r\nSUMMARY:班',
            'SUMMARY:no start',
            'DTSTART;VALUE=DATE:20261301\r\nSUMMARY:bad month',
          ),
        ),
      ),
    ).toEqual([
      'VEVENT.1: 2026-10-01 is both a holiday and a make-up working day',
      'VEVENT.2.DTSTART: Event has no DTSTART',
      'VEVENT.3.DTSTART: Unreadable date "20261301"',
    ]);
    expect(issuesOf(() => parseIcsDays('hello'))).toEqual([': Not an iCalendar file']);
  });
});
