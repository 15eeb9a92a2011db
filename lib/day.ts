/**
 * The one calendar-day module: parsing, validating, formatting (`YYYY-MM-DD`) and day
 * arithmetic. A "day" is the string `YYYY-MM-DD`, exactly as the publisher wrote it: no
 * time zones, so a story published "2017-09-28" is that day wherever it is read. Wording a
 * day for a reader ("Sep 28, 2017") is Intl's job, in lib/format.ts.
 */

/** A calendar day as numbers. Months are 1..12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Dates before this are not plausible for a page on the web (the first news sites are from 1994). */
export const EARLIEST_DAY = '1994-01-01';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` for a real calendar day, or null (month 13, 31 April, 29 Feb 2019…). */
export function toDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses `YYYY-MM-DD`; null for anything else or an impossible day (2017-02-30). */
export function parseDay(text: string): CalendarDay | null {
  const match = DAY_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return toDay(year, month, day) === null ? null : { year, month, day };
}

/** True for a `YYYY-MM-DD` string that names a real calendar day. */
export function isDay(text: unknown): text is string {
  return typeof text === 'string' && parseDay(text) !== null;
}

/** Days since 1970-01-01, to compare and subtract days. */
export function dayNumber(day: string | CalendarDay): number {
  const { year, month, day: date } =
    typeof day === 'string' ? { year: +day.slice(0, 4), month: +day.slice(5, 7), day: +day.slice(8, 10) } : day;
  return Math.round(Date.UTC(year, month - 1, date) / 864e5);
}

/** The reader's local calendar day for a moment in time. */
export function localDay(moment: Date): CalendarDay {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** The UTC day of a Date (used for Unix timestamps, which carry no zone). */
export function utcDay(date: Date): string | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  return toDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The latest day that can be "today" somewhere on Earth at `now` (UTC+14). A page's date
 * after this is in the future and impossible; anything up to it may be a real local date.
 */
export function latestDay(now: Date): string {
  return utcDay(new Date(now.getTime() + 14 * 36e5)) ?? '9999-12-31';
}

/** True when the day is neither in the future nor implausibly old. */
export function isPlausibleDay(day: string, latest: string): boolean {
  return day >= EARLIEST_DAY && day <= latest;
}

/** The day `n` days after (or before, when negative) `day`. */
export function shiftDay(day: string, n: number): string {
  return utcDay(new Date((dayNumber(day) + n) * 864e5)) ?? day;
}
