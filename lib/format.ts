/**
 * Locale-aware wording of ages and dates, through Intl (plural rules and units come from
 * the browser's CLDR data, not hand-made tables).
 */
import { parseDay, type AgeAmount } from './age.ts';

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

/** "9 years ago", "vor 9 Jahren". */
export function formatAgeRelative(age: AgeAmount, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-age.count, age.unit);
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
