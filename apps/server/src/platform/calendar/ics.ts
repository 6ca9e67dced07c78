/**
 * Import holidays and make-up working days from an iCalendar (.ics) feed, such
 * as the public Chinese holiday feeds or an Outlook holiday export.
 *
 * Reads every VEVENT: DTSTART (a DATE, or a DATE-TIME whose date part is
 * taken as written), DTEND (exclusive, as RFC 5545 says for all-day events) or
 * DURATION (days/weeks), SUMMARY. An event whose summary mentions 班 (补班,
 * 上班), "workday" or "working day" (but not "non-working") marks make-up
 * working days; every other event marks holidays. Multi-day events expand to
 * each date; folded lines are unfolded; cancelled events are skipped. The
 * same date listed twice as the same kind is kept once; as both kinds it is
 * an error.
 */
import { DomainError, type FieldIssue } from '../errors.js';
import { type Holiday, isRealDate, type MakeUpDay } from './calendar.js';
import { datesBetween } from './calendar-json.js';

export interface IcsDays {
  holidays: Holiday[];
  makeUpDays: MakeUpDay[];
}

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the previous one. */
export function unfoldLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\n|\r/)) {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length) {
      lines[lines.length - 1] += raw.slice(1);
    } else if (raw.length) {
      lines.push(raw);
    }
  }
  return lines;
}

function parseProperty(line: string): Property | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [name = '', ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** "YYYYMMDD" or "YYYYMMDDTHHMMSS[Z]" → { date: "YYYY-MM-DD", midnight } or null. */
function parseDateValue(value: string): { date: string; midnight: boolean } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{6})Z?)?$/.exec(value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isRealDate(date) ? { date, midnight: !m[4] || m[4] === '000000' } : null;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether an event summary announces a make-up working day rather than a day off. */
export function isMakeUpSummary(summary: string): boolean {
  if (/non[- ]?work(ing)?[- ]?day/i.test(summary)) return false;
  return /班|work(ing)?[- ]?day/i.test(summary);
}

interface IcsEvent {
  index: number;
  props: Property[];
}

function collectEvents(lines: string[]): IcsEvent[] {
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  let nested = 0;
  for (const line of lines) {
    const upper = line.toUpperCase();
    if (upper === 'BEGIN:VEVENT') {
      current = { index: events.length, props: [] };
      nested = 0;
    } else if (upper === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (current && upper.startsWith('BEGIN:')) {
      nested++; // e.g. a VALARM: its properties are not the event's
    } else if (current && upper.startsWith('END:')) {
      nested--;
    } else if (current && nested === 0) {
      const prop = parseProperty(line);
      if (prop) current.props.push(prop);
    }
  }
  return events;
}

/** The dates an event covers, or an issue. */
function eventDates(event: IcsEvent): string[] | FieldIssue {
  const path = (field: string) => ['VEVENT', event.index, field];
  const get = (name: string) => event.props.find((p) => p.name === name);
  const startProp = get('DTSTART');
  if (!startProp) return { path: path('DTSTART'), message: 'Event has no DTSTART' };
  const start = parseDateValue(startProp.value);
  if (!start) return { path: path('DTSTART'), message: `Unreadable date "${startProp.value}"` };
  let last = start.date;
  const endProp = get('DTEND');
  const durationProp = get('DURATION');
  if (endProp) {
    const end = parseDateValue(endProp.value);
    if (!end) return { path: path('DTEND'), message: `Unreadable date "${endProp.value}"` };
    // DTEND is exclusive: an all-day event ending on 20261008 last covers 10-07.
    last = end.midnight ? addDays(end.date, -1) : end.date;
  } else if (durationProp) {
    const m = /^P(?:(\d+)W|(\d+)D)/.exec(durationProp.value.trim());
    if (!m) return { path: path('DURATION'), message: `Unsupported duration "${durationProp.value}"` };
    const days = m[1] ? Number(m[1]) * 7 : Number(m[2]);
    last = addDays(start.date, Math.max(days, 1) - 1);
  }
  if (last < start.date) last = start.date;
  const dates = datesBetween(start.date, last);
  if (dates.length > 366) return { path: path('DTEND'), message: 'Event longer than 366 days' };
  return dates;
}

/**
 * Parses an .ics text into holidays and make-up days, sorted by date. With
 * `year`, only dates of that year are kept. Throws DomainError('validation')
 * (paths like ['VEVENT', 3, 'DTSTART']) on unreadable events or conflicts.
 */
export function parseIcsDays(text: string, opts: { year?: number } = {}): IcsDays {
  const lines = unfoldLines(text);
  if (!lines.some((l) => l.toUpperCase() === 'BEGIN:VCALENDAR')) {
    throw new DomainError('validation', 'Not an iCalendar file (no BEGIN:VCALENDAR)', {
      issues: [{ path: [], message: 'Not an iCalendar file', code: 'unreadable_file' }],
    });
  }
  const issues: FieldIssue[] = [];
  const kinds = new Map<string, { makeUp: boolean; name: string }>();
  for (const event of collectEvents(lines)) {
    const status = event.props
      .find((p) => p.name === 'STATUS')
      ?.value.trim()
      .toUpperCase();
    if (status === 'CANCELLED') continue;
    const dates = eventDates(event);
    if (!Array.isArray(dates)) {
      issues.push(dates);
      continue;
    }
    const name = unescapeText(event.props.find((p) => p.name === 'SUMMARY')?.value ?? '').trim();
    const makeUp = isMakeUpSummary(name);
    for (const date of dates) {
      if (opts.year !== undefined && !date.startsWith(`${opts.year}-`)) continue;
      const prior = kinds.get(date);
      if (prior && prior.makeUp !== makeUp) {
        issues.push({
          path: ['VEVENT', event.index],
          message: `${date} is both a holiday and a make-up working day`,
        });
      } else if (!prior) {
        kinds.set(date, { makeUp, name });
      }
    }
  }
  if (issues.length) {
    throw new DomainError('validation', `Invalid iCalendar data: ${issues[0]!.message}`, {
      // The parser's own texts name the offending date or value; the reader gets them as the param.
      issues: issues.map((i) => ({ ...i, code: 'invalid_calendar_entry', params: { message: i.message } })),
    });
  }
  const result: IcsDays = { holidays: [], makeUpDays: [] };
  for (const [date, { makeUp, name }] of [...kinds].sort((a, b) => a[0].localeCompare(b[0]))) {
    const day = name ? { date, name } : { date };
    if (makeUp) result.makeUpDays.push(day);
    else result.holidays.push(day);
  }
  return result;
}
