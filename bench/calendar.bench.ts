/**
 * Due-time throughput of the business-calendar library (SLA clocks).
 * Run: npx tsx bench/calendar.bench.ts   (target: ≥ 200k computations/s)
 *
 * Random starts across 2026 with typical SLA offsets of 2 h–24 h. Blocks are
 * warmed first: a server computes due times on calendars it has seen before.
 */
import {
  addWorkingTime,
  CALENDAR_24X7,
  type Calendar,
  CHINA_MAINLAND,
  chinaMainlandDefinition,
  compileCalendar,
  workingMinutesBetween,
} from '../apps/server/src/platform/calendar/index.js';

const N = 100_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');
const YEAR_MS = 365 * 86_400_000;

/** Small deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(2026);
const starts = Array.from({ length: N }, () => new Date(YEAR_START + Math.floor(random() * YEAR_MS)));
const minutes = Array.from({ length: N }, () => 120 + Math.floor(random() * (1440 - 120 + 1)));

function measure(label: string, op: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < N; i++) sink += op(i); // warm-up: JIT and calendar blocks
  let ops = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 1500) {
    for (let i = 0; i < N; i++) sink += op(i);
    ops += N;
    elapsed = performance.now() - t0;
  }
  const perSecond = Math.round((ops / elapsed) * 1000);
  console.log(
    `${label.padEnd(48)} ${perSecond.toLocaleString('en-US').padStart(12)} /s  (checksum ${Math.floor(sink) % 997})`,
  );
  return perSecond;
}

// Cold start: a freshly compiled calendar builds its cached blocks for the whole year on the way.
const cold = compileCalendar(chinaMainlandDefinition());
const c0 = performance.now();
for (let i = 0; i < N; i++) addWorkingTime(starts[i]!, minutes[i]!, cold);
console.log(
  `cold China calendar, first ${N.toLocaleString('en-US')} due times: ${Math.round(performance.now() - c0)} ms`,
);

const due = (cal: Calendar) => (i: number) => addWorkingTime(starts[i]!, minutes[i]!, cal).getTime();
const results = [
  measure('addWorkingTime 7×24', due(CALENDAR_24X7)),
  measure('addWorkingTime China mainland (2 h–24 h)', due(CHINA_MAINLAND)),
  measure('workingMinutesBetween China mainland (0–7 days)', (i) =>
    workingMinutesBetween(
      starts[i]!,
      new Date(starts[i]!.getTime() + minutes[i]! * 7 * 60_000),
      CHINA_MAINLAND,
    ),
  ),
];
const slowest = Math.min(...results);
console.log(
  `slowest: ${slowest.toLocaleString('en-US')} /s — target 200,000 /s: ${slowest >= 200_000 ? 'met' : 'MISSED'}`,
);
