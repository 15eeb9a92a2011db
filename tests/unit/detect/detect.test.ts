// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectArticle } from '../../../lib/page/detect/index.ts';
import { readerable } from '../../../lib/page/detect/readerable.ts';
import { isProbablyReaderable } from '@mozilla/readability';
import { fixture, page } from '../dates/load.ts';

const long = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}: residents packed the hall on Thursday as the council debated the plan for new buses, protected bike lanes and street repairs for more than four hours.</p>`).join('');

describe('detectArticle', () => {
  it('says yes to a story page and names its signals', () => {
    const v = detectArticle(fixture('dates', 'page-article.html'), 'https://times.example/2021/06/10/council-budget');
    expect(v.isArticle).toBe(true);
    expect(v.signals).toEqual(expect.arrayContaining(['readerable', 'og:type=article', 'meta:published_time']));
  });
  it('says yes to the seed story', () => {
    const v = detectArticle(fixture('pages/operation-safe-city', 'page.html'), 'https://www.vice.com/en/article/operation-safe-city');
    expect(v.isArticle).toBe(true);
    expect(v.signals).toEqual(expect.arrayContaining(['readerable', 'og:type=article', 'jsonld:NewsArticle']));
  });
  it('says no to a home page, even one with enough text to be readerable', () => {
    const doc = fixture('dates', 'page-home.html');
    expect(readerable(doc)).toBe(true);
    expect(detectArticle(doc, 'https://times.example/').isArticle).toBe(false);
    expect(detectArticle(doc, null).isArticle).toBe(false); // og:type=website and no article markup
  });
  it('says no to section fronts, tag pages, search results, docs and shops by their address', () => {
    const doc = fixture('dates', 'page-article.html');
    for (const url of [
      'https://times.example/section/politics/',
      'https://times.example/tag/budget',
      'https://times.example/search?q=budget',
      'https://blog.example/?s=budget',
      'https://times.example/category/news/page/2',
      'https://docs.example/docs/getting-started',
      'https://shop.example/products/trail-shoe',
      'https://times.example/en/',
      'https://times.example/de-at',
    ]) expect(detectArticle(doc, url).isArticle, url).toBe(false);
  });
  it('does not take every two-letter path for a language front', () => {
    expect(detectArticle(fixture('dates', 'page-article.html'), 'https://news.example/hl?a=20170309-35097838').isArticle).toBe(true);
  });
  it('says no to a product page by its markup', () => {
    const v = detectArticle(fixture('dates', 'page-product.html'), 'https://shop.example/p/12345');
    expect(v.isArticle).toBe(false);
    expect(v.signals).toContain('jsonld:Product');
  });
  it('says no to short pages and web-app shells', () => {
    expect(detectArticle(page('<h1>Inbox</h1><div id="app"></div><script src="/app.js"></script>'), 'https://mail.example/inbox').isArticle).toBe(false);
    expect(detectArticle(page('<p>Short note.</p>'), 'https://x.example/a/b').isArticle).toBe(false);
  });
  it('takes a short news item with article markup for a story, and the same text without markup for none', () => {
    // Three paragraphs: under Reader View’s bar of text, above half of it.
    const brief = `<h1>Harbour handled record tonnage</h1>${long(3)}`;
    const url = 'https://news.example/2021/06/10/harbour-record';
    const marked = page(`<head><meta property="og:type" content="article"></head><body>${brief}</body>`);
    expect(readerable(marked)).toBe(false);
    expect(detectArticle(marked, url).isArticle).toBe(true);
    expect(detectArticle(page(`<body>${brief}</body>`), url).isArticle).toBe(false);
    // Markup alone is not enough: a page of one line stays no story.
    expect(detectArticle(page('<head><meta property="og:type" content="article"></head><body><p>Short note.</p></body>'), url).isArticle).toBe(false);
  });
  it('takes og:type=website as a hint only: article markup or a single story outweighs it', () => {
    const website = '<head><meta property="og:type" content="website">';
    const url = 'https://news.example/story/123';
    const marked = `${website}<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>${long(8)}</body>`;
    expect(detectArticle(page(marked), url).isArticle).toBe(true);
    const story = `${website}</head><body><article><h1>One story</h1>${long(8)}</article></body>`;
    expect(detectArticle(page(story), url).isArticle).toBe(true);
    const teasers = `${website}</head><body>${'<article><h2><a href="/x">A teaser</a></h2></article>'.repeat(5)}${long(8)}</body>`;
    expect(detectArticle(page(teasers), url).isArticle).toBe(false);
  });
  it('never throws on arbitrary markup or addresses', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.oneof(fc.constant(null), fc.string(), fc.webUrl()), (html, url) => {
      const v = detectArticle(page(html), url);
      return typeof v.isArticle === 'boolean' && Array.isArray(v.signals);
    }), { numRuns: 300 });
  });
});

describe('readerable', () => {
  it('gives the same verdict as Readability’s own isProbablyReaderable', () => {
    const cases = [
      long(1), long(3), long(8),
      `<div>${'A line of text that goes on for a while and then some more words.<br>'.repeat(12)}</div>`,
      `<ul>${long(8).replace(/<p>/g, '<li><p>').replace(/<\/p>/g, '</p></li>')}</ul>`,
      `<div style="display:none">${long(8)}</div>`,
      `<p hidden>${'x'.repeat(2000)}</p>`,
      `<pre>${'code line that is long enough to count '.repeat(30)}</pre>`,
      `<div class="comment sidebar">${long(8)}</div>`.replace(/<p>/g, '<p class="comment">'),
    ];
    for (const html of cases) expect(readerable(page(html)), html.slice(0, 60)).toBe(isProbablyReaderable(page(html)));
  });

  it('gives Readability’s verdict on huge blocks, of which it reads only as much text as decides', () => {
    const line = (i: number) => `Line ${i} of a long text in one block, read by Reader View.<br>`;
    const spaces = ' '.repeat(5000);
    const cases = [
      // A whole page as one <div> of lines, and as one <article> of 5,000 lines.
      `<div>${Array.from({ length: 3000 }, (_, i) => line(i)).join('')}</div>`,
      `<article>${Array.from({ length: 5000 }, (_, i) => `<span>${line(i)}</span>`).join('')}</article>`,
      // 400 characters of text between runs of whitespace in other pieces: the runs at its ends
      // do not count, and it is short of the bar; whitespace between two texts counts.
      `<pre>${'x'.repeat(400)}<b>${spaces}</b><b>${spaces}</b></pre>`,
      `<pre><b>${spaces}</b>${'x'.repeat(400)}<b>${spaces}</b></pre>`,
      `<pre>${'x'.repeat(200)}<b>${spaces}</b>${'y'.repeat(200)}</pre>`,
    ];
    const verdicts = cases.map((html) => readerable(page(html)));
    cases.forEach((html, i) => expect(verdicts[i], html.slice(0, 60)).toBe(isProbablyReaderable(page(html))));
    expect(verdicts).toEqual([true, true, false, false, true]);
  });
});

describe('addresses', () => {
  it('reads protocol-relative addresses', () => {
    expect(detectArticle(fixture('dates', 'page-article.html'), '//news.example/').isArticle).toBe(false);
    expect(detectArticle(fixture('dates', 'page-article.html'), '//news.example/2021/06/10/council-budget').isArticle).toBe(true);
  });
});
