/**
 * Any text in, sane quotes out: random mixes of words, quotation marks, apostrophes and
 * paragraph breaks never throw, and every span stays inside the text and in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../lib/story/quotes/index.ts';

const pieces = fc.constantFrom(
  'said', 'Smith', 'he', 'the agency', 'told', 'reporters', 'We will win this', 'Mr.', 'U.S.', 'according to',
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', ',', '.', ':', '—', '?', '\n\n', '\n', ' ', ' ', ' ',
);

describe('robustness', () => {
  it('keeps every span inside the text, ordered and consistent', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        const quotes = extractQuotes(text);
        let previousEnd = -1;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = q.end;
          for (const p of q.parts) expect(p.start >= q.start && p.end <= q.end && p.start < p.end).toBe(true);
          if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear over many paragraphs without quotation marks', () => {
    // Each paragraph's search for the next mark used to run to the end of the text.
    const text = [...Array.from({ length: 25_000 }, () => 'word bold it'), '“We will win this race in the fall,” Smith said.'].join('\n\n');
    const start = performance.now();
    const quotes = extractQuotes(text);
    expect(performance.now() - start).toBeLessThan(2000); // was over 5 s
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker?.text).toBe('Smith');
  });

  it('handles texts without any quotation marks or with only stray ones', () => {
    expect(extractQuotes('')).toEqual([]);
    expect(extractQuotes('No quotes here at all, just prose about the weather.')).toEqual([]);
    expect(() => extractQuotes('“Unclosed quote that runs to the end of the text')).not.toThrow();
    expect(() => extractQuotes('Stray closing mark” and another ” here.')).not.toThrow();
  });
});
