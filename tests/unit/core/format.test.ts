import { describe, expect, it } from 'vitest';
import { formatAgeAmount, formatAgeBadge, formatAgeRelative, formatDay } from '../../../lib/format.ts';

describe('formatAgeAmount', () => {
  it('uses the language plural rules', () => {
    expect(formatAgeAmount({ count: 9, unit: 'year' }, 'en')).toBe('9 years');
    expect(formatAgeAmount({ count: 1, unit: 'year' }, 'en')).toBe('1 year');
    expect(formatAgeAmount({ count: 3, unit: 'month' }, 'en')).toBe('3 months');
    expect(formatAgeAmount({ count: 1, unit: 'year' }, 'de')).toBe('1 Jahr');
    expect(formatAgeAmount({ count: 9, unit: 'year' }, 'de')).toBe('9 Jahre');
    expect(formatAgeAmount({ count: 9, unit: 'year' }, 'fr')).toBe('9 ans');
    expect(formatAgeAmount({ count: 1, unit: 'year' }, 'es')).toBe('1 año');
  });
});

describe('formatAgeBadge', () => {
  it('is short enough for the toolbar badge', () => {
    expect(formatAgeBadge({ count: 9, unit: 'year' }, 'en')).toBe('9y');
    for (const locale of ['en', 'de', 'fr', 'es']) {
      expect(formatAgeBadge({ count: 12, unit: 'month' }, locale).length).toBeLessThanOrEqual(4);
    }
  });
});

describe('formatAgeRelative and formatDay', () => {
  it('words relative ages and calendar days in the locale', () => {
    expect(formatAgeRelative({ count: 9, unit: 'year' }, 'en')).toBe('9 years ago');
    expect(formatDay('2017-09-28', 'en-GB')).toBe('28 Sept 2017'.replace('Sept', new Intl.DateTimeFormat('en-GB', { month: 'short' }).format(new Date(2017, 8, 28))));
    expect(formatDay('2017-09-28', 'en-US')).toBe('Sep 28, 2017');
  });

  it('never shifts the day across time zones and passes malformed days through', () => {
    expect(formatDay('2017-01-01', 'en-US')).toBe('Jan 1, 2017');
    expect(formatDay('garbage', 'en')).toBe('garbage');
  });
});
