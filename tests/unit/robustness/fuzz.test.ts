// @vitest-environment jsdom
/**
 * The whole pipeline on random, mutated and hostile documents: it never throws, never
 * hangs, and always returns a well-formed analysis. A generous time bound per document
 * catches hangs and blow-ups (it is not a speed test; see `npm run bench` for speed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/story/analyze.ts';
import { quickLook } from '../../../lib/page/quick-look.ts';
import { readFixture } from '../../helpers/fixtures.ts';
import { analysisProblems } from '../../../lib/story/analysis-check.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const URL_ = 'https://news.example/2017/09/28/story';
const BOUND_MS = 5000;
const seed = readFixture('pages/operation-safe-city/page.html');

function analyzeHtml(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const start = performance.now();
  const analysis = analyzePage(doc, { url: URL_, now: NOW, force: true });
  const ms = performance.now() - start;
  return { analysis, ms };
}

function expectSound(html: string) {
  const { analysis, ms } = analyzeHtml(html);
  expect(analysisProblems(analysis, NOW)).toEqual([]);
  expect(ms).toBeLessThan(BOUND_MS);
  return analysis;
}

/** Cuts, duplicates, drops and inserts pieces of a real page. */
const mutatedSeed = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), length: fc.nat(200) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom('<div>', '</p>', '<script>', '<!--', ']]>', '<time datetime="9999-99-99">', '<meta property="article:published_time" content="garbage">', '“', '«', '\u200b', '\u202e', '\ufeff')) }),
    ),
    { maxLength: 8 },
  )
  .map((edits) =>
    edits.reduce((html, edit) => {
      const at = edit.at % (html.length + 1);
      if (edit.kind === 'cut') return html.slice(0, at);
      if (edit.kind === 'drop') return html.slice(0, at) + html.slice(at + edit.length);
      return html.slice(0, at) + edit.text + html.slice(at);
    }, seed),
  );

// Each property runs its cases in one test: give them room (jsdom is slower than a browser).
describe('the analysis pipeline on bad input', { timeout: 120_000 }, () => {
  it('survives random strings as HTML', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (html) => void expectSound(html)), { numRuns: 150 });
  });

  it('survives mutated real pages (truncated, unclosed, stray marks and control characters)', () => {
    fc.assert(fc.property(mutatedSeed, (html) => void expectSound(html)), { numRuns: 150 });
  });

  it('survives random text inside an article page (quotes, names, dates in any script)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 3000 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const body = paragraphs.map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('');
        expectSound(`<html><head><meta property="og:type" content="article"></head><body><article><h1>T</h1>${body}</article></body></html>`);
      }),
      { numRuns: 100 },
    );
  });

  it('survives invalid, huge and hostile JSON-LD', () => {
    const deep = `${'{"@graph":['.repeat(5000)}{}${']}'.repeat(5000)}`;
    const huge = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2017-09-28', articleBody: 'x'.repeat(2_000_000) });
    for (const jsonLd of ['{not json', deep, huge, '[]', 'null', '{"datePublished": {"@value": ["2017-09-28"]}}', '{"@type": "NewsArticle", "datePublished": "2999-01-01"}']) {
      expectSound(seed.replace('</head>', `<script type="application/ld+json">${jsonLd}</script></head>`));
    }
  });

  it('survives deep nesting, 100,000 nodes and a huge single text node', () => {
    expectSound(`<html><body>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`);
    expectSound(`<html><body><article>${'<p>word <b>bold</b> <i>it</i></p>'.repeat(25_000)}</article></body></html>`);
    expectSound(`<html><body><article><p>${'All work and no play. '.repeat(60_000)}</p></article></body></html>`);
  });

  it('survives zero-width, bidirectional and odd characters in a real page', () => {
    const odd = seed.replace(/ICE/g, 'I\u200bC\u200dE').replace(/Kenney/g, '\u202eyenneK\u202c').replace(/“/g, '\ufeff“');
    expectSound(odd);
  });

  it('never reports a date after today, whatever the page claims', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const html = seed.replace(/2017-09-28/g, day);
        const look = quickLook(new DOMParser().parseFromString(html, 'text/html'), URL_, NOW);
        for (const date of [look.dates.published, look.dates.updated]) {
          if (date) expect(date.day <= '2026-11-29').toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
