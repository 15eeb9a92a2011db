/**
 * Locale-aware wording of ages and dates, through Intl (plural rules and units come from
 * the browser's CLDR data, not hand-made tables).
 */
import type { AgeAmount } from './age.ts';
import { parseDay } from './day.ts';

/** "9 years", "1 year", "3 months" — in the given locale, with its plural rules. */
export function formatAgeAmount(age: AgeAmount, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: age.unit, unitDisplay: 'long' }).format(age.count);
}

/** The badge text for an age: "9y", "3mo" — a narrow unit, at most four characters. */
export function formatAgeBadge(age: AgeAmount, locale: string): string {
  const narrow = new Intl.NumberFormat(locale, { style: 'unit', unit: age.unit, unitDisplay: 'narrow' })
    .format(age.count)
    .replace(/\s+/g, '');
  return narrow.length <= 4 ? narrow : String(age.count);
}

/**
 * "over 9 years ago", "vor mehr als 9 Jahren": the time since publication, worded so it is
 * never wrong. An age is a whole number of units rounded down (a story from December 2024
 * seen in November 2026 is "1 year" old), so it gets "over" (`over`, from the translation,
 * goes before the number); a count of days is exact and gets none. Intl's `numeric: 'auto'` must not be used: it words -1 year as
 * "last year", which is the previous calendar year and false for a 23-month-old story.
 */
export function formatAgeAgo(age: AgeAmount, locale: string, over: string): string {
  const parts = new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).formatToParts(-age.count, age.unit);
  const number = parts.findIndex((part) => part.type === 'integer');
  if (number < 0 || !over || age.unit === 'day') return parts.map((part) => part.value).join('');
  return parts.map((part, i) => (i === number ? `${over} ${part.value}` : part.value)).join('');
}

/** A calendar day ("2017-09-28") as the reader's locale writes it: "28 Sep 2017", "Sep 28, 2017". */
export function formatDay(day: string, locale: string): string {
  const parsed = parseDay(day);
  if (!parsed) return day;
  // Noon UTC, formatted in UTC: the calendar day never shifts with the reader's time zone.
  const moment = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day, 12));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(moment);
}

/** A number in the reader's locale ("8,400", "8.400"). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
