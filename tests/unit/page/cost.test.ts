// @vitest-environment jsdom
/**
 * The every-page path must cost time in proportion to the page, never more: each test times one
 * step on a crafted input of size n and of size 4n and asserts the ratio is far below the 16×
 * a quadratic step would show (a ratio, not a time, so a slow machine does not fail it).
 */
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../lib/page/jsonld.ts';
import { readerable } from '../../../lib/page/detect/readerable.ts';
import { findArticleDates } from '../../../lib/page/dates/index.ts';
import { quickLook } from '../../../lib/page/quick-look.ts';
import { page } from '../dates/load.ts';

/** Fastest of a few runs of `run` on a fresh input each time (no caches carried over). */
function fastest(make: () => unknown, run: (input: never) => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const input = make();
    const start = performance.now();
    run(input as never);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Time at size 4n over time at size n. Linear is about 4; quadratic about 16. */
function growth(make: (n: number) => unknown, run: (input: never) => unknown, n: number): number {
  fastest(() => make(n), run, 1); // warm up the JIT
  return fastest(() => make(4 * n), run) / Math.max(fastest(() => make(n), run), 0.05);
}

function script(text: string): Element {
  const el = document.createElement('script');
  el.setAttribute('type', 'application/ld+json');
  el.textContent = text;
  return el;
}

describe('the cheap path costs time in proportion to the page', () => {
  it('repairs broken JSON-LD with many blank lines in linear time', () => {
    const broken = (n: number) => script(`{"@type": "NewsArticle", "datePublished": "2020-01-02",${'\n'.repeat(n)} oops`);
    const ratio = growth(broken, (el: Element) => readJsonLd([el]), 4000);
    expect(ratio).toBeLessThan(8);
    // and the broken JSON still gives its date
    expect(readJsonLd([broken(10)])[0]?.data.datePublished).toBe('2020-01-02');
  });

  it('reads where short dates sit without reading long class names again and again', () => {
    // n dated text nodes ("1.2.22"), each under ancestors with class names n characters long.
    const html = (n: number) => {
      const cls = 'x'.repeat(n);
      const item = `<div class="${cls}"><div class="${cls}"><div class="${cls}"><span class="${cls}">1.2.22</span></div></div></div>`;
      return `<html><head><title>A story about the budget</title></head><body><h1>A story about the budget</h1>${item.repeat(n / 4)}</body></html>`;
    };
    const ratio = growth((n) => page(html(n)), (doc: Document) => findArticleDates(doc, null, { now: new Date('2024-01-01') }), 800);
    expect(ratio).toBeLessThan(8);
  });

  it('checks readability without walking every paragraph’s ancestors', () => {
    // n paragraphs too short to count, at the bottom of n nested <div>s.
    const html = (n: number) => `<body>${'<div>'.repeat(n)}${'<p>short</p>'.repeat(n)}${'</div>'.repeat(n)}</body>`;
    const ratio = growth((n) => page(html(n)), (doc: Document) => readerable(doc), 250);
    expect(ratio).toBeLessThan(8);
  });

  it('costs at most 20 ms on a crafted 200 KB page', () => {
    const cls = 'y'.repeat(2000);
    const parts = [
      `<script type="application/ld+json">{"@type":"Article","datePublished":"2019-03-04",${'\n'.repeat(30_000)}</script>`,
      `<h1>Crafted page with a long title to match</h1>`,
      `${'<div>'.repeat(500)}${'<p>x</p>'.repeat(500)}${'</div>'.repeat(500)}`,
      `<div class="${cls}"><span class="${cls}">1.2.22</span></div>`.repeat(30),
    ];
    const html = `<html><head><title>Crafted page with a long title to match</title></head><body>${parts.join('')}</body></html>`;
    expect(html.length).toBeLessThan(200_000);
    const ms = fastest(() => page(html), (doc: Document) => quickLook(doc, 'https://example.org/2019/03/04/story', new Date('2024-01-01')));
    expect(ms).toBeLessThan(20);
  });
});
