import { describe, expect, it } from 'vitest';
import { ageBetween } from '../../../lib/age.ts';
import { parseDay } from '../../../lib/day.ts';
import { formatAgeAgo, formatAgeAmount, formatAgeBadge, formatDay } from '../../../lib/format.ts';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import fr from '../../../public/_locales/fr/messages.json';

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

describe('formatAgeAgo', () => {
  const over = { en: en.ageOver.message, de: de.ageOver.message, fr: fr.ageOver.message, es: es.ageOver.message };
  // A story from December 2024 seen in late November 2026 is 23 months old: "1 year" rounded down.
  const age = ageBetween(parseDay('2024-12-03')!, parseDay('2026-11-30')!)!;

  it('never calls a 23-month-old story "last year", in any of the four languages', () => {
    expect(age).toMatchObject({ count: 1, unit: 'year', months: 23 });
    expect(formatAgeAgo(age, 'en', over.en)).toBe('over 1 year ago');
    expect(formatAgeAgo(age, 'de', over.de)).toBe('vor mehr als 1 Jahr');
    expect(formatAgeAgo(age, 'fr', over.fr)).toBe('il y a plus de 1 an');
    expect(formatAgeAgo(age, 'es', over.es)).toBe('hace más de 1 año');
    for (const [locale, words] of Object.entries(over)) {
      expect(formatAgeAgo(age, locale, words)).not.toMatch(/last year|letztes Jahr|année dernière|año pasado/);
    }
  });

  it('says "over" for rounded units and words exact days plainly', () => {
    expect(formatAgeAgo({ count: 9, unit: 'year' }, 'en', 'over')).toBe('over 9 years ago');
    expect(formatAgeAgo({ count: 1, unit: 'month' }, 'de', 'mehr als')).toBe('vor mehr als 1 Monat');
    expect(formatAgeAgo({ count: 1, unit: 'week' }, 'en', 'over')).toBe('over 1 week ago');
    expect(formatAgeAgo({ count: 1, unit: 'day' }, 'en', 'over')).toBe('1 day ago');
    expect(formatAgeAgo({ count: 1, unit: 'day' }, 'fr', 'plus de')).toBe('il y a 1 jour');
  });
});

describe('formatDay', () => {
  it('words calendar days in the locale', () => {
    expect(formatDay('2017-09-28', 'en-GB')).toBe('28 Sept 2017'.replace('Sept', new Intl.DateTimeFormat('en-GB', { month: 'short' }).format(new Date(2017, 8, 28))));
    expect(formatDay('2017-09-28', 'en-US')).toBe('Sep 28, 2017');
  });

  it('never shifts the day across time zones and passes malformed days through', () => {
    expect(formatDay('2017-01-01', 'en-US')).toBe('Jan 1, 2017');
    expect(formatDay('garbage', 'en')).toBe('garbage');
  });
});
