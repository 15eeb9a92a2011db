/**
 * Reading dates out of strings: machine values (meta content, JSON-LD, `datetime`) and
 * human text ("Sept. 28, 2017", "28. September 2017", "28.09.2017", "2017年9月28日").
 * Nothing here throws; what cannot be read is null or skipped.
 */
import { toDay, utcDay } from '../../day.ts';
import { monthOf } from './months.ts';

/** Which way round numeric dates like 09/10/2017 are read. */
export type DayOrder = 'dmy' | 'mdy';

/** A date found inside a longer text. */
export interface TextDate {
  day: string;
  start: number;
  end: number;
  /** Written with digits only (09/28/2017), which is less certain than a month name. */
  numeric: boolean;
}

/** `en` (American by default) writes month/day/year; the rest of the world day.month.year. */
export function dayOrderFor(lang: string | null | undefined): DayOrder {
  const l = (lang ?? '').toLowerCase();
  return /^en(?!-(gb|au|ie|nz|in|za|uk))/.test(l) ? 'mdy' : 'dmy';
}

const ISO = /^\s*((?:19|20)\d\d)(?:-(\d\d?)-(\d\d?)|\/(\d\d?)\/(\d\d?)|\.(\d\d?)\.(\d\d?)|(\d\d)(\d\d))(?!\d)/;
const EPOCH = /^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$/;

/**
 * Reads a machine-written value: ISO 8601 (`2017-09-28T23:30:00-04:00` is the 28th: the day
 * as written, never shifted to UTC), 2017/09/28, 20170928, a Unix timestamp, or, failing
 * those, the first human-written date in it ("Thu, 28 Sep 2017 10:00:00 GMT").
 */
export function parseDateValue(value: unknown, order: DayOrder = 'dmy'): string | null {
  if (typeof value === 'number') return value > 1e8 ? epochDay(String(Math.round(value))) : null;
  if (typeof value !== 'string' || value.length > 200) return null;
  const m = ISO.exec(value);
  if (m) return toDay(+m[1]!, +(m[2] ?? m[4] ?? m[6] ?? m[8])!, +(m[3] ?? m[5] ?? m[7] ?? m[9])!);
  const e = EPOCH.exec(value);
  if (e) return epochDay(e[1]!);
  return findDatesInText(value, order)[0]?.day ?? null;
}

function epochDay(digits: string): string | null {
  return utcDay(new Date(digits.length === 13 ? +digits : +digits * 1000));
}

/** Arabic-Indic and Persian digits as ASCII (one UTF-16 unit each, so offsets stay valid). */
function asciiDigits(text: string): string {
  return /[\u0660-\u0669\u06f0-\u06f9]/.test(text)
    ? text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    : text;
}

const ANY_YEAR = /(?:19|20)\d\d/;

/** Four-digit years 1900–2099 not glued to other digits; every full date in text has one. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/**
 * The letters month names are written in: Latin (with accents), Greek, Cyrillic and Arabic. An
 * explicit class rather than `\p{L}`, whose Unicode tables V8 compiles anew for every pattern
 * the first time it reads text with a character beyond Latin-1 (a curly quote is enough):
 * milliseconds per pattern on a page's first date, on the page-load path.
 */
const LETTER = 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0386\u0388-\u03ff\u0400-\u0481\u048a-\u04ff\u0620-\u064a\u066e-\u06d3';
/** Patterns that end right before the year. */
const NUM_BEFORE = /(?<![\d.])(\d\d?)(?:\.\s?|\/|-)(\d\d?)(?:\.\s?|\/|-)$/;
const WORD_BEFORE = new RegExp(String.raw`(?<!\d)(\d\d?)(?:\.|er|st|nd|rd|th|º|°)?(?:\s+(?:of|de)(?=[\s\-/]))?[\s\-/]*([${LETTER}]{3,}\.?)(?:\s*\/\s*[${LETTER}]{3,})?(?:,|\s+de|\s+del|\s+of)?[\s\-/]*$`);
const MONTH_FIRST = new RegExp(String.raw`([${LETTER}]{3,}\.?)[\s-]+(\d\d?)(?:st|nd|rd|th)?(?:,\s*|\s+|-)$`);
/** Patterns that start right after the year. */
const NUM_AFTER = /^(?:\.\s?|-|\/)(\d\d?)(?:\.\s?|-|\/)(\d\d?)(?![\d])/;
const CJK_AFTER = /^\s*[年년]\s*(\d\d?)\s*[月월]\s*(\d\d?)\s*[日일]?/;
const WORD_AFTER = new RegExp(String.raw`^\.?,?\s+([${LETTER}]{3,}\.?)\s+(\d\d?)(?!\d)`);
/** A separator between the number and the year must be the same on both sides (28.09.2017). */
const sameSeparators = (text: string): boolean => {
  const seps = text.replace(/[\d\s]/g, '');
  return seps.length === 2 && seps[0] === seps[1];
};

/**
 * Every full date (day, month and year) written in the text, in order. Year-anchored: the
 * text is scanned only around four-digit years, which keeps long texts cheap.
 */
export function findDatesInText(text: string, order: DayOrder = 'dmy'): TextDate[] {
  const found: TextDate[] = [];
  // Eastern digits are looked for only in text without a Western year (cheap on long texts).
  if (!ANY_YEAR.test(text)) text = asciiDigits(text);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const y = +m[0];
    const at = m.index;
    const end = at + 4;
    const before = text.slice(Math.max(0, at - 32), at);
    const after = text.slice(end, end + 24);
    let a: RegExpExecArray | null;
    let date: TextDate | null = null;
    if ((a = NUM_AFTER.exec(after)) && sameSeparators(a[0])) {
      date = make(toDay(y, +a[1]!, +a[2]!), at, end + a[0].length, true);
    } else if ((a = CJK_AFTER.exec(after))) {
      date = make(toDay(y, +a[1]!, +a[2]!), at, end + a[0].length, false);
    } else if ((a = NUM_BEFORE.exec(before)) && sameSeparators(a[0])) {
      const p = +a[1]!;
      const q = +a[2]!;
      const mdy = p <= 12 && (q > 12 || (order === 'mdy' && a[0].includes('/')));
      date = make(mdy ? toDay(y, p, q) : toDay(y, q, p), at - a[0].length, end, true);
    } else if ((a = WORD_BEFORE.exec(before)) && monthOf(a[2]!)) {
      date = make(toDay(y, monthOf(a[2]!), +a[1]!), at - a[0].length, end, false);
    } else if ((a = MONTH_FIRST.exec(before)) && monthOf(a[1]!)) {
      date = make(toDay(y, monthOf(a[1]!), +a[2]!), at - a[0].length, end, false);
    } else if ((a = WORD_AFTER.exec(after)) && monthOf(a[1]!)) {
      date = make(toDay(y, monthOf(a[1]!), +a[2]!), at, end + a[0].length, false);
    }
    if (date) {
      found.push(date);
      YEAR.lastIndex = Math.max(YEAR.lastIndex, date.end);
    }
  }
  return found;
}

function make(day: string | null, start: number, end: number, numeric: boolean): TextDate | null {
  return day ? { day, start, end, numeric } : null;
}

/** 28.09.17: a day, month and two-digit year, trusted only where the page marks it as a date. */
const SHORT_YEAR = /(?<![\d.])(\d\d?)\.\s?(\d\d?)\.\s?(\d\d)(?![\d.])/;

/** A date with a two-digit year (00–69 → 2000s, 70–99 → 1900s, as POSIX reads them), or null. */
export function findShortYearDate(text: string): TextDate | null {
  const m = SHORT_YEAR.exec(text);
  if (!m) return null;
  const yy = +m[3]!;
  return make(toDay(yy < 70 ? 2000 + yy : 1900 + yy, +m[2]!, +m[1]!), m.index, m.index + m[0].length, true);
}
