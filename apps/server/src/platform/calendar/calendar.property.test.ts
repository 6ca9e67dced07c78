/**
 * Property tests: the compiled calendar against a brute-force oracle that
 * looks at the wall clock of every single minute (through Intl, minute by
 * minute, no offset arithmetic) and applies the rules straight from the
 * definition. Random zones (several with DST, a 30-minute DST shift, a +12:45
 * offset, and Santiago, whose clocks jump at midnight — back into the previous
 * date in April), random hours, holidays and make-up days, starts around DST
 * changes and the year end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  type CalendarDefinition,
  compileCalendar,
  isWorkingTime,
  nextWorkingInstant,
  type WorkingInterval,
  weekdayKeys,
  workingMinutesBetween,
} from './index.js';

const MIN = 60_000;
const DAY = 86_400_000;
const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'America/Santiago',
] as const;
/** DST changes of 2026 in the zones above, mid-year, and the year end. */
const ANCHORS = [
  '2026-03-08',
  '2026-03-29',
  '2026-04-05',
  '2026-06-15',
  '2026-09-06',
  '2026-09-27',
  '2026-10-04',
  '2026-10-25',
  '2026-11-01',
  '2026-12-30',
].map((d) => Date.parse(`${d}T00:00:00Z`));
/** How far the oracle may walk from the anchor before giving up on a case. */
const WALK_LIMIT = 40 * DAY;

// ---------------------------------------------------------------- the oracle
const formatters = new Map<string, Intl.DateTimeFormat>();
const wallCache = new Map<string, Map<number, string>>();

/** "YYYY-MM-DD HH:MM" on the wall in `zone` during the minute starting at t. */
function wall(zone: string, t: number): string {
  let cache = wallCache.get(zone);
  if (!cache) {
    cache = new Map();
    wallCache.set(zone, cache);
  }
  const hit = cache.get(t);
  if (hit) return hit;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, f);
  }
  const m = /^(\d\d)\/(\d\d)\/(\d{4}), (\d\d):(\d\d)$/.exec(f.format(t));
  if (!m) throw new Error(`unexpected format ${f.format(t)}`);
  const value = `${m[3]}-${m[1]}-${m[2]} ${m[4]}:${m[5]}`;
  cache.set(t, value);
  return value;
}

const hhmm = (minute: number) =>
  minute === 1440
    ? '24:00'
    : `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const inside = (hours: readonly WorkingInterval[], time: string) =>
  hours.some((i) => i.start <= time && time < i.end);

function oracleWorking(def: Extract<CalendarDefinition, { kind: 'business' }>, t: number): boolean {
  const [date = '', time = ''] = wall(def.timeZone, t).split(' ');
  const makeUp = def.makeUpDays.find((d) => d.date === date);
  if (makeUp) {
    const hours =
      makeUp.hours ??
      (makeUp.hoursOf ? def.weeklyHours[makeUp.hoursOf] : (def.makeUpHours ?? def.weeklyHours.mon));
    return inside(hours, time);
  }
  if (def.holidays.some((h) => h.date === date)) return false;
  const weekday = weekdayKeys[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  return inside(def.weeklyHours[weekday], time);
}

type Def = Extract<CalendarDefinition, { kind: 'business' }>;

/** null when the walk would leave the explored window. */
function oracleAdd(def: Def, start: number, minutes: number): number | null {
  let count = 0;
  for (let t = start; t < start + WALK_LIMIT; t += MIN) {
    if (!oracleWorking(def, t)) continue;
    if (minutes === 0) return t;
    if (++count === minutes) return t + MIN;
  }
  return null;
}

function oracleBetween(def: Def, a: number, b: number): number {
  let count = 0;
  for (let t = a; t < b; t += MIN) if (oracleWorking(def, t)) count++;
  return count;
}

// ---------------------------------------------------------------- generators
const dayHours = fc
  .uniqueArray(
    fc.oneof(
      fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
      fc.constantFrom(60, 90, 120, 150, 180, 210, 1440),
    ),
    { maxLength: 6 },
  )
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: WorkingInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      out.push({ start: hhmm(sorted[i]!), end: hhmm(sorted[i + 1]!) });
    return out;
  });

const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    anchor: fc.constantFrom(...ANCHORS),
    week: fc.tuple(dayHours, dayHours, dayHours, dayHours, dayHours, dayHours, dayHours),
    makeUpHours: fc.option(dayHours, { nil: undefined }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: -6, max: 12 }), { maxLength: 4 }),
    makeUpOffsets: fc.uniqueArray(fc.integer({ min: -6, max: 12 }), { maxLength: 3 }),
    makeUpKind: fc.array(
      fc.oneof(fc.constant('default' as const), fc.constantFrom(...weekdayKeys), dayHours),
      {
        minLength: 3,
        maxLength: 3,
      },
    ),
    startOffsetMin: fc.integer({ min: -5 * 1440, max: 3 * 1440 }),
  })
  .map((s) => {
    const holidays = s.holidayOffsets.map((o) => ({ date: isoOf(s.anchor + o * DAY) }));
    const makeUpDays = s.makeUpOffsets
      .filter((o) => !s.holidayOffsets.includes(o))
      .map((o, i) => {
        const kind = s.makeUpKind[i]!;
        const date = isoOf(s.anchor + o * DAY);
        if (kind === 'default') return { date };
        return typeof kind === 'string' ? { date, hoursOf: kind } : { date, hours: kind };
      });
    const [sun, mon, tue, wed, thu, fri, sat] = s.week;
    const def: Def = {
      kind: 'business',
      timeZone: s.zone,
      weeklyHours: { sun: sun!, mon: mon!, tue: tue!, wed: wed!, thu: thu!, fri: fri!, sat: sat! },
      holidays,
      makeUpDays,
      ...(s.makeUpHours ? { makeUpHours: s.makeUpHours } : {}),
    };
    return { def, start: s.anchor + s.startOffsetMin * MIN };
  });

const RUNS = 200;

describe('working time against a minute-by-minute oracle', () => {
  it('addWorkingTime equals the oracle', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 900 }), ({ def, start }, minutes) => {
        const expected = oracleAdd(def, start, minutes);
        fc.pre(expected !== null);
        expect(addWorkingTime(new Date(start), minutes, compileCalendar(def)).getTime()).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('workingMinutesBetween, isWorkingTime and nextWorkingInstant equal the oracle', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -60, max: 6 * 1440 }), ({ def, start }, span) => {
        const cal = compileCalendar(def);
        const end = start + span * MIN;
        expect(workingMinutesBetween(new Date(start), new Date(end), cal)).toBe(
          oracleBetween(def, start, end),
        );
        expect(isWorkingTime(new Date(start), cal)).toBe(oracleWorking(def, start));
        const next = oracleAdd(def, start, 0);
        if (next !== null) expect(nextWorkingInstant(new Date(start), cal).getTime()).toBe(next);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('algebraic properties (millisecond starts, no oracle)', () => {
  const withSeconds = fc.tuple(scenario, fc.integer({ min: 0, max: MIN - 1 }));
  const notEmpty = (def: Def) => Object.values(def.weeklyHours).some((h) => h.length > 0);

  it('workingMinutesBetween(a, addWorkingTime(a, m)) === m and the result is the earliest such instant', () => {
    fc.assert(
      fc.property(withSeconds, fc.integer({ min: 1, max: 3000 }), ([{ def, start }, ms], minutes) => {
        fc.pre(notEmpty(def));
        const cal = compileCalendar(def);
        const a = new Date(start + ms);
        const due = addWorkingTime(a, minutes, cal);
        expect(workingMinutesBetween(a, due, cal)).toBe(minutes);
        // one millisecond earlier is not enough: the last moment before `due` was working time
        expect(isWorkingTime(new Date(due.getTime() - 1), cal)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('addWorkingTime(a, workingMinutesBetween(a, b)) lands at or before b with the same count', () => {
    fc.assert(
      fc.property(withSeconds, fc.integer({ min: 0, max: 10 * DAY }), ([{ def, start }, ms], span) => {
        fc.pre(notEmpty(def));
        const cal = compileCalendar(def);
        const a = new Date(start + ms);
        const b = new Date(a.getTime() + span);
        const between = workingMinutesBetween(a, b, cal);
        fc.pre(between > 0);
        const back = addWorkingTime(a, between, cal);
        expect(back.getTime()).toBeLessThanOrEqual(b.getTime());
        expect(workingMinutesBetween(a, back, cal)).toBe(between);
        if (isWorkingTime(new Date(b.getTime() - 1), cal)) expect(back).toEqual(b);
      }),
      { numRuns: RUNS },
    );
  });

  it('is monotonic and additive', () => {
    fc.assert(
      fc.property(
        withSeconds,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 5 * DAY }),
        ([{ def, start }, ms], m1, m2, shift) => {
          fc.pre(notEmpty(def));
          const cal = compileCalendar(def);
          const a = new Date(start + ms);
          const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
          expect(addWorkingTime(a, lo, cal).getTime()).toBeLessThanOrEqual(
            addWorkingTime(a, hi, cal).getTime(),
          );
          const later = new Date(a.getTime() + shift);
          expect(addWorkingTime(a, lo, cal).getTime()).toBeLessThanOrEqual(
            addWorkingTime(later, lo, cal).getTime(),
          );
          const c = new Date(later.getTime() + shift);
          const ab = workingMinutesBetween(a, later, cal);
          const bc = workingMinutesBetween(later, c, cal);
          expect(workingMinutesBetween(a, c, cal)).toBeCloseTo(ab + bc, 9);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
