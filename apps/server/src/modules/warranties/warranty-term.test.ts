import { describe, expect, it } from 'vitest';
import {
  anniversary,
  daysLeft,
  shanghaiDate,
  standardMonths,
  warrantyEndDate,
  warrantyStatus,
} from './warranty-term.js';

describe('warranty term', () => {
  it('ends the day before the N-month anniversary', () => {
    expect(warrantyEndDate('2026-03-15', 12)).toBe('2027-03-14');
    expect(warrantyEndDate('2026-03-15', 24)).toBe('2028-03-14');
    expect(warrantyEndDate('2026-01-01', 12)).toBe('2026-12-31');
    expect(warrantyEndDate('2026-12-31', 1)).toBe('2027-01-30');
  });

  it('rolls a missing day of month to the 1st of the next month, so no day is lost', () => {
    expect(anniversary('2026-01-31', 1)).toBe('2026-03-01');
    expect(warrantyEndDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(warrantyEndDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(warrantyEndDate('2024-02-29', 48)).toBe('2028-02-28');
    expect(warrantyEndDate('2027-01-31', 13)).toBe('2028-02-29');
  });

  it('gives critical systems 24 months and others 12', () => {
    expect(standardMonths(true)).toBe(24);
    expect(standardMonths(false)).toBe(12);
  });

  it('is in force through the last day and expired the day after', () => {
    const term = { startDate: '2026-03-15', endDate: '2027-03-14' };
    expect(warrantyStatus(term, '2026-03-14')).toBe('not_started');
    expect(warrantyStatus(term, '2026-03-15')).toBe('in_force');
    expect(warrantyStatus(term, '2027-03-14')).toBe('in_force');
    expect(warrantyStatus(term, '2027-03-15')).toBe('expired');
    expect(daysLeft(term, '2027-03-14')).toBe(1);
    expect(daysLeft(term, '2027-03-15')).toBe(0);
    expect(daysLeft(term, '2026-03-15')).toBe(365);
    expect(daysLeft(term, '2026-01-01')).toBe(365);
  });

  it('reads today in Asia/Shanghai, not UTC', () => {
    expect(shanghaiDate(new Date('2026-03-14T15:59:59Z'))).toBe('2026-03-14');
    expect(shanghaiDate(new Date('2026-03-14T16:00:00Z'))).toBe('2026-03-15');
  });
});
