// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findArticleDates } from '../../../lib/page/dates/index.ts';
import { findDatesInText, parseDateValue } from '../../../lib/page/dates/parse.ts';
import { EARLIEST_DAY, latestDay, toDay } from '../../../lib/day.ts';
import { page } from './load.ts';

/** A real calendar day, not before the earliest plausible one and not after `latest`. */
function isSaneDay(day: string, latest = '9999-12-31'): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(day);
  return !!m && toDay(+m[1]!, +m[2]!, +m[3]!) === day && day >= EARLIEST_DAY && day <= latest;
}

const isRealDay = (day: string) => {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(day);
  return !!m && toDay(+m[1]!, +m[2]!, +m[3]!) === day;
};

/** Strings that look a bit like dates: digits, separators, month words, CJK markers. */
const datey = fc
  .array(fc.oneof(
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.constantFrom('-', '/', '.', ' ', ', ', 'T', 'Z', '+02:00', ':', '年', '月', '日', 'de', 'of'),
    fc.constantFrom('Sept.', 'März', 'décembre', 'сентября', 'May', 'juil', 'Published', 'Updated', '©'),
    fc.string({ maxLength: 6 }),
  ), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('date parsing never throws and returns only real days', () => {
  it('parseDateValue', () => {
    fc.assert(fc.property(fc.oneof(datey, fc.string(), fc.anything()), (value) => {
      const day = parseDateValue(value);
      return day === null || isRealDay(day);
    }), { numRuns: 2000 });
  });
  it('findDatesInText', () => {
    fc.assert(fc.property(fc.oneof(datey, fc.string({ maxLength: 200 })), (text) =>
      findDatesInText(text, 'dmy').every((d) => isRealDay(d.day) && d.start >= 0 && d.end <= text.length && d.start < d.end),
    ), { numRuns: 2000 });
  });
});

describe('findArticleDates on arbitrary documents', () => {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const doc = fc
    .record({
      meta: fc.array(fc.tuple(fc.constantFrom('article:published_time', 'date', 'og:updated_time', 'pubdate', 'x'), datey), { maxLength: 4 }),
      ld: fc.oneof(fc.string(), datey.map((d) => `{"@type":"NewsArticle","datePublished":"${d.replace(/"/g, '')}"}`)),
      time: fc.array(datey, { maxLength: 3 }),
      text: fc.array(fc.oneof(datey, fc.string()), { maxLength: 8 }),
      heading: fc.string({ maxLength: 40 }),
    })
    .map(({ meta, ld, time, text, heading }) => `<html><head>
      ${meta.map(([n, v]) => `<meta name="${n}" content="${escape(v)}">`).join('')}
      <script type="application/ld+json">${ld.replace(/</g, '')}</script></head>
      <body><h1>${escape(heading)}</h1>${time.map((t) => `<time datetime="${escape(t)}">${escape(t)}</time>`).join('')}
      ${text.map((t) => `<p>${escape(t)}</p>`).join('')}</body></html>`);
  const url = fc.oneof(fc.constant(null), fc.webUrl(), datey.map((d) => `https://news.example/${encodeURIComponent(d)}/x`), fc.string());

  it('never throws, never returns a future, too old or invalid day', () => {
    fc.assert(fc.property(doc, url, fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), (html, address, now) => {
      const dates = findArticleDates(page(html), address, { now });
      const latest = latestDay(now);
      const all = [dates.published, dates.updated, ...dates.candidates].filter((d) => d !== null);
      expect(all.every((d) => isSaneDay(d!.day, latest))).toBe(true);
      expect(dates.candidates.length).toBeLessThanOrEqual(10);
      if (dates.published && dates.updated) expect(dates.updated.day > dates.published.day).toBe(true);
      for (const d of all) {
        expect(d!.confidence).toBeGreaterThanOrEqual(0);
        expect(d!.confidence).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 300 });
  });

  it('a future date is never chosen, however it is written', () => {
    const now = new Date('2020-01-01T00:00:00Z');
    const html = `<html><head><meta property="article:published_time" content="2020-01-03T10:00:00Z"></head>
      <body><h1>Title of the story</h1><p>Published January 5, 2020</p></body></html>`;
    const dates = findArticleDates(page(html), 'https://news.example/2020/01/04/x', { now });
    expect(dates.published).toBeNull();
    expect(dates.candidates).toEqual([]);
  });
});
