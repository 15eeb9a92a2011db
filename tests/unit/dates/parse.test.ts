import { describe, expect, it } from 'vitest';
import { dayOrderFor, findDatesInText, findShortYearDate, parseDateValue } from '../../../lib/page/dates/parse.ts';
import { FORMS, monthOf } from '../../../lib/page/dates/months.ts';

const days = (text: string, order: 'dmy' | 'mdy' = 'dmy') => findDatesInText(text, order).map((d) => d.day);

describe('parseDateValue (machine values)', () => {
  it('reads ISO dates as the publisher wrote them, never shifted to UTC', () => {
    expect(parseDateValue('2017-09-28T23:30:00-04:00')).toBe('2017-09-28');
    expect(parseDateValue('2017-09-28T01:30:00+09:00')).toBe('2017-09-28');
    expect(parseDateValue('2017-09-28')).toBe('2017-09-28');
  });
  it('reads slashes, dots, compact digits, Unix timestamps and RFC 2822', () => {
    expect(parseDateValue('2017/09/28 10:00')).toBe('2017-09-28');
    expect(parseDateValue('2017.9.28')).toBe('2017-09-28');
    expect(parseDateValue('20170928')).toBe('2017-09-28');
    expect(parseDateValue('1506556800')).toBe('2017-09-28');
    expect(parseDateValue('1506556800000')).toBe('2017-09-28');
    expect(parseDateValue('Thu, 28 Sep 2017 10:00:00 GMT')).toBe('2017-09-28');
  });
  it('ignores what is not a real day', () => {
    expect(parseDateValue('2017-02-30')).toBeNull();
    expect(parseDateValue('2017-13-01')).toBeNull();
    expect(parseDateValue('not a date')).toBeNull();
    expect(parseDateValue('')).toBeNull();
    expect(parseDateValue(undefined)).toBeNull();
    expect(parseDateValue({ date: '2017-09-28' })).toBeNull();
  });
});

describe('findDatesInText (human text)', () => {
  it('reads numeric European and ISO formats', () => {
    expect(days('Stand: 28.09.2017, 10:30 Uhr')).toEqual(['2017-09-28']);
    expect(days('28. 09. 2017')).toEqual(['2017-09-28']);
    expect(days('on 2017-09-28 at noon')).toEqual(['2017-09-28']);
    expect(days('2017. 9. 28.')).toEqual(['2017-09-28']);
  });
  it('reads month names in many languages, abbreviated or inflected', () => {
    expect(days('Sept. 28, 2017')).toEqual(['2017-09-28']);
    expect(days('September 28th, 2017')).toEqual(['2017-09-28']);
    expect(days('Thursday, 28 September 2017')).toEqual(['2017-09-28']);
    expect(days('28. September 2017')).toEqual(['2017-09-28']);
    expect(days('Publié le 28 septembre 2017')).toEqual(['2017-09-28']);
    expect(days('28 de septiembre de 2017')).toEqual(['2017-09-28']);
    expect(days('28 de setembro de 2017')).toEqual(['2017-09-28']);
    expect(days('28 settembre 2017')).toEqual(['2017-09-28']);
    expect(days('28 września 2017')).toEqual(['2017-09-28']);
    expect(days('28 сентября 2017')).toEqual(['2017-09-28']);
    expect(days('28 вересня 2017')).toEqual(['2017-09-28']);
    expect(days('28. září 2017')).toEqual(['2017-09-28']);
    expect(days('2017. szeptember 28.')).toEqual(['2017-09-28']);
    expect(days('28 févr. 2017')).toEqual(['2017-02-28']);
    expect(days('3. Mrz 2017')).toEqual(['2017-03-03']);
  });
  it('reads Chinese, Japanese and Korean dates', () => {
    expect(days('2017年9月28日')).toEqual(['2017-09-28']);
    expect(days('2017년 9월 28일')).toEqual(['2017-09-28']);
  });
  it('reads 09/10/2017 by the page language, and unambiguous ones either way', () => {
    expect(days('09/10/2017', 'mdy')).toEqual(['2017-09-10']);
    expect(days('09/10/2017', 'dmy')).toEqual(['2017-10-09']);
    expect(days('09/28/2017', 'dmy')).toEqual(['2017-09-28']);
    expect(days('28/09/2017', 'mdy')).toEqual(['2017-09-28']);
    expect(dayOrderFor('en-US')).toBe('mdy');
    expect(dayOrderFor('en-GB')).toBe('dmy');
    expect(dayOrderFor('de')).toBe('dmy');
  });
  it('finds every date in order and skips what is not a full date', () => {
    expect(days('Published 5 Dec 2019 - Updated 6 Dec 2019')).toEqual(['2019-12-05', '2019-12-06']);
    expect(days('Version 1.2.3 costs 2017 euros in May 2017, room 12.2017')).toEqual([]);
    expect(days('31.02.2017 and 2017-00-10')).toEqual([]);
    expect(days('Marketing 12 2017')).toEqual([]);
  });
});

describe('monthOf', () => {
  it('knows full names and unambiguous abbreviations only', () => {
    expect(monthOf('Sept.')).toBe(9);
    expect(monthOf('März')).toBe(3);
    expect(monthOf('juil')).toBe(7);
    expect(monthOf('juin')).toBe(6);
    expect(monthOf('marketing')).toBe(0);
    expect(monthOf('cer')).toBe(0); // červen (June) or červenec (July)
  });
});

describe('findDatesInText beyond Latin script', () => {
  it('reads Arabic month names and Arabic-Indic digits', () => {
    expect(days('الأربعاء، 07 أكتوبر 2020 - 12:09 م')).toEqual(['2020-10-07']);
    expect(days('تم نشره الجمعة 24 نيسان / أبريل 2020')).toEqual(['2020-04-24']);
    expect(days('٢٨ سبتمبر ٢٠١٧')).toEqual(['2017-09-28']);
  });
  it('reads every month name it knows, in every script, before or after the day', () => {
    FORMS.forEach((line, i) => {
      const month = String(i + 1).padStart(2, '0');
      for (const name of line.split(' ')) {
        // A curly quote makes the text two-byte, as most news text is.
        expect(days(`“Quoted.” 28 ${name} 2017`), name).toEqual([`2017-${month}-28`]);
        expect(days(`${name[0]!.toUpperCase()}${name.slice(1)} 28, 2017`), name).toEqual([`2017-${month}-28`]);
        expect(days(`2017, ${name} 28`), name).toEqual([`2017-${month}-28`]);
      }
    });
  });
  it('reads two-digit years only through the dedicated reader', () => {
    expect(days('28.01.22')).toEqual([]);
    expect(findShortYearDate(' 28.01.22')?.day).toBe('2022-01-28');
    expect(findShortYearDate('Version 1.13.40')).toBeNull(); // no month 13
    expect(findShortYearDate('1.2.3.45')).toBeNull(); // part of a longer number
  });
});
