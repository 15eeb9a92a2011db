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
    // an address that says nothing: the footer decides
    const { look, model } = banner(wiki, 'https://atlas.example/articles/New_Zealand');
    expect(look.verdict.signals).toContain('revision-footer');
    expect(model).toBeNull();
    // the address of a wiki article says so on its own, whatever the footer
    expect(banner(wiki.replace(/This page was last edited/, 'Edited'), 'https://encyclopedia.example/wiki/New_Zealand').model).toBeNull();
  });

  it('reads no wiki footer on a page stamped as a publication: a news item is published, not revised', () => {
    const revised = story.replace('</article>', '</article><footer><p>This page was last edited on 30 November 2026.</p></footer>');
    const { look, model } = banner(revised, 'https://news.example/2019/03/04/council-bus-plan');
    expect(look.verdict.signals).not.toContain('revision-footer');
    expect(model?.basis.date.day).toBe('2019-03-04');
    // the same footer on the same page without its publication stamp is a wiki's
    const unstamped = revised.replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(banner(unstamped, 'https://news.example/2019/03/04/council-bus-plan').look.verdict.signals).toContain('revision-footer');
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

  it('takes a short post stamped as a publication at a quarter of Reader View\'s bar', () => {
    // one paragraph of about 190 characters: a quarter of the bar, not half
    const item = `<p>${'The ferry to the island will run on the winter timetable from Monday, the operator said, with two crossings a day instead of four until the end of March next year.'.padEnd(190, ' and more')}</p>`;
    const short = `<html lang="en"><head><title>Ferry cuts crossings</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2019-03-04T10:00:00+01:00"></head>
      <body><h1>Ferry cuts crossings</h1>${item}<p>Tickets stay valid.</p></body></html>`;
    const { look, model } = banner(short, 'https://news.example/ferry-cuts-crossings');
    expect(look.verdict.isArticle).toBe(true);
    expect(model?.basis.date.day).toBe('2019-03-04');
    // article markup without the publication stamp needs half the bar: the same text is too little
    const unstamped = short.replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(banner(unstamped, 'https://news.example/ferry-cuts-crossings').look.verdict.isArticle).toBe(false);
  });

  it('stays quiet on a forum thread, by its address or its markup', () => {
    const thread = `<html lang="en"><head><title>Forum rules</title><meta property="og:type" content="article"></head>
      <body><h1>Forum rules</h1><div class="post"><p class="author">by admin, 30.05.2014</p>${prose(8)}</div></body></html>`;
    // forum software stamps threads og:type=article; the thread's address says what it is
    for (const url of ['https://club.example/t7-forum-rules', 'https://club.example/threads/forum-rules.123/',
      'https://club.example/viewtopic.php?f=4&t=167', 'https://club.example/t/forum-rules/123']) {
      const { look, model } = banner(thread, url);
      expect(look.verdict.signals).toContain('url:forum');
      expect(model).toBeNull();
    }
    // on an address that says nothing, a DiscussionForumPosting item says it
    const marked = thread.replace('<meta property="og:type" content="article">',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Forum rules","datePublished":"2014-05-30T10:00:00+02:00"}</script>');
    expect(banner(marked, 'https://club.example/rules-2014').model).toBeNull();
    // the same page as a story on an ordinary address keeps its banner
    const { model } = banner(thread, 'https://club.example/2014/05/30/forum-rules');
    expect(model?.basis.date.day).toBe('2014-05-30');
  });

  it('stays quiet on a local business page, whatever dated posts it shows', () => {
    const business = `<html lang="de"><head><title>Alpine Holidays - Startseite</title>
      <script type="application/ld+json">{"@context":"http://schema.org","@type":"LocalBusiness","name":"Alpine Holidays"}</script></head>
      <body><h1>Alpine Holidays</h1><div class="post"><abbr title="2017-10-08T02:12:00+02:00">8. Oktober 2017</abbr>${prose(6)}</div></body></html>`;
    const { look, model } = banner(business, 'https://social.example/alpineholidays/');
    expect(look.verdict.signals).toContain('jsonld:LocalBusiness');
    expect(model).toBeNull();
  });

  it('stays quiet on a glossary whose site names itself an encyclopedia, despite its post markup', () => {
    const entry = `<html lang="en"><head><title>What are Leadership Styles? - Business Terms</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2016-02-08T11:04:42+00:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Business Terms",
      "description":"A Business Encyclopedia"},{"@type":"WebPage","datePublished":"2016-02-08T11:04:42+00:00"}]}</script></head>
      <body><h1>Leadership Styles</h1>${prose(8)}</body></html>`;
    const { look, model } = banner(entry, 'https://terms.example/leadership-styles.html');
    expect(look.verdict.signals).toContain('jsonld:reference-site');
    expect(model).toBeNull();
    // the same markup from a news site is a story
    expect(banner(entry.replace('A Business Encyclopedia', 'Business news every day'), 'https://terms.example/leadership-styles.html').model).not.toBeNull();
  });

  it('stays quiet on lexicon and glossary addresses', () => {
    const entry = `<html lang="de"><head><title>Banane</title><meta name="date" content="2011-07-25"></head>
      <body><h1>Banane (Musa paradisiaca)</h1><p class="byline">25.07.2011</p>${prose(8)}</body></html>`;
    expect(banner(entry, 'http://lexikon.garden.example/obst/banane.html').model).toBeNull();
    expect(banner(entry, 'https://garden.example/glossar/banane.html').model).toBeNull();
    expect(banner(entry, 'https://garden.example/2011/07/banane.html').model).not.toBeNull();
  });

  it('stays quiet on a plain-text document set in <pre>', () => {
    const draft = `<html><head><title>draft-example-protocol-04</title><meta name="DC.Date.Issued" content="2014-12-15"></head>
      <body><pre>${'Network Working Group. This draft describes a protocol by which client-side applications store data.\n'.repeat(40)}</pre></body></html>`;
    const { look, model } = banner(draft, 'https://specs.example/html/draft-example-protocol-04');
    expect(look.verdict.signals).toContain('text:preformatted');
    expect(model).toBeNull();
  });

  it('does not trust a generic metadata date on a page with no story markup', () => {
    const page = `<html lang="de"><head><title>Baumgutachten</title><meta name="DC.Date" content="2006-12-16T08:00+01:00"></head>
      <body><h2>Baumgutachten</h2>${prose(6)}</body></html>`;
    expect(banner(page, 'http://office.example/baumgutachten.htm').model).toBeNull();
    // a dated byline by the headline is a story's date
    const story = page.replace('<h2>Baumgutachten</h2>', '<h1>Neue Baumgutachten für die Stadt</h1><p>Von Jana Beispiel, 16.12.2006</p>');
    expect(banner(story, 'http://office.example/baumgutachten.htm').model?.basis.date.day).toBe('2006-12-16');
  });

  it('stays quiet on a page of several dated items with no story markup', () => {
    const item = (day: string, i: number) => `<div class="news"><h3>Campaign news ${i}</h3><p class="date">${day}</p>${prose(1)}</div>`;
    const listing = `<html lang="en"><head><title>Forests | Example Campaigns</title><meta property="og:type" content="website"></head>
      <body><h1>Forests</h1>${prose(3)}${['28 April, 2017', '21 February, 2017', '13 February, 2017', '17 January, 2017'].map(item).join('')}</body></html>`;
    expect(banner(listing, 'https://campaigns.example/en/forests/asia/').model).toBeNull();
    // one dated item is a story's date
    const one = listing.replace(/<div class="news">[\s\S]*<\/div>/, item('17 January, 2017', 1));
    expect(banner(one, 'https://campaigns.example/en/forests/asia/').model?.basis.date.day).toBe('2017-01-17');
  });

  it('a teaser repeating the day of a last-update line does not make the page a story', () => {
    const advice = `<html lang="de"><head><title>Italien: Reisehinweise</title><meta property="og:type" content="article"></head><body><main>
      <h1>Italien: Reisehinweise</h1><p>Stand: 12.11.2021</p>${prose(8)}</main>
      <aside class="teaser"><p>Neue Hinweise, 12.11.2021</p></aside></body></html>`;
    const { look, model } = banner(advice, 'https://foreign-office.example/travel/italy/211322');
    expect(look.dates.published?.day).toBe('2021-11-12');
    expect(model).toBeNull();
  });
});
