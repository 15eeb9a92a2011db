// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanByline, collectParagraphs, countWords, extractArticle, readingMinutes } from '../../../lib/story/extract.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const seedHtml = readFixture('pages/operation-safe-city/page.html');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('extractArticle', () => {
  it('extracts the seed story without touching the live document', () => {
    const doc = parse(seedHtml);
    const before = doc.body.innerHTML;
    const article = extractArticle(doc)!;
    expect(doc.body.innerHTML).toBe(before);
    expect(article.title).toBe('ICE arrests nearly 500 people in “Operation Safe City”');
    expect(article.siteName).toBe('VICE News');
    expect(article.byline).toBe('VICE News');
    expect(article.lang).toBe('en');
    expect(article.paragraphs.some((p) => p.startsWith('Attorney General Jeff Sessions'))).toBe(true);
    expect(article.paragraphs.at(-1)).toMatch(/history of ICE\.”$/);
    // Navigation, related links and the footer are not article text.
    expect(article.paragraphs.join('\n')).not.toMatch(/More from VICE|Another story|VICE Media Group/);
  });

  it('gives up on a page with far more elements than any news page (an app or a dump), and not on a large story', () => {
    const story = (cells: number) => parse(`<html><body><article><h1>Results</h1>${'<p>The council met and the mayor said the budget was fine, and everyone agreed with her.</p>'.repeat(40)}<table>${'<tr><td>Team</td><td>3</td></tr>'.repeat(cells / 2)}</table></article></body></html>`);
    expect(extractArticle(story(2_000))).not.toBeNull();
    expect(extractArticle(story(10_000))).toBeNull();
  }, 20_000);

  it('returns null for a page with no text', () => {
    expect(extractArticle(parse('<html><body><script>app()</script></body></html>'))).toBeNull();
  });
});

describe('cleanByline', () => {
  it('keeps the authors and drops dates, times and "By"', () => {
    expect(cleanByline('By VICE News · Sep 28, 2017, 3:45pm')).toBe('VICE News');
    expect(cleanByline('By Jane Doe | Updated 3:45 PM')).toBe('Jane Doe');
    expect(cleanByline('Von Max Muster — 28.09.2017')).toBe('Max Muster');
    expect(cleanByline('Sep 28, 2017')).toBeNull();
    expect(cleanByline(null)).toBeNull();
  });
});

describe('collectParagraphs', () => {
  it('splits blocks, joins inline text and drops scripts', () => {
    const doc = parse('<div><p>One <b>bold</b>\n word.</p><script>var x</script><ul><li>Two</li><li> </li></ul>Three<br>Four</div>');
    expect(collectParagraphs(doc.body)).toEqual(['One bold word.', 'Two', 'Three', 'Four']);
  });

  it('drops the soft hyphens and zero-width spaces that split words', () => {
    const doc = parse('<p>Joe Bi\u200bden went to Wash\u00adington and \ufeffback.</p>');
    expect(collectParagraphs(doc.body)).toEqual(['Joe Biden went to Washington and back.']);
  });

  it('parts a sentence end (a lower-case word and a stop) from the capital of the element set beside it, and nothing else', () => {
    const doc = parse('<p><span>The rally was on Thursday.</span><span>Anthony Wallace</span></p><p>The <b>U.S.</b>Army and <i>Mr.</i>Smith met<b>Jones</b>.</p>');
    expect(collectParagraphs(doc.body)).toEqual(['The rally was on Thursday. Anthony Wallace', 'The U.S.Army and Mr. Smith metJones.']);
  });
});

describe('word count and reading time', () => {
  it('counts words, including CJK text', () => {
    expect(countWords('It’s a four-day operation, 498 people.')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords('東京都は二〇一七年九月二十八日に発表した')).toBeGreaterThan(5);
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});
