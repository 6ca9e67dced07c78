import { describe, expect, it } from 'vitest';
import { CALENDAR_24X7, type Calendar, CHINA_MAINLAND } from '../../platform/calendar/index.js';
import {
  type ClockInput,
  clockTimes,
  nextSlaCheckAt,
  pauseClock,
  recomputeClock,
  reopenClock,
  resolutionKpis,
  responseKpis,
  resumeClock,
  type SlaRow,
} from './requests.clock.js';

const at = (s: string) => new Date(s);
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
/** The SPEC §6 default targets in minutes. */
const spec = {
  L1: [120, 240],
  L2: [240, 720],
  L3: [720, 1440],
  L4: [1440, null],
} as const;

function input(calendar: Calendar, receivedAt: string, level: keyof typeof spec): ClockInput {
  return {
    calendar,
    receivedAt: at(receivedAt),
    responseTargetMinutes: spec[level][0],
    resolutionTargetMinutes: spec[level][1],
    warningPercent: 75,
    pausedWorkingSeconds: 0,
    pausedAt: null,
  };
}

function row(calendar: Calendar, receivedAt: string, level: keyof typeof spec): SlaRow {
  const c = input(calendar, receivedAt, level);
  return {
    ...c,
    ...clockTimes(c),
    responseWarnedAt: null,
    responseBreachedAt: null,
    resolutionWarnedAt: null,
    resolutionBreachedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
  };
}

describe('SLA clocks on 7×24 (SPEC §6 targets)', () => {
  it.each([
    ['L1', '2026-03-02T04:00:00.000Z', '2026-03-02T03:30:00.000Z', '2026-03-02T06:00:00.000Z'],
    ['L2', '2026-03-02T06:00:00.000Z', '2026-03-02T05:00:00.000Z', '2026-03-02T14:00:00.000Z'],
    ['L3', '2026-03-02T14:00:00.000Z', '2026-03-02T11:00:00.000Z', '2026-03-03T02:00:00.000Z'],
    ['L4', '2026-03-03T02:00:00.000Z', '2026-03-02T20:00:00.000Z', null],
  ] as const)('%s received at 10:00 Shanghai', (level, responseDue, responseWarn, resolutionDue) => {
    const t = clockTimes(input(CALENDAR_24X7, '2026-03-02T10:00:00+08:00', level));
    expect(iso(t.responseDueAt)).toBe(responseDue);
    expect(iso(t.responseWarnAt)).toBe(responseWarn);
    expect(iso(t.resolutionDueAt)).toBe(resolutionDue);
    expect(t.resolutionWarnAt === null).toBe(resolutionDue === null);
  });
});

describe('SLA clocks on the China mainland calendar (09:00–12:00, 13:00–18:00)', () => {
  it('an L1 request at 17:00 on 30 September waits out the National Day holidays', () => {
    const t = clockTimes(input(CHINA_MAINLAND, '2026-09-30T17:00:00+08:00', 'L1'));
    // 1 h on 30 Sep, 1–7 Oct are holidays, then 1 h on Thursday 8 Oct.
    expect(iso(t.responseDueAt)).toBe(at('2026-10-08T10:00:00+08:00').toISOString());
    // 1 h + 3 h: the budget runs out exactly at the lunch break.
    expect(iso(t.resolutionDueAt)).toBe(at('2026-10-08T12:00:00+08:00').toISOString());
    // 75% of 240 = 180 min: 60 on 30 Sep + 120 on 8 Oct.
    expect(iso(t.resolutionWarnAt)).toBe(at('2026-10-08T11:00:00+08:00').toISOString());
  });

  it('the make-up Saturday 10 October (调休) counts as a working day', () => {
    const t = clockTimes(input(CHINA_MAINLAND, '2026-10-09T17:00:00+08:00', 'L2'));
    // 1 h on Friday, 3 h on the make-up Saturday morning.
    expect(iso(t.responseDueAt)).toBe(at('2026-10-10T12:00:00+08:00').toISOString());
    // 12 h = 1 h Friday + 8 h Saturday + 3 h Monday.
    expect(iso(t.resolutionDueAt)).toBe(at('2026-10-12T12:00:00+08:00').toISOString());
  });

  it('a request on an ordinary Saturday starts its clock on Monday', () => {
    const t = clockTimes(input(CHINA_MAINLAND, '2026-10-17T10:00:00+08:00', 'L1'));
    expect(iso(t.responseDueAt)).toBe(at('2026-10-19T11:00:00+08:00').toISOString());
  });
});

describe('pause and resume', () => {
  it('waiting for the customer pauses resolution; resuming adds the paused working time', () => {
    const r = row(CALENDAR_24X7, '2026-03-02T10:00:00+08:00', 'L2');
    const paused = { ...r, ...pauseClock(r, at('2026-03-02T11:00:00+08:00')) };
    expect(paused.resolutionDueAt).toBeNull();
    // The response clock keeps running while paused.
    expect(iso(paused.nextSlaCheckAt)).toBe(iso(r.responseWarnAt));
    const resumed = { ...paused, ...resumeClock(paused, CALENDAR_24X7, at('2026-03-02T13:00:00+08:00')) };
    expect(resumed.pausedWorkingSeconds).toBe(7200);
    expect(iso(resumed.resolutionDueAt)).toBe(at('2026-03-03T00:00:00+08:00').toISOString());
    expect(iso(resumed.resolutionWarnAt)).toBe(at('2026-03-02T21:00:00+08:00').toISOString());
  });

  it('a pause over a weekend on the China calendar costs only the working time inside it', () => {
    const r = row(CHINA_MAINLAND, '2026-03-06T10:00:00+08:00', 'L2'); // Friday
    const paused = { ...r, ...pauseClock(r, at('2026-03-06T17:00:00+08:00')) };
    const resumed = { ...paused, ...resumeClock(paused, CHINA_MAINLAND, at('2026-03-09T10:00:00+08:00')) };
    // Fri 17–18 and Mon 09–10 are working time: 2 h.
    expect(resumed.pausedWorkingSeconds).toBe(7200);
    // 12 h + 2 h from Fri 10:00: Fri 10–18 (7 h) + Mon 09–12, 13–17 (7 h) = Mon 17:00.
    expect(iso(resumed.resolutionDueAt)).toBe(at('2026-03-09T17:00:00+08:00').toISOString());
  });

  it('resolution minutes exclude the paused time', () => {
    const r = row(CALENDAR_24X7, '2026-03-02T10:00:00+08:00', 'L2');
    const paused = { ...r, ...pauseClock(r, at('2026-03-02T11:00:00+08:00')) };
    const resumed = { ...paused, ...resumeClock(paused, CALENDAR_24X7, at('2026-03-02T13:00:00+08:00')) };
    const k = resolutionKpis(resumed, CALENDAR_24X7, at('2026-03-02T15:00:00+08:00'));
    expect(k.resolutionCalendarMinutes).toBe(300);
    expect(k.resolutionWorkingMinutes).toBe(180);
    expect(k.resolutionMet).toBe(true);
    // Resolved before any reply: the resolution is the first response, so no response timer is left.
    expect(iso(k.firstResponseAt)).toBe(at('2026-03-02T15:00:00+08:00').toISOString());
    expect(k.nextSlaCheckAt).toBeNull();
  });
});

describe('severity change and reopening', () => {
  it('L3 → L1 two hours in: due instants recomputed from receipt, a passed response due is pending at once', () => {
    const r = row(CALENDAR_24X7, '2026-03-02T10:00:00+08:00', 'L3');
    const p = recomputeClock(r, CALENDAR_24X7, {
      responseTargetMinutes: 120,
      resolutionTargetMinutes: 240,
      warningPercent: 75,
    });
    expect(iso(p.responseDueAt)).toBe(at('2026-03-02T12:00:00+08:00').toISOString());
    expect(iso(p.resolutionDueAt)).toBe(at('2026-03-02T14:00:00+08:00').toISOString());
    expect(iso(p.nextSlaCheckAt)).toBe(at('2026-03-02T11:30:00+08:00').toISOString());
  });

  it('a moved due instant clears its fired marks so the new one fires; a met response keeps its result', () => {
    const r: SlaRow = {
      ...row(CALENDAR_24X7, '2026-03-02T10:00:00+08:00', 'L1'),
      responseWarnedAt: at('2026-03-02T11:30:00+08:00'),
      resolutionWarnedAt: at('2026-03-02T13:00:00+08:00'),
    };
    const answered = { ...r, ...responseKpis(r, CALENDAR_24X7, at('2026-03-02T11:45:00+08:00')) };
    expect(answered.responseMet).toBe(true);
    const p = recomputeClock(answered, CALENDAR_24X7, {
      responseTargetMinutes: 240,
      resolutionTargetMinutes: 720,
      warningPercent: 75,
    });
    expect(p.resolutionWarnedAt).toBeNull();
    expect('responseWarnedAt' in p).toBe(false);
    expect(iso(p.nextSlaCheckAt)).toBe(at('2026-03-02T19:00:00+08:00').toISOString());
  });

  it('reopening counts the resolved interval as paused time', () => {
    const r = row(CALENDAR_24X7, '2026-03-02T10:00:00+08:00', 'L2');
    const resolved = { ...r, ...resolutionKpis(r, CALENDAR_24X7, at('2026-03-02T12:00:00+08:00')) };
    const reopened = {
      ...resolved,
      ...reopenClock(resolved, CALENDAR_24X7, at('2026-03-02T15:00:00+08:00')),
    };
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.pausedWorkingSeconds).toBe(3 * 3600);
    expect(iso(reopened.resolutionDueAt)).toBe(at('2026-03-03T01:00:00+08:00').toISOString());
  });
});

describe('nextSlaCheckAt', () => {
  it('is the earliest unfired instant and null once nothing is pending', () => {
    const r = row(CALENDAR_24X7, '2026-03-02T10:00:00+08:00', 'L1');
    expect(iso(nextSlaCheckAt(r))).toBe(at('2026-03-02T11:30:00+08:00').toISOString());
    const warned = { ...r, responseWarnedAt: at('2026-03-02T11:30:00+08:00') };
    expect(iso(nextSlaCheckAt(warned))).toBe(at('2026-03-02T12:00:00+08:00').toISOString());
    const answered = { ...warned, firstResponseAt: at('2026-03-02T11:40:00+08:00') };
    expect(iso(nextSlaCheckAt(answered))).toBe(at('2026-03-02T13:00:00+08:00').toISOString());
    const done = { ...answered, resolvedAt: at('2026-03-02T12:00:00+08:00') };
    expect(nextSlaCheckAt(done)).toBeNull();
  });
});
