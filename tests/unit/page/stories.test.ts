// @vitest-environment jsdom
/**
 * The banner appears on stories and nowhere else: each rule on a small hand-made page, and an
 * old story that still gets its banner.
 */
import { describe, expect, it } from 'vitest';
import { quickLook } from '../../../lib/page/quick-look.ts';
import { decideBanner } from '../../../lib/page/banner-decision.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings.ts';
import { addressOf } from '../../../lib/page/address.ts';
import { page } from '../dates/load.ts';

const NOW = new Date('2026-12-01T12:00:00Z');

/** Enough running prose for Reader View's check. */
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}: the council debated the plan for new buses, protected bike lanes and street repairs for more than four hours, and residents spoke for and against it late into the night.</p>`).join('\n');

function banner(html: string, url: string) {
  const look = quickLook(page(html), url, NOW);
  const model = decideBanner(look, { ...DEFAULT_SETTINGS }, { host: new URL(url).hostname, dismissed: false, now: NOW });
  return { look, model };
}

const story = `<html lang="en"><head><title>Council approves the bus plan</title>
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2019-03-04T10:00:00-05:00"></head>
  <body><article><h1>Council approves the bus plan</h1><p class="byline">By Jane Doe, March 4, 2019</p>${prose(8)}</article></body></html>`;

const wiki = `<html lang="en"><head><title>New Zealand - Example Encyclopedia</title>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"New Zealand",
  "datePublished":"2001-10-29T12:00:00Z","dateModified":"2026-11-30T08:00:00Z"}</script></head>
  <body><h1>New Zealand</h1>${prose(10)}
  <footer><ul><li>This page was last edited on 30 November 2026, at 08:00 (UTC).</li></ul></footer>
  <script>var big = "${'x'.repeat(2000)}";</script></body></html>`;

const terms = `<html><head><title>Terms of Service</title></head>
  <body><h1>Terms of Service</h1><p>Last updated: August 9, 2017</p>${prose(8)}</body></html>`;

const cmsAbout = `<html lang="en"><head><title>About us</title><meta property="og:type" content="article">
  <meta property="article:published_time" content="2012-06-30T09:00:00+00:00">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","datePublished":"2012-06-30T09:00:00+00:00"}</script>
  </head><body><h1>About us</h1>${prose(8)}</body></html>`;

const docs = `<html><head><title>Installing — Example 3.2 documentation</title><meta name="generator" content="Sphinx 7.2.6">
  <meta name="date" content="2017-09-21"></head>
  <body><h1>Installing</h1>${prose(8)}<footer>Last updated on Sep 21, 2017.</footer></body></html>`;

describe('the banner shows on stories only', () => {
  it('shows on an old story', () => {
    const { look, model } = banner(story, 'https://news.example/2019/03/04/council-bus-plan');
    expect(look.verdict.isArticle).toBe(true);
    expect(model?.basis.date.day).toBe('2019-03-04');
  });

  it('stays quiet on a wiki page whose JSON-LD Article dates its creation', () => {
    const { look, model } = banner(wiki, 'https://encyclopedia.example/articles/New_Zealand');
    expect(look.verdict.signals).toContain('revision-footer');
    expect(model).toBeNull();
    // the address of a wiki article says so on its own, whatever the footer
    expect(banner(wiki.replace(/This page was last edited/, 'Edited'), 'https://encyclopedia.example/wiki/New_Zealand').model).toBeNull();
  });

  it('stays quiet on a terms page', () => {
    expect(banner(terms, 'https://photos.example/en/service/terms/').model).toBeNull();
    expect(banner(terms, 'https://blog.example/2018/06/site-privacy-policy.html').model).toBeNull();
  });

  it('stays quiet on a CMS "about us" page stamped og:type=article', () => {
    const { look, model } = banner(cmsAbout, 'https://charity.example/about-us/');
    expect(look.verdict.signals).toEqual(expect.arrayContaining(['og:type=article', 'url:site-page']));
    expect(model).toBeNull();
  });

  it('stays quiet on a docs page, by its generator or its host', () => {
    expect(banner(docs, 'https://project.example/install.html').model).toBeNull();
    const plain = docs.replace(/<meta name="generator"[^>]*>/, '');
    expect(banner(plain, 'https://docs.project.example/install.html').model).toBeNull();
    // the same page on an ordinary address is judged by its content (here: a dated story shape)
    expect(banner(plain, 'https://project.example/install.html').look.verdict.isArticle).toBe(true);
  });

  it('stays quiet on a page dated only by its last update, and not on a story that also has one', () => {
    const maintained = `<html lang="en"><head><title>Travel advice: Italy</title></head><body><main><h1>Travel advice: Italy</h1>
      <p>Last updated: 12 November 2021</p>${prose(8)}</main></body></html>`;
    const { look, model } = banner(maintained, 'https://foreign-office.example/travel/italy/211322');
    expect(look.verdict.isArticle).toBe(true);
    expect(look.dates.published?.day).toBe('2021-11-12');
    expect(model).toBeNull();
    const dated = maintained.replace('<p>Last updated', '<p>Published 3 March 2019. Last updated');
    expect(banner(dated, 'https://foreign-office.example/travel/italy/211322').model?.basis.date.day).toBe('2019-03-03');
  });

  it('reads an archived copy by the address it archives', () => {
    expect(addressOf('https://web.archive.org/web/20170928123456/https://news.example/')?.pathname).toBe('/');
    expect(addressOf('https://web.archive.org/web/2017id_/news.example/a/b')?.href).toBe('http://news.example/a/b');
    const home = `<html><head><title>News</title></head><body><h1>Today's news</h1>${prose(8)}</body></html>`;
    expect(banner(home, 'https://web.archive.org/web/20170928123456/https://news.example/').look.verdict.isArticle).toBe(false);
    // an index script with a query that picks a story is not the home page
    expect(banner(home, 'https://web.archive.org/web/2011/http://clan.example/index.php?site=news&newsID=111').look.verdict.isArticle).toBe(true);
  });
});
