import { describe, expect, it } from 'vitest';
import { ageBetween, isStale } from '../../../lib/age.ts';
import { dayNumber, isDay, localDay, parseDay, shiftDay, toDay } from '../../../lib/day.ts';

const day = (text: string) => parseDay(text)!;

describe('parseDay', () => {
  it('reads valid days and rejects impossible or malformed ones', () => {
    expect(parseDay('2017-09-28')).toEqual({ year: 2017, month: 9, day: 28 });
    expect(parseDay('2016-02-29')).not.toBeNull();
    expect(parseDay('2017-02-29')).toBeNull();
    expect(parseDay('2017-13-01')).toBeNull();
    expect(parseDay('2017-9-28')).toBeNull();
    expect(parseDay('28/09/2017')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});

describe('ageBetween', () => {
  it('words the seed story, seen on 2026-11-28, as over 9 years', () => {
    expect(ageBetween(day('2017-09-28'), day('2026-11-28'))).toMatchObject({ count: 9, unit: 'year' });
  });

  it('counts a year only once its anniversary is reached', () => {
    expect(ageBetween(day('2025-11-29'), day('2026-11-28'))).toMatchObject({ count: 11, unit: 'month' });
    expect(ageBetween(day('2025-11-28'), day('2026-11-28'))).toMatchObject({ count: 1, unit: 'year' });
  });

  it('uses months, weeks and days for younger stories', () => {
    expect(ageBetween(day('2026-08-20'), day('2026-11-28'))).toMatchObject({ count: 3, unit: 'month' });
    expect(ageBetween(day('2026-11-10'), day('2026-11-28'))).toMatchObject({ count: 2, unit: 'week' });
    expect(ageBetween(day('2026-11-26'), day('2026-11-28'))).toMatchObject({ count: 2, unit: 'day' });
  });

  it('handles month ends and leap days', () => {
    expect(ageBetween(day('2024-01-31'), day('2024-02-29'))).toMatchObject({ months: 0, days: 29 });
    expect(ageBetween(day('2024-02-29'), day('2025-02-28'))).toMatchObject({ months: 11 });
    expect(ageBetween(day('2024-02-29'), day('2025-03-01'))).toMatchObject({ count: 1, unit: 'year' });
  });

  it('gives no age for a day in the future', () => {
    expect(ageBetween(day('2026-11-29'), day('2026-11-28'))).toBeNull();
  });
});

describe('isStale', () => {
  it('compares whole months with the threshold', () => {
    const age = ageBetween(day('2025-11-28'), day('2026-11-28'))!;
    expect(isStale(age, 12)).toBe(true);
    expect(isStale(age, 24)).toBe(false);
    expect(isStale(ageBetween(day('2026-11-28'), day('2026-11-28'))!, 0)).toBe(false);
  });
});

describe('localDay', () => {
  it('takes the calendar day in the local time zone', () => {
    const moment = new Date(2026, 10, 28, 23, 59);
    expect(localDay(moment)).toEqual({ year: 2026, month: 11, day: 28 });
  });
});

describe('lib/day.ts, the one calendar-day module', () => {
  it('counts days the same from a day string and from its parsed form', () => {
    for (const text of ['1994-01-01', '2016-02-29', '2017-09-28', '2026-12-31']) {
      expect(dayNumber(parseDay(text)!)).toBe(dayNumber(text));
      expect(shiftDay(shiftDay(text, 400), -400)).toBe(text);
      const { year, month, day } = parseDay(text)!;
      expect(toDay(year, month, day)).toBe(text);
    }
    expect(isDay('2017-09-28')).toBe(true);
    expect(isDay('2017-02-29')).toBe(false);
    expect(isDay('2017-9-28')).toBe(false);
    expect(isDay(20170928)).toBe(false);
  });
});
