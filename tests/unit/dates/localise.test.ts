// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findArticleDates } from '../../../lib/page/dates/index.ts';
import { offsetsForLanguage, writtenOffset } from '../../../lib/page/dates/zone.ts';
import { mayLocalise } from '../../../lib/page/dates/rank.ts';
import type { Candidate } from '../../../lib/page/dates/candidate.ts';
import { page } from './load.ts';

const now = new Date('2024-01-01T00:00:00Z');
const story = (lang: string, published: string, byline: string) => page(`<html lang="${lang}"><head><title>Neue Buslinien beschlossen</title>
  <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${published}"}</script></head>
  <body><article><h1>Neue Buslinien beschlossen</h1><p class="meta">${byline}</p>
  <p>Der Stadtrat hat am Montag nach langer Debatte die neuen Buslinien beschlossen, die ab dem Herbst fahren sollen.</p></article></body></html>`);

describe('a UTC timestamp is read in the publisher’s time zone only when an offset explains it', () => {
  it('keeps a German page’s UTC afternoon on its own day despite an update line dated the next day', () => {
    const dates = findArticleDates(story('de', '2021-06-28T14:00:00Z', 'Akt.: 29.06.2021'), null, { now });
    expect(dates.published?.day).toBe('2021-06-28');
  });

  it('still moves a late-evening UTC timestamp to the next day for a German page', () => {
    const dates = findArticleDates(story('de', '2021-06-28T22:30:00Z', 'Von Anna Beispiel, 29.06.2021'), null, { now });
    expect(dates.published?.day).toBe('2021-06-29');
  });

  it('moves an American page’s early-morning UTC timestamp to the evening before', () => {
    const dates = findArticleDates(story('en-US', '2017-09-29T02:30:00Z', 'By Sam Writer, 28.09.2017'), 'https://news.example/2017/09/28/buses', { now });
    expect(dates.published?.day).toBe('2017-09-28');
  });

  it('knows offsets by language, region and what the page writes', () => {
    expect(offsetsForLanguage('de-DE')).toEqual({ min: 1, max: 2 });
    expect(offsetsForLanguage('en-US')).toEqual({ min: -10, max: -4 });
    expect(offsetsForLanguage('xx')).toEqual({ min: -12, max: 14 });
    expect(writtenOffset('2021-06-28T23:30:00+02:00')).toBe(2);
    expect(writtenOffset('2021-06-28T23:30:00-05:30')).toBe(-5.5);
    expect(writtenOffset('2021-06-28T23:30:00Z')).toBeNull();
  });

  it('knows a UTC timestamp cannot move once the page shows its day in its own time', () => {
    const utc: Candidate = { day: '2019-11-14', kind: 'published', source: 'meta', confidence: 0.92, raw: '2019-11-14T22:56:28+00:00', detail: 'meta' };
    const address: Candidate = { day: '2019-11-14', kind: 'published', source: 'url', confidence: 0.8, raw: '2019/11/14', detail: 'address' };
    const enUs = offsetsForLanguage('en-US');
    expect(mayLocalise([utc], offsetsForLanguage('de'))).toBe(true);
    expect(mayLocalise([utc, address], offsetsForLanguage('de'))).toBe(false);
    expect(mayLocalise([{ ...utc, raw: '2019-11-14T02:00:00Z' }], enUs)).toBe(true);
    expect(mayLocalise([{ ...utc, raw: '2019-11-14T02:00:00Z' }, address], enUs)).toBe(false);
    // The address naming the next day leaves the move open.
    expect(mayLocalise([utc, { ...address, day: '2019-11-15' }], offsetsForLanguage('de'))).toBe(true);
  });
});
