// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findArticleDates } from '../../../lib/page/dates/index.ts';
import { fixture, page } from './load.ts';

const now = new Date('2024-03-02T12:00:00Z');
const find = (doc: Document, url: string | null = null) => findArticleDates(doc, url, { now });

describe('JSON-LD', () => {
  it('reads an @graph, takes the article item, and tells published from modified', () => {
    const d = find(fixture('dates', 'jsonld-graph.html'));
    expect(d.published).toMatchObject({ day: '2017-09-28', source: 'json-ld' });
    expect(d.published!.detail).toContain('NewsArticle.datePublished');
    expect(d.updated).toMatchObject({ day: '2017-10-03', source: 'json-ld' });
  });
  it('never takes the date of a comment inside the article item', () => {
    const d = find(fixture('dates', 'jsonld-graph.html'));
    expect(d.candidates.map((c) => c.day)).not.toContain('2017-11-02');
  });
  it('tolerates invalid JSON: comments, raw line breaks, trailing commas', () => {
    expect(find(fixture('dates', 'jsonld-broken.html')).published).toMatchObject({ day: '2016-03-14', source: 'json-ld' });
  });
  it('ignores the dates of the stories a section front lists', () => {
    const d = find(fixture('dates', 'jsonld-itemlist.html'));
    expect(d.published).toBeNull();
    expect(d.candidates).toEqual([]);
  });
  it('reads arrays of items and JSON-LD in a plain <script>', () => {
    const d = find(page(`<script type="application/ld+json">[{"@type":"Organization","foundingDate":"1990-01-01"},
      {"@type":"Article","datePublished":"2020-06-07T10:00:00+03:00"}]</script>`));
    expect(d.published?.day).toBe('2020-06-07');
    const plain = find(page('<script>{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2022-01-28T06:00:00+01:00"}</script>'));
    expect(plain.published?.day).toBe('2022-01-28');
  });
});

describe('meta tags', () => {
  it('knows the names publishers use and reads "modified" names as the update', () => {
    const d = find(fixture('dates', 'meta-names.html'));
    expect(d.published).toMatchObject({ day: '2019-04-02', source: 'meta' });
    expect(d.updated).toMatchObject({ day: '2019-04-05', source: 'meta' });
    const names = d.candidates.map((c) => c.detail);
    expect(names).toContain('meta[name="parsely-pub-date"]');
    expect(names).toContain('meta[name="DC.date.issued"]');
    expect(names.some((n) => n.includes('expires'))).toBe(false);
  });
  it('takes the day as written in the publisher’s time zone', () => {
    const d = find(page('<meta property="article:published_time" content="2017-09-28T23:30:00-04:00">'));
    expect(d.published).toMatchObject({ day: '2017-09-28', raw: '2017-09-28T23:30:00-04:00' });
  });
  it('reads numeric dates in the page’s language, from `lang` or `xml:lang`, in <head> as in the text', () => {
    const meta = '<meta name="date" content="09/10/2017">';
    expect(find(page(`<html xml:lang="en"><head>${meta}</head></html>`)).published?.day).toBe('2017-09-10');
    expect(find(page(`<html lang="en-GB"><head>${meta}</head></html>`)).published?.day).toBe('2017-10-09');
  });
});

describe('microdata and microformats', () => {
  it('reads hAtom <abbr class="published" title="…"> in the byline', () => {
    const d = find(fixture('dates', 'microdata.html'));
    expect(d.published).toMatchObject({ day: '2012-06-30', source: 'microdata' });
  });
  it('reads itemprop dates in <body> and visible itemprop elements', () => {
    const meta = find(page('<div itemscope><h2>A post</h2><meta itemprop="datePublished" content="2012-06-30"><p>Text.</p></div>'));
    expect(meta.published).toMatchObject({ day: '2012-06-30', source: 'meta' });
    const span = find(page('<title>A post</title><div><h1>A post</h1><span itemprop="datePublished">30 June 2012</span></div>'));
    expect(span.published).toMatchObject({ day: '2012-06-30', source: 'microdata' });
  });
});

describe('<time> and the page layout', () => {
  it('takes the byline’s <time>, not the sidebar’s newer stories or the masthead’s today', () => {
    const d = find(fixture('dates', 'time-and-teasers.html'));
    expect(d.published).toMatchObject({ day: '2022-11-14', source: 'time' });
    const sidebar = d.candidates.filter((c) => c.day === '2024-03-01');
    for (const c of sidebar) expect(c.confidence).toBeLessThan(d.published!.confidence / 2);
  });
});

describe('the address', () => {
  it('reads /2017/09/28/, /20170928/ and day-first dates in the path', () => {
    const blank = () => page('<p>No dates here.</p>');
    expect(find(blank(), 'https://news.example/2017/09/28/story-slug/').published).toMatchObject({ day: '2017-09-28', source: 'url' });
    expect(find(blank(), 'https://news.example/story-20170928.html').published?.day).toBe('2017-09-28');
    expect(find(blank(), 'https://news.example/report_vom_22.04.2020_x').published?.day).toBe('2020-04-22');
    expect(find(blank(), 'https://news.example/archive/2017/09/').published).toBeNull();
    expect(find(blank(), 'https://2017.example/09/28').published).toBeNull(); // never the host
  });
});

describe('dated bylines in the text', () => {
  it('German: "Veröffentlicht am … | Aktualisiert am …"', () => {
    const d = find(fixture('dates', 'byline-de.html'));
    expect(d.published).toMatchObject({ day: '2017-09-28', source: 'byline' });
    expect(d.updated?.day).toBe('2017-10-03');
  });
  it('French: "Publié le … - Mis à jour le …"', () => {
    const d = find(fixture('dates', 'byline-fr.html'));
    expect(d.published?.day).toBe('2019-12-05');
    expect(d.updated?.day).toBe('2019-12-06');
  });
  it('Spanish: "Publicado el 7 de junio de 2020"', () => {
    expect(find(fixture('dates', 'byline-es.html')).published?.day).toBe('2020-06-07');
  });
});

describe('rejections', () => {
  const d = find(fixture('dates', 'rejections.html'));
  const days = d.candidates.map((c) => c.day);
  it('keeps the real byline date', () => {
    expect(d.published?.day).toBe('2021-03-03');
  });
  it('rejects dates in the future of `now`', () => {
    expect(days).not.toContain('2031-07-04');
  });
  it('rejects implausibly old dates (the Unix epoch, 1936)', () => {
    expect(days).not.toContain('1970-01-01');
    expect(days).not.toContain('1936-05-12');
  });
  it('rejects copyright lines', () => {
    expect(days).not.toContain('2022-03-01');
  });
  it('ignores malformed values instead of throwing', () => {
    expect(days.every((x) => /^\d{4}-\d\d-\d\d$/.test(x))).toBe(true);
    expect(days).not.toContain('2017-03-02'); // 2017-02-30 is not rolled over
  });
  it('weighs a comment’s date far below the story’s', () => {
    const comment = d.candidates.find((c) => c.day === '2021-04-09');
    expect(comment === undefined || comment.confidence < 0.3).toBe(true);
  });
  it('finds nothing on a page without dates', () => {
    expect(find(page('<h1>About us</h1><p>We sell shoes since forever.</p>'))).toEqual({ published: null, updated: null, candidates: [] });
  });
});

describe('the seed story', () => {
  it('is dated 2017-09-28 from its metadata, confirmed by its byline', () => {
    const d = find(fixture('pages/operation-safe-city', 'page.html'), 'https://www.vice.com/en/article/operation-safe-city');
    expect(d.published?.day).toBe('2017-09-28');
    expect(['json-ld', 'meta']).toContain(d.published?.source);
    expect(d.published!.confidence).toBeGreaterThan(0.9);
    expect(d.candidates.length).toBeLessThanOrEqual(10);
    expect(new Set(d.candidates.map((c) => c.source))).toEqual(new Set(['json-ld', 'meta', 'time']));
  });
});

describe('time zones', () => {
  it('reads a UTC timestamp in the publisher’s zone when the address or byline shows that day', () => {
    const html = '<meta property="article:published_time" content="2020-05-02T02:54:29.000Z"><h1>Penn Station to close overnight</h1>';
    expect(find(page(html), 'https://news.example/2020/05/01/penn-station').published?.day).toBe('2020-05-01');
    // Without such evidence the day stays as written.
    expect(find(page(html), 'https://news.example/penn-station').published?.day).toBe('2020-05-02');
  });
  it('prefers the day a <time> shows over its UTC datetime a day off', () => {
    const html = '<title>Late vote</title><article><h1>Late vote</h1><p><time datetime="2021-03-09T03:10:00Z">March 8, 2021</time></p></article>';
    expect(find(page(html)).published?.day).toBe('2021-03-08');
  });
});

describe('pages without a single story', () => {
  it('dates a blog front page by its newest post', () => {
    const post = (d: string) => `<div class="post"><h2><a href="/p">A post</a></h2><span class="date">${d}</span><p>Text.</p></div>`;
    const html = `<title>My blog</title><div id="main">${['March 3, 2019', 'May 28, 2019', 'January 9, 2019'].map(post).join('')}</div>`;
    expect(find(page(html)).published?.day).toBe('2019-05-28');
  });
  it('reads two-digit years only where the page marks a date', () => {
    const marked = '<title>LVMH wächst</title><div><h1>LVMH wächst</h1><div class="meta"><span class="post-created"> 28.01.22</span></div><p>Text.</p></div>';
    expect(find(page(marked)).published?.day).toBe('2022-01-28');
    const unmarked = '<title>Release notes</title><div><h1>Release notes</h1><p><span> 1.2.22</span></p></div>';
    expect(find(page(unmarked)).published).toBeNull();
  });
  it('reads a two-digit year right after the author’s name, and not after any link', () => {
    const byline = (a: string) => `<title>Der neue Trend</title><div><h1>Der neue Trend</h1><p>${a}, 8.5.12</p><p>Text.</p></div>`;
    expect(find(page(byline('<a href="/autor/ks" rel="author" class="author url fn">K. Schöppner</a>'))).published?.day).toBe('2012-05-08');
    expect(find(page(byline('<a href="/download">Version</a>'))).published).toBeNull();
  });
});

describe('a page dated only by its last update', () => {
  it('takes a "Stand:" line when nothing firmer says when it was published', () => {
    const filler = '<p>Öffnungszeiten, Kontakt und alle Dienste der Stadtverwaltung auf einen Blick. </p>'.repeat(10);
    const html = `<title>Bürgerservice</title><div><h1>Bürgerservice der Stadt</h1></div>${filler}<div><p>Termine ab 25. März 2018.</p></div><p>Stand: 09.10.2017</p>`;
    const d = find(page(html));
    expect(d.published?.day).toBe('2017-10-09');
    expect(d.updated).toBeNull();
  });
});

describe('protocol-relative addresses', () => {
  it('still reads the date in the path', () => {
    expect(find(page('<p>x</p>'), '//news.example/2017/09/28/story').published?.day).toBe('2017-09-28');
  });
});
