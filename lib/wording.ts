/**
 * How ages and dates are worded for the reader. Extension pages word them with Intl directly.
 * The banner lives in web pages, where Intl's first use costs the page's main thread 10–30 ms
 * (loading locale data), so the content script has the background word them and passes the
 * words in (`presetWording`).
 */
import type { AgeAmount } from './age.ts';
import { formatAgeAmount, formatDay } from './format.ts';

export interface Wording {
  /** "9 years", "3 Monate". */
  ageAmount(age: AgeAmount): string;
  /** "Sep 28, 2017", "28. Sept. 2017". */
  day(day: string): string;
}

/** Words already made elsewhere, by key: `ageKey(age)` and the day ("2017-09-28"). */
export interface PresetWords {
  ages: Record<string, string>;
  days: Record<string, string>;
}

export const ageKey = (age: AgeAmount): string => `${age.count} ${age.unit}`;

export function intlWording(locale: string): Wording {
  return { ageAmount: (age) => formatAgeAmount(age, locale), day: (day) => formatDay(day, locale) };
}

/** Words `ages` and `days` ahead, to be sent where Intl is costly. */
export function wordAhead(wording: Wording, ages: AgeAmount[], days: string[]): PresetWords {
  return {
    ages: Object.fromEntries(ages.map((age) => [ageKey(age), wording.ageAmount(age)])),
    days: Object.fromEntries(days.map((day) => [day, wording.day(day)])),
  };
}

/** Preset words first; anything missing is worded by `fallback`. */
export function presetWording(words: PresetWords, fallback: Wording): Wording {
  return {
    ageAmount: (age) => (Object.hasOwn(words.ages, ageKey(age)) ? words.ages[ageKey(age)]! : fallback.ageAmount(age)),
    day: (day) => (Object.hasOwn(words.days, day) ? words.days[day]! : fallback.day(day)),
  };
}
