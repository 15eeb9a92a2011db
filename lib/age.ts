/**
 * How old a story is, in the reader's own calendar: whole years, months, weeks or days
 * between two calendar days (the days themselves are lib/day.ts's).
 */
import { dayNumber, type CalendarDay } from './day.ts';

// Callers outside lib/ read days through this module's re-export (utils/messages.ts).
export { parseDay } from './day.ts';

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
