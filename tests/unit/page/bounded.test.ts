// @vitest-environment jsdom
/**
 * The every-page path reads a bounded part of a page: element lists up to a cap without asking a
 * live collection its length, the start of a large element's text, and nothing of the page's body
 * once its metadata has settled the publication day.
 */
import { describe, expect, it } from 'vitest';
import { listOf, textStart } from '../../../lib/page/dom.ts';
import { findArticleDates } from '../../../lib/page/dates/index.ts';
import { quickLook } from '../../../lib/page/quick-look.ts';
import { textCandidates } from '../../../lib/page/dates/sources/visible.ts';
import { viewPage } from '../../../lib/page/dates/page.ts';
import { dayOrderFor } from '../../../lib/page/dates/parse.ts';
import { page } from '../dates/load.ts';

/** A list that counts the items read and fails when asked its length, like a costly live collection. */
function countingList(n: number) {
  const els = Array.from({ length: n }, () => document.createElement('p'));
  const read = { items: 0 };
  const list = new Proxy({} as ArrayLike<Element>, {
    get: (_, key) => {
      if (key === 'length') throw new Error('length read');
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        read.items++;
        return els[+key];
      }
      return undefined;
    },
  });
  return { list, read };
}

describe('bounded reads', () => {
  it('reads a header zone’s text for dates only as far as its start (a zone can hold the whole story)', () => {
    const filler = '<p>The council met again and talked about the plan for the buses.</p>'.repeat(300);
    const doc = page(`<html><body><article><h1>Council approves the bus plan</h1><p>By Jane Doe, March 5, 2019</p>${filler}<p>On June 1, 2021, the buses ran.</p></article></body></html>`);
    const view = viewPage(doc, 'Council approves the bus plan', dayOrderFor('en'));
    const zone = doc.getElementsByTagName('article')[0]!;
    expect(textCandidates(view, zone).map((c) => c.day)).toEqual(['2019-03-05']);
    // The walk over the whole page still reads every date.
    expect(textCandidates(view).map((c) => c.day)).toEqual(['2019-03-05', '2021-06-01']);
  });

  it('lists at most max elements without reading the length', () => {
    const { list, read } = countingList(1000);
    expect(listOf(list, 20)).toHaveLength(20);
    expect(read.items).toBeLessThanOrEqual(21);
    expect(listOf(countingList(5).list, 20)).toHaveLength(5);
  });

  it('reads the start of an element’s text as textContent would', () => {
    const doc = page(`<html><body><main><h1>Title</h1>${'<p>Some <b>bold</b> text and <i>more</i>.</p>'.repeat(500)}<script>var x = 1;</script></main></body></html>`);
    const main = doc.getElementsByTagName('main')[0]!;
    for (const max of [0, 5, 123, 4000, 1_000_000]) expect(textStart(main, max)).toBe((main.textContent ?? '').slice(0, max));
  });

  it('does not read the body when the metadata settles the day', () => {
    const head = `<head><title>Council approves the bus plan</title><meta property="article:published_time" content="2019-03-04T10:00:00-05:00"></head>`;
    const body = `<body><main><h1>Council approves the bus plan</h1><p>By Jane Doe, <time datetime="2019-03-05">March 5, 2019</time></p></main></body>`;
    const dates = findArticleDates(page(`<html lang="en-US">${head}${body}</html>`), 'https://news.example/council-bus-plan', { now: new Date('2026-12-01') });
    expect(dates.published?.day).toBe('2019-03-04');
    // The byline's <time> is not read at all: the settled metadata is the only candidate.
    expect(dates.candidates.map((c) => c.source)).toEqual(['meta']);
    // A UTC timestamp near midnight is different: the byline may show the publisher's own day.
    const utc = head.replace('2019-03-04T10:00:00-05:00', '2019-03-05T02:30:00Z');
    const local = body.replace('datetime="2019-03-05">March 5', 'datetime="2019-03-04">March 4');
    const late = findArticleDates(page(`<html lang="en-US">${utc}${local}</html>`), 'https://news.example/council-bus-plan', { now: new Date('2026-12-01') });
    expect(late.published?.day).toBe('2019-03-04');
  });

  it('reads the header when the metadata gives two days', () => {
    const head = `<head><title>Council approves the bus plan</title><meta property="article:published_time" content="2019-03-04T10:00:00-05:00">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-03-06T09:00:00-05:00"}</script></head>`;
    const body = `<body><main><h1>Council approves the bus plan</h1><p>By Jane Doe, <time datetime="2019-03-06">March 6, 2019</time></p></main></body>`;
    const dates = findArticleDates(page(`<html lang="en-US">${head}${body}</html>`), 'https://news.example/council-bus-plan', { now: new Date('2026-12-01') });
    expect(dates.candidates.map((c) => c.source)).toContain('time');
    expect(dates.published?.day).toBe('2019-03-06');
  });

  it('searches each tag once per root: detection and the date finder share the searches', () => {
    // JSON-LD and a <time> only in <body>, so both detection and the date finder read the body.
    const story = '<p>The council met on Tuesday and voted for the plan that will run more buses on the routes to the hospital and the university next year. The mayor said the first new buses would arrive in the spring.</p>'.repeat(8);
    const doc = page(`<html lang="en-US"><head><title>Council approves the bus plan</title></head><body><main><h1>Council approves the bus plan</h1>
      <p>By Jane Doe, <time datetime="2019-03-05">March 5, 2019</time></p>${story}
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the bus plan"}</script></main></body></html>`);
    const searches: string[] = [];
    const count = (proto: { getElementsByTagName(tag: string): HTMLCollectionOf<Element> }) => {
      const search = proto.getElementsByTagName;
      proto.getElementsByTagName = function (this: Element, tag: string) {
        searches.push(`${this.nodeName} ${tag}`);
        return search.call(this, tag);
      };
      return () => void (proto.getElementsByTagName = search);
    };
    const restore = [count(Document.prototype), count(Element.prototype)];
    try {
      const look = quickLook(doc, 'https://news.example/council-bus-plan', new Date('2026-12-01'));
      expect(look.verdict.isArticle).toBe(true);
      expect(look.dates.published?.day).toBe('2019-03-05');
    } finally {
      restore.forEach((undo) => undo());
    }
    expect(searches).toContain('BODY script');
    expect(searches).toContain('BODY p');
    expect(searches.length).toBe(new Set(searches).size);
  });
});
