// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findArticleDates } from '../../../lib/page/dates/index.ts';
import { imageCandidates } from '../../../lib/page/dates/sources/image.ts';
import { scriptDataCandidates } from '../../../lib/page/dates/sources/script-data.ts';
import { page } from './load.ts';

const now = new Date('2024-03-02T12:00:00Z');
const find = (doc: Document, url: string | null = null) => findArticleDates(doc, url, { now });
const story = '<title>A story</title><article><h1>A story</h1><p>Text without any date.</p></article>';
const all = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));

describe('the preview image’s address (fallback)', () => {
  it('dates a page that has no other date by its og:image, twitter:image or image_src path', () => {
    const og = find(page(`<meta property="og:image" content="https://cdn.example/files/2016/05/04/photo.png">${story}`));
    expect(og.published).toMatchObject({ day: '2016-05-04', source: 'url' });
    expect(og.published!.detail).toContain('preview image');
    expect(og.published!.confidence).toBeLessThan(0.5);
    const tw = find(page(`<meta name="twitter:image" content="/img/2019-11-30/x.jpg">${story}`));
    expect(tw.published?.day).toBe('2019-11-30');
    const link = find(page(`<link rel="image_src" href="https://cdn.example/2012/02/14/a.jpg">${story}`));
    expect(link.published?.day).toBe('2012-02-14');
  });
  it('needs a full day, never reads the host, and rejects future days', () => {
    const read = (src: string) => imageCandidates(all(page(`<meta property="og:image" content="${src}">`), 'meta'), []);
    expect(read('https://blog.example/wp-content/uploads/2016/05/photo.png')).toEqual([]);
    expect(read('https://2016.example/05/04.png')).toEqual([]);
    expect(find(page(`<meta property="og:image" content="https://cdn.example/2031/07/04/x.png">${story}`)).published).toBeNull();
  });
  it('is not read when the page is dated otherwise', () => {
    const html = `<meta property="article:published_time" content="2019-04-02T10:00:00Z">
      <meta property="og:image" content="https://cdn.example/2016/05/04/photo.png">${story}`;
    const d = find(page(html));
    expect(d.published?.day).toBe('2019-04-02');
    expect(d.candidates.map((c) => c.day)).not.toContain('2016-05-04');
  });
});

describe('inline script data (fallback)', () => {
  it('reads a published date from <script type="application/json">', () => {
    const html = `${story}<script type="application/json" data-state="dates">{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-04T20:39:47Z"}</script>`;
    const d = find(page(html));
    expect(d.published).toMatchObject({ day: '2016-11-04', source: 'json-ld' });
    expect(d.published!.detail).toContain('inline script data');
    expect(d.published!.confidence).toBeLessThan(0.5);
  });
  it('reads framework state in a plain script, and Unix timestamps', () => {
    const state = `<script>window.__STATE__ = {"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-02T06:27:24+01:00"}};</script>`;
    expect(find(page(`${story}${state}`)).published?.day).toBe('2019-03-02');
    const epoch = '<script type="application/json">{"props":{"story":{"publishedAt":1583020800000}}}</script>';
    expect(find(page(`${story}${epoch}`)).published?.day).toBe('2020-03-01');
  });
  it('rejects a list of many items with different dates', () => {
    const items = ['2021-01-05', '2021-02-11', '2021-03-17', '2021-04-20'].map((d, i) => `{"id":${i},"publishedAt":"${d}T08:00:00Z"}`);
    const html = `${story}<script type="application/json">{"items":[${items.join(',')}]}</script>`;
    expect(find(page(html)).published).toBeNull();
  });
  it('rejects future dates, templates and other keys', () => {
    const future = `${story}<script type="application/json">{"publishedAt":"2031-07-04T08:00:00Z"}</script>`;
    expect(find(page(future)).published).toBeNull();
    const template = `${story}<script type="text/template">{"publishedAt":"2020-06-07"}</script>`;
    expect(find(page(template)).published).toBeNull();
    const other = `${story}<script type="application/json">{"expiresAt":"2020-06-07","lastPublishedDate":"2020-06-08"}</script>`;
    expect(find(page(other)).published).toBeNull();
    const doc = page('<script src="/app.js">{"publishedAt":"2020-06-07"}</script>');
    expect(scriptDataCandidates(all(doc, 'script'), 'dmy')).toEqual([]);
  });
  it('is not read when the page is dated otherwise', () => {
    const html = `<title>A story</title><article><h1>A story</h1><p>Published 28 September 2017</p></article>
      <script type="application/json">{"publishedAt":"2015-01-01"}</script>`;
    const d = find(page(html));
    expect(d.published?.day).toBe('2017-09-28');
    expect(d.candidates.map((c) => c.day)).not.toContain('2015-01-01');
  });
});
