/**
 * One request, one verdict: random histories driven through every pure path
 * that writes met / breached / breach counts (intake's fresh clock, reply,
 * pause, resume, resolve, reopen, a severity or policy change, the sweep, and
 * the historical import's replay) must never leave a target both met and
 * breached, a late target unbreached, or a breach count that disagrees with
 * the breached targets. No database: these are the functions the flows call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_24X7, type Calendar, CHINA_MAINLAND } from '../../platform/calendar/index.js';
import {
  type ClockCalendars,
  clockTimes,
  pauseClock,
  recomputeClock,
  reopenClock,
  resolutionKpis,
  responseKpis,
  resumeClock,
  type SlaPatch,
  type SlaRow,
  sweepPatch,
} from './requests.clock.js';
import { replayHistory } from './requests.import.js';
import { slaVerdicts } from './requests.verdict.js';

interface Targets {
  responseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  warningPercent: number;
}
type Row = SlaRow & { responseMet: boolean | null; resolutionMet: boolean | null; breachCount: number };

const MIN = 60_000;
const start = Date.parse('2026-09-28T00:00:00Z'); // a fortnight with the National Day holidays in it

const calendarArb: fc.Arbitrary<Calendar> = fc.constantFrom(CALENDAR_24X7, CHINA_MAINLAND);
const targetsArb = fc
  .tuple(fc.option(fc.integer({ min: 1, max: 600 })), fc.option(fc.integer({ min: 1, max: 3000 })))
  .map(([response, resolution]) => ({
    responseTargetMinutes: response,
    resolutionTargetMinutes:
      response !== null && resolution !== null ? Math.max(response, resolution) : resolution,
    warningPercent: 75,
  }));
const stepArb = fc.record({
  kind: fc.constantFrom('respond', 'pause', 'resume', 'resolve', 'reopen', 'sweep', 'retarget'),
  minutes: fc.integer({ min: 0, max: 900 }),
  targets: targetsArb,
});

function fresh(cals: ClockCalendars, receivedAt: Date, t: Targets): Row {
  const input = { calendar: cals, receivedAt, ...t, pausedWorkingSeconds: 0, pausedAt: null };
  const row: Row = {
    ...input,
    ...clockTimes(input),
    responseWarnedAt: null,
    responseBreachedAt: null,
    resolutionWarnedAt: null,
    resolutionBreachedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    responseMet: null,
    resolutionMet: null,
    breachCount: 0,
  };
  return row;
}

/** The invariants of one verdict, on any row a path left behind. */
function checkVerdicts(row: Row, where: string) {
  const flags = (row.responseBreachedAt ? 1 : 0) + (row.resolutionBreachedAt ? 1 : 0);
  expect(row.breachCount, `${where}: breach count`).toBe(flags);
  expect(row.responseMet === true && !!row.responseBreachedAt, `${where}: response met and breached`).toBe(
    false,
  );
  expect(
    row.resolutionMet === true && !!row.resolutionBreachedAt,
    `${where}: resolution met and breached`,
  ).toBe(false);
  // A measured miss is a breach (counted), never a silent false.
  if (row.responseMet === false) expect(row.responseBreachedAt, `${where}: late response`).not.toBeNull();
  if (row.resolutionMet === false)
    expect(row.resolutionBreachedAt, `${where}: late resolution`).not.toBeNull();
  // The stored verdict is the one the deciding function gives for the row as it is.
  const again = slaVerdicts(row);
  expect(
    { responseMet: row.responseMet, resolutionMet: row.resolutionMet, breachCount: row.breachCount },
    `${where}: stored verdict`,
  ).toEqual({
    responseMet: again.responseMet,
    resolutionMet: again.resolutionMet,
    breachCount: again.breachCount,
  });
}

describe('one request, one verdict', () => {
  it('no path leaves a target both met and breached, and breach counts follow the verdicts', () => {
    fc.assert(
      fc.property(
        calendarArb,
        calendarArb,
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        targetsArb,
        fc.array(stepArb, { maxLength: 14 }),
        (responseCal, resolutionCal, offset, targets, steps) => {
          const cals = { response: responseCal, resolution: resolutionCal };
          let t = start + offset * MIN;
          let row = fresh(cals, new Date(t), targets);
          checkVerdicts(row, 'intake');
          const apply = (p: SlaPatch) => {
            row = { ...row, ...p } as Row;
          };
          for (const s of steps) {
            t += s.minutes * MIN;
            const before = row;
            const now = new Date(t);
            if (s.kind === 'respond' && !row.firstResponseAt) apply(responseKpis(row, cals, now));
            if (s.kind === 'pause' && !row.resolvedAt) apply(pauseClock(row, now));
            if (s.kind === 'resume' && !row.resolvedAt) apply(resumeClock(row, cals, now));
            if (s.kind === 'resolve' && !row.resolvedAt) apply(resolutionKpis(row, cals, now));
            if (s.kind === 'reopen' && row.resolvedAt) apply(reopenClock(row, cals, now));
            if (s.kind === 'retarget') apply(recomputeClock(row, cals, s.targets));
            if (s.kind === 'sweep') apply(sweepPatch(row, now).patch);
            checkVerdicts(row, s.kind);
            // A breach people were told about is withdrawn only when its due instant moves (new targets).
            if (s.kind !== 'retarget') {
              if (before.responseBreachedAt)
                expect(row.responseBreachedAt, s.kind).toEqual(before.responseBreachedAt);
              if (before.resolutionBreachedAt)
                expect(row.resolutionBreachedAt, s.kind).toEqual(before.resolutionBreachedAt);
            }
          }
          apply(sweepPatch(row, new Date(t + 30 * 24 * 60 * MIN)).patch);
          checkVerdicts(row, 'final sweep');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the historical import agrees: replayed histories get the same invariants', () => {
    fc.assert(
      fc.property(
        calendarArb,
        targetsArb,
        fc.option(fc.integer({ min: 0, max: 5000 })),
        fc.option(fc.integer({ min: 0, max: 5000 })),
        fc.integer({ min: 0, max: 20_000 }),
        (calendar, targets, respondAfter, resolveAfter, nowAfter) => {
          const receivedAt = new Date(start);
          const cals = { response: calendar, resolution: calendar };
          const firstResponseAt = respondAfter === null ? undefined : new Date(start + respondAfter * MIN);
          const resolvedAt = resolveAfter === null ? undefined : new Date(start + resolveAfter * MIN);
          const now = new Date(start + Math.max(nowAfter, respondAfter ?? 0, resolveAfter ?? 0) * MIN);
          const row = replayHistory(
            fresh(cals, receivedAt, targets),
            cals,
            { firstResponseAt, resolvedAt },
            now,
          );
          checkVerdicts(row as Row, 'import');
          // And the sweep finds nothing more to decide for a target the history already decided.
          const swept = { ...row, ...sweepPatch(row, now).patch } as Row;
          expect(swept.breachCount).toBe(row.breachCount);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an import resolved in time without a first response is met twice and breached never', () => {
    const cals = { response: CALENDAR_24X7, resolution: CALENDAR_24X7 };
    const targets = { responseTargetMinutes: 120, resolutionTargetMinutes: 240, warningPercent: 75 };
    const receivedAt = new Date(start);
    const row = replayHistory(
      fresh(cals, receivedAt, targets),
      cals,
      { resolvedAt: new Date(start + 60 * MIN) },
      new Date(start + 30 * 24 * 60 * MIN),
    );
    expect(row).toMatchObject({
      firstResponseAt: new Date(start + 60 * MIN),
      responseMet: true,
      responseBreachedAt: null,
      resolutionMet: true,
      resolutionBreachedAt: null,
      breachCount: 0,
    });
  });
});
