// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isFurniture, isNotStoryElement, withoutCredits } from '../../../lib/story/story-text.ts';
import { extractArticle, nestsDeeperThan } from '../../../lib/story/extract.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const story = (n: number) => Array.from({ length: n }, (_, i) =>
  `<p>The council met on day ${i + 1} to discuss the budget, and members argued for a long time about roads, parks and the future of the old library downtown.</p>`).join('');

describe('story text: what is furniture', () => {
  it('drops ad labels, credits, bylines, sign-up, copyright and teaser lines', () => {
    for (const line of [
      'Advertisement', 'Ad Feedback', 'Noah Berger / AP', 'REUTERS', 'Universal Images Group via Getty Images',
      '© 2020 CBS Interactive Inc. All Rights Reserved.', 'Read more: A Controversial Technology Is Creating a Rift',
      'Want more health and science stories in your inbox? Subscribe to our weekly newsletter Lab Notes.',
      'By Hillel Italie', 'Hillel Italie, Ap National Writer', 'Published: Sept. 8, 2020 at 9:22 a.m. ET',
      'kokobj@yna.co.kr', 'Follow me on Twitter or LinkedIn.', 'Credit Harry Campbell', 'YOU MIGHT BE INTERESTED IN...',
      'Lucas Nolan is a reporter for Breitbart Tech covering free speech. Follow him on Twitter @LucasNolan_ or email him at ln@example.com',
      'Download', 'The Times of India News App for Latest City News', 'Start Your Daily Mornings with Times of India Newspaper! Order Now',
    ]) expect(isFurniture(line), line).toBe(true);
  });

  it('keeps story sentences, even short ones or ones naming an agency', () => {
    for (const line of [
      'Reuters reported the deal on Monday.', 'Bloomberg now denies he ever said any of that.',
      '“I am asking you to touch me,” she wrote.', 'The paper said the drill was a rehearsal.',
      'NEW YORK — The Associated Press has learned of a new memoir.',
      'She told her followers to download the news app before the vote.', 'Fans lined up to order now-rare copies of the record.',
    ]) expect(isFurniture(line), line).toBe(false);
  });

  it('drops a science paper\'s reference and "cite this page" lines, not sentences about the paper', () => {
    expect(isFurniture('More information: Marcel J. L. Th. Niekus et al. Middle Paleolithic complex technology, Proceedings of the National Academy of Sciences (2019). DOI: 10.1073/pnas.1907828116')).toBe(true);
    expect(isFurniture('Citation: Flint flake tool adds to evidence (2019, October 22) retrieved 20 January 2020 from https://example.org/news/tool.html')).toBe(true);
    expect(isFurniture('Journal reference: A. Author et al., Nature (2021).')).toBe(true);
    expect(isFurniture('The paper, published in Proceedings of the National Academy of Sciences, describes the tool.')).toBe(false);
  });

  it('drops a shopping disclosure and a wire credit before the first words, not a dateline place', () => {
    expect(isFurniture('All products recommended by Gadgetry are selected by our editorial team, independent of our parent company. Some of our stories include affiliate links.')).toBe(true);
    expect(withoutCredits('KVELLER via JTA — The state of Washington has sworn in a judge.')).toBe('The state of Washington has sworn in a judge.');
    expect(withoutCredits('AFP — The talks ended.')).toBe('The talks ended.');
    expect(withoutCredits('WASHINGTON — The talks ended.')).toBe('WASHINGTON — The talks ended.');
  });

  it('drops a line that is the byline', () => {
    expect(isFurniture('Marla Milling', 'Marla Milling')).toBe(true);
    expect(isFurniture('Marla Milling went home.', 'Marla Milling')).toBe(false);
  });

  it('cuts credits out of captions and keeps the caption', () => {
    expect(withoutCredits('Real are keen to sign Aubameyang (Image: Getty Images)')).toBe('Real are keen to sign Aubameyang');
    expect(withoutCredits('Justice Raquel Montoya-Lewis walks in. (AP Photo/Ted S. Warren)')).toBe('Justice Raquel Montoya-Lewis walks in.');
    expect(withoutCredits('Comparison of skulls from the Cleveland Museum. Credit: DrMikeBaxter/Wikipedia')).toBe('Comparison of skulls from the Cleveland Museum.');
    expect(withoutCredits("Donald Trump didn't take part. Mandel NGAN / AFP/Getty Images")).toBe("Donald Trump didn't take part.");
    expect(withoutCredits('He joined Credit Suisse in 2004.')).toBe('He joined Credit Suisse in 2004.');
    expect(withoutCredits('A rally in Seoul on Thursday. Anthony Wallace / AFP - Getty Images')).toBe('A rally in Seoul on Thursday.');
    expect(withoutCredits('He spoke for the Reuters - Ipsos poll.')).toBe('He spoke for the Reuters - Ipsos poll.');
  });

  it('reads furniture from the markup: credit and byline classes, hidden labels, all-link teasers', () => {
    const doc = parse(`<div><span class="o-credit__attribution">Noah Berger</span><p class="c-recirculation-link"><a href="/x">Annie Lowrey: California is becoming unlivable</a></p>
      <span class="visually-hidden">Credit</span><span aria-hidden="true">x</span><p>Plain <a href="/y">story</a> text with a link in it.</p></div>`);
    const [credit, teaser, hidden, ariaHidden, prose] = ['span.o-credit__attribution', 'p.c-recirculation-link', 'span.visually-hidden', 'span[aria-hidden]', 'p:not([class])']
      .map((s) => doc.querySelector(s)!);
    expect([credit, teaser, hidden, ariaHidden].map((el) => isNotStoryElement(el!))).toEqual([true, true, true, true]);
    expect(isNotStoryElement(prose!)).toBe(false);
  });

  it('reads a picture credit from schema.org markup or a caption\'s "source", and keeps other sources', () => {
    const doc = parse(`<figcaption><span class="caption__container">A rally in Seoul.</span><span class="caption__source">Anthony Wallace / AFP</span>
      <span itemprop="copyrightHolder"><span>Credit</span><span>Michael Appleton for The New York Times</span></span></figcaption>
      <p class="source-article">ICE said the operation targeted criminals.</p>
      <div class="cli-image__source-wrapper"><div class="cli-image__caption">Supporters display signs in Miami.</div></div>`);
    const [caption, source, holder, prose, wrapper] = ['.caption__container', '.caption__source', '[itemprop]', 'p', '.cli-image__source-wrapper'].map((s) => doc.querySelector(s)!);
    expect([source, holder].map((el) => isNotStoryElement(el!))).toEqual([true, true]);
    expect(isNotStoryElement(parse('<div class="toast-article-text">You can find this story in My Bookmarks.</div>').querySelector('div')!)).toBe(true);
    // A box around the caption and its credit is not the credit.
    expect([caption, prose, wrapper].map((el) => isNotStoryElement(el!))).toEqual([false, false, false]);
  });

  it('extracts the story without its photo credit, byline box or newsletter prompt', () => {
    const doc = parse(`<html><head><title>Council</title></head><body><article><h1>Council meets</h1>
      <figure><img src="a.jpg"><figcaption>The council chamber. <span class="credit">Jane Doe / Getty Images</span></figcaption></figure>
      <div class="article-byline">By Jane Roe</div>${story(8)}<p class="newsletter-promo">Get our Daily Edition by email. <a href="/s">Free Sign Up</a></p>
      <p>Advertisement</p></article></body></html>`);
    const text = extractArticle(doc)!.paragraphs.join('\n');
    expect(text).toContain('The council met on day 8');
    expect(text).toContain('The council chamber.');
    expect(text).not.toMatch(/Getty|Jane Doe|Jane Roe|Sign Up|Advertisement/);
  });
});

describe('deep pages', () => {
  it('gives no article for a page nested far deeper than any real one, quickly and without a crash', () => {
    // 1,000 levels (jsdom itself is slow to build deeper trees); Readability took seconds at 100.
    const doc = parse('<html><body></body></html>');
    let at: Element = doc.body;
    for (let i = 0; i < 1_000; i++) at = at.appendChild(doc.createElement('div'));
    at.appendChild(doc.createElement('p')).textContent = 'Deep text.';
    expect(nestsDeeperThan(doc, 100)).toBe(true);
    const t0 = performance.now();
    expect(extractArticle(doc)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(2000);
  });
  it('still reads an ordinary page', () => {
    expect(nestsDeeperThan(parse(`<html><body><div><div>${story(3)}</div></div></body></html>`), 100)).toBe(false);
  });
});
