/**
 * Crafted pages cannot stall the popup: the quote finder's cost grows with the text, not with
 * the text times its quotes. Each test times n and 4n (the fastest of three runs each, after a
 * warm-up) and bounds the ratio: linear work gives about 4, work that re-reads the whole
 * paragraph or sentence for each quote gives 10 and more. Ratios, not milliseconds, because the
 * machine running the tests may be busy.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../lib/story/quotes/index.ts';
import { endsSentence } from '../../../lib/story/quotes/sentences.ts';
import { growth, LINEAR } from '../../helpers/growth.ts';

describe('quote finding scales linearly', () => {
  it('many short quotes in one paragraph (each used to re-read the paragraph: 400 → 3.6 s)', () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `“Short quote number ${i} was said here,” he said.`).join(' ');
    // With entities (none here), so that the speaker resolver's paragraph look-ups are timed too.
    expect(growth(150, (n) => { const t = text(n); return () => extractQuotes(t, []); })).toBeLessThan(LINEAR);
  });

  it('fragments woven into one sentence that never ends (each used to read the sentence whole)', () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `John Smith met Mary Jones and he said “we will win this ${i}” to her`).join(' ');
    expect(growth(120, (n) => { const t = text(n); return () => extractQuotes(t); }, 5)).toBeLessThan(LINEAR);
  }, 20_000);

  it('a run of thousands of dotted letters (each period used to scan back over the whole run)', () => {
    const text = (n: number) => `${'a.'.repeat(n)} “This is a quote of words,” he said.`;
    expect(growth(4000, (n) => { const t = text(n); return () => extractQuotes(t); })).toBeLessThan(LINEAR);
    // The cap keeps the answers: an initialism is no sentence end, a plain word's period is.
    expect(endsSentence('The U.S. said', 'The U.S.'.length - 1, 0)).toBe(false);
    expect(endsSentence('It rained. Then', 'It rained'.length, 0)).toBe(true);
  });

  it('still finds the speakers in such pages', () => {
    const text = Array.from({ length: 500 }, (_, i) => `“Short quote number ${i} was said here,” Smith said.`).join(' ');
    const quotes = extractQuotes(text, []);
    expect(quotes).toHaveLength(500);
    expect(quotes.every((q) => q.speakerName === 'Smith')).toBe(true);
  });
});
