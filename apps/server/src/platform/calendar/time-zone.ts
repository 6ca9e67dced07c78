/**
 * A tiny UTC-offset helper on top of Intl (no time-zone dependency). Only
 * working-time.ts uses it, and only while building a cached block, so its
 * cost (a few microseconds per call) does not reach the hot path.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * Offset of `zone` at instant `t` (local wall clock minus UTC), in ms.
 * Intl resolves to the second, which is enough: tzdb offsets are whole seconds.
 * Supports years 1000–9999 (two-digit years would be misread by Date.UTC).
 */
export function zoneOffsetMs(zone: string, t: number): number {
  const second = Math.floor(t / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of formatterFor(zone).formatToParts(second)) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value) % 24;
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      default:
        break;
    }
  }
  return Date.UTC(y, mo - 1, d, h, mi, s) - second;
}

/** A stretch of time [start, end) during which the zone's offset is constant. */
export interface OffsetSegment {
  start: number;
  end: number;
  offset: number;
}

const SAMPLE_STEP = 2 * 3_600_000;

/**
 * The constant-offset stretches covering [from, to) (both whole seconds).
 * Sampled every 2 hours, then each change is located to the second by
 * bisection. Why 2 hours: two transitions that cancel out inside one step
 * would be missed, and tzdb has none closer than weeks apart.
 */
export function offsetSegments(zone: string, from: number, to: number): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let segmentStart = from;
  let current = zoneOffsetMs(zone, from);
  let prev = from;
  while (prev < to) {
    const next = Math.min(prev + SAMPLE_STEP, to);
    if (zoneOffsetMs(zone, next) === current) {
      prev = next;
      continue;
    }
    // Invariant: offset(lo) === current, offset(hi) !== current.
    let lo = prev;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (zoneOffsetMs(zone, mid) === current) lo = mid;
      else hi = mid;
    }
    segments.push({ start: segmentStart, end: hi, offset: current });
    segmentStart = hi;
    current = zoneOffsetMs(zone, hi);
    prev = hi;
  }
  segments.push({ start: segmentStart, end: to, offset: current });
  return segments;
}

const segmentCache = new Map<string, OffsetSegment[]>();
const MAX_CACHED_RANGES = 8192;

/**
 * `offsetSegments` memoised per zone and range, shared by every calendar in
 * that zone (tenants' calendars differ in hours and holidays, rarely in zone).
 */
export function cachedOffsetSegments(zone: string, from: number, to: number): OffsetSegment[] {
  const key = `${zone}|${from}|${to}`;
  let segments = segmentCache.get(key);
  if (!segments) {
    if (segmentCache.size >= MAX_CACHED_RANGES) segmentCache.clear();
    segments = offsetSegments(zone, from, to);
    segmentCache.set(key, segments);
  }
  return segments;
}
