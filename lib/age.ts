/**
 * How old a story is, in the reader's own calendar. Pure date arithmetic on calendar
 * days: no time zones, so a story published "2017-09-28" is that day wherever it is read.
 */

/** A calendar day. Months are 1..12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The units an age is worded in, largest first. */
export const AGE_UNITS = ['year', 'month', 'week', 'day'] as const;
export type AgeUnit = (typeof AGE_UNITS)[number];

/** An age worded as "over {count} {unit}s". */
export interface Age {
  /** Whole days between publication and today (never negative). */
  days: number;
  /** Whole months elapsed (a month counts once its day-of-month is reached). */
  months: number;
  count: number;
  unit: AgeUnit;
}

/** What wording an age needs: "over {count} {unit}s" (what is sent between Backstory's parts). */
export type AgeAmount = Pick<Age, 'count' | 'unit'>;

/** Just the amount of an age, without the day and month counts behind it. */
export const amountOf = ({ count, unit }: AgeAmount): AgeAmount => ({ count, unit });

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; null for anything else or an impossible day (2017-02-30). */
export function parseDay(text: string): CalendarDay | null {
  const match = DAY_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The reader's local calendar day for a moment in time. */
export function localDay(moment: Date): CalendarDay {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

export function formatDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayNumber({ year, month, day }: CalendarDay): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/**
 * The age of a story published on `published`, seen on `today`. Null when the day is in
 * the future (a wrong date must never produce a "negative age").
 */
export function ageBetween(published: CalendarDay, today: CalendarDay): Age | null {
  const days = dayNumber(today) - dayNumber(published);
  if (days < 0) return null;
  let months = (today.year - published.year) * 12 + (today.month - published.month);
  if (today.day < published.day) months -= 1;
  months = Math.max(0, months);
  if (months >= 12) return { days, months, count: Math.floor(months / 12), unit: 'year' };
  if (months >= 1) return { days, months, count: months, unit: 'month' };
  if (days >= 7) return { days, months, count: Math.floor(days / 7), unit: 'week' };
  return { days, months, count: days, unit: 'day' };
}

/** Whether a story of this age is older than the reader's threshold (in months). */
export function isStale(age: Age, thresholdMonths: number): boolean {
  return age.months >= thresholdMonths && age.days > 0;
}
