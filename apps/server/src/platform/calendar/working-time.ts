/**
 * Working-time arithmetic on a compiled calendar: every SLA clock runs on
 * this. Pure and synchronous; no I/O.
 *
 * How: the UTC timeline is cut into fixed 32-day blocks. A block is built on
 * first use (wall-clock rules of every local date that can touch it, mapped to
 * real instants through the zone's offset segments, so DST gaps and repeats
 * come out right) and cached as sorted, merged [start, end) instants with
 * running sums. A query is then a Map lookup and a binary search.
 *
 * Precision: instants and durations are exact to the millisecond. Minutes in
 * and out are plain numbers: `workingMinutesBetween` is fractional when the
 * instants are not on whole minutes (Math.floor it for "whole minutes
 * elapsed"), and `addWorkingTime` accepts fractional minutes (rounded to the
 * millisecond). So `workingMinutesBetween(a, addWorkingTime(a, m)) === m` for
 * any m with whole milliseconds.
 */
import {
  type CalendarDefinition,
  type CalendarDefinitionInput,
  minuteOfDay,
  parseCalendarDefinition,
  type WorkingInterval,
  weekdayKeys,
} from './calendar.js';
import { cachedOffsetSegments } from './time-zone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const BLOCK_DAYS = 32;
const BLOCK = BLOCK_DAYS * DAY;
/** Give up after ten years without a single working minute (e.g. every weekday empty). */
const MAX_EMPTY_BLOCKS = Math.ceil((3653 * DAY) / BLOCK);
const MAX_CACHED_BLOCKS = 4096;

export interface Block {
  starts: Float64Array;
  ends: Float64Array;
  /** Working ms in the block before interval i. */
  before: Float64Array;
  /** Working ms in the block up to the end of interval i. */
  after: Float64Array;
  total: number;
}

/** A compiled calendar. Create with `compileCalendar`; cheap to query, safe to share. */
export interface Calendar {
  readonly definition: CalendarDefinition;
  readonly alwaysOpen: boolean;
  /** @internal The working intervals of UTC block k (cached). */
  block(k: number): Block;
}

/** Flat [start, end, start, end, ...] minutes of day, sorted and merged. */
function flatten(intervals: readonly WorkingInterval[]): number[] {
  const sorted = intervals
    .map((i) => [minuteOfDay(i.start), minuteOfDay(i.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [s, e] of sorted) {
    if (flat.length && s <= flat[flat.length - 1]!)
      flat[flat.length - 1] = Math.max(flat[flat.length - 1]!, e);
    else flat.push(s, e);
  }
  return flat;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

class CompiledCalendar implements Calendar {
  readonly alwaysOpen: boolean;
  private readonly zone: string;
  private readonly weekly: number[][] = [];
  private readonly special = new Map<number, number[]>();
  private readonly blocks = new Map<number, Block>();

  constructor(readonly definition: CalendarDefinition) {
    this.zone = definition.timeZone;
    this.alwaysOpen = definition.kind === '24x7';
    if (definition.kind !== 'business') return;
    const { weeklyHours, holidays, makeUpDays, makeUpHours } = definition;
    for (const key of weekdayKeys) this.weekly.push(flatten(weeklyHours[key]));
    for (const h of holidays) this.special.set(dayNumber(h.date), []);
    const defaultMakeUp = flatten(makeUpHours ?? weeklyHours.mon);
    for (const m of makeUpDays) {
      const hours = m.hours ? flatten(m.hours) : m.hoursOf ? flatten(weeklyHours[m.hoursOf]) : defaultMakeUp;
      this.special.set(dayNumber(m.date), hours);
    }
  }

  private hoursOn(day: number): number[] {
    return this.special.get(day) ?? this.weekly[(((day + 4) % 7) + 7) % 7]!;
  }

  block(k: number): Block {
    let b = this.blocks.get(k);
    if (!b) {
      if (this.blocks.size >= MAX_CACHED_BLOCKS) this.blocks.clear();
      b = this.buildBlock(k);
      this.blocks.set(k, b);
    }
    return b;
  }

  private buildBlock(k: number): Block {
    const from = k * BLOCK;
    const to = from + BLOCK;
    // Any local date whose instants can reach [from, to): offsets stay within ±1 day.
    const segments = cachedOffsetSegments(this.zone, from - 3 * DAY, to + 3 * DAY);
    const pieces: [number, number][] = [];
    for (let day = k * BLOCK_DAYS - 2; day <= (k + 1) * BLOCK_DAYS + 1; day++) {
      const hours = this.hoursOn(day);
      const midnight = day * DAY;
      for (let i = 0; i < hours.length; i += 2) {
        const lo = midnight + hours[i]! * MINUTE;
        const hi = midnight + hours[i + 1]! * MINUTE;
        // Instants t with wall clock t + offset in [lo, hi), segment by segment.
        for (const seg of segments) {
          const s = Math.max(seg.start, lo - seg.offset, from);
          const e = Math.min(seg.end, hi - seg.offset, to);
          if (s < e) pieces.push([s, e]);
        }
      }
    }
    pieces.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const p of pieces) {
      const last = merged[merged.length - 1];
      if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
      else merged.push([p[0], p[1]]);
    }
    const n = merged.length;
    const block: Block = {
      starts: new Float64Array(n),
      ends: new Float64Array(n),
      before: new Float64Array(n),
      after: new Float64Array(n),
      total: 0,
    };
    let sum = 0;
    merged.forEach(([s, e], i) => {
      block.starts[i] = s;
      block.ends[i] = e;
      block.before[i] = sum;
      sum += e - s;
      block.after[i] = sum;
    });
    block.total = sum;
    return block;
  }
}

/**
 * Validates a definition and prepares it for queries (weekly rules and
 * special dates indexed; time blocks are then built lazily and cached).
 * Throws DomainError('validation') with paths on a bad definition.
 */
export function compileCalendar(definition: CalendarDefinitionInput | CalendarDefinition): Calendar {
  return new CompiledCalendar(parseCalendarDefinition(definition));
}

/** Index of the first interval ending after t (n when none). */
function firstEndAfter(b: Block, t: number): number {
  let lo = 0;
  let hi = b.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b.ends[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Working ms in block b before instant t (t inside the block). */
function workedBefore(b: Block, t: number): number {
  const i = firstEndAfter(b, t);
  if (i === b.ends.length) return b.total;
  return b.before[i]! + Math.max(0, t - b.starts[i]!);
}

function instant(d: Date, what: string): number {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${what} is an invalid Date`);
  return t;
}

function tooSparse(): Error {
  return new RangeError('Calendar has no working time within ten years of the given instant');
}

/** Whether the instant `at` is working time. */
export function isWorkingTime(at: Date, calendar: Calendar): boolean {
  if (calendar.alwaysOpen) return true;
  const t = instant(at, 'at');
  const b = calendar.block(Math.floor(t / BLOCK));
  const i = firstEndAfter(b, t);
  return i < b.ends.length && b.starts[i]! <= t;
}

function nextWorkingMs(t: number, calendar: Calendar): number {
  if (calendar.alwaysOpen) return t;
  let k = Math.floor(t / BLOCK);
  for (let empty = 0; empty <= MAX_EMPTY_BLOCKS; k++) {
    const b = calendar.block(k);
    const i = firstEndAfter(b, t);
    if (i < b.ends.length) return Math.max(t, b.starts[i]!);
    empty = b.total === 0 ? empty + 1 : 0;
    t = (k + 1) * BLOCK;
  }
  throw tooSparse();
}

/** `at` itself when it is working time, else the start of the next working interval. */
export function nextWorkingInstant(at: Date, calendar: Calendar): Date {
  return new Date(nextWorkingMs(instant(at, 'at'), calendar));
}

/**
 * The earliest instant by which `minutes` working minutes have elapsed after
 * `start` (which may lie inside or outside working time). When the budget runs
 * out exactly at the end of a working interval, that end is returned (e.g.
 * 17:00 + 60 min on a 09:00–18:00 day is 18:00, not 09:00 next day).
 * `minutes = 0` returns `start` when it is working time, else the next
 * working instant: nothing can be "due" while the desk is closed.
 */
export function addWorkingTime(start: Date, minutes: number, calendar: Calendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('minutes must be a finite number >= 0');
  let t = instant(start, 'start');
  let rest = Math.round(minutes * MINUTE);
  if (calendar.alwaysOpen) return new Date(t + rest);
  if (rest === 0) return new Date(nextWorkingMs(t, calendar));
  let k = Math.floor(t / BLOCK);
  for (let empty = 0; empty <= MAX_EMPTY_BLOCKS; k++) {
    const b = calendar.block(k);
    const done = workedBefore(b, t);
    if (rest <= b.total - done) {
      const target = done + rest;
      let lo = 0;
      let hi = b.after.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b.after[mid]! >= target) hi = mid;
        else lo = mid + 1;
      }
      return new Date(b.starts[lo]! + (target - b.before[lo]!));
    }
    rest -= b.total - done;
    empty = b.total === 0 ? empty + 1 : 0;
    t = (k + 1) * BLOCK;
  }
  throw tooSparse();
}

/** Working minutes in [a, b); 0 when b <= a. Fractional when a or b is not on a whole minute. */
export function workingMinutesBetween(a: Date, b: Date, calendar: Calendar): number {
  return workingMsBetween(instant(a, 'a'), instant(b, 'b'), calendar) / MINUTE;
}

function workingMsBetween(a: number, b: number, calendar: Calendar): number {
  if (b <= a) return 0;
  if (calendar.alwaysOpen) return b - a;
  const ka = Math.floor(a / BLOCK);
  const kb = Math.floor(b / BLOCK);
  const first = calendar.block(ka);
  if (ka === kb) return workedBefore(first, b) - workedBefore(first, a);
  let sum = first.total - workedBefore(first, a);
  for (let k = ka + 1; k < kb; k++) sum += calendar.block(k).total;
  return sum + workedBefore(calendar.block(kb), b);
}
