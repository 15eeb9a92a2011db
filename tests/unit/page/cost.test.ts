// @vitest-environment jsdom
/**
 * The every-page path must cost time in proportion to the page, never more: each test times one
 * step on a crafted input of size n and of size 4n and asserts the ratio is well below the 16×
 * a quadratic step would show (a ratio, not a time, so a slow machine does not fail it).
 */
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../lib/page/jsonld.ts';

/** Fastest of a few runs of `run` on a fresh input each time (no caches carried over). */
function fastest(make: () => unknown, run: (input: never) => unknown, runs = 5): number {
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
    expect(ratio).toBeLessThan(10);
    // and the broken JSON still gives its date
    expect(readJsonLd([broken(10)])[0]?.data.datePublished).toBe('2020-01-02');
  });
});
