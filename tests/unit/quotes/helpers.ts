/** Small helpers shared by the quote tests. */
import { expect } from 'vitest';
import { extractQuotes, type QuotePassage } from '../../../lib/story/quotes/index.ts';
import type { Entity } from '../../../lib/types.ts';

/** Joins paragraphs the way the product does. */
export const article = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** Runs the extractor and checks the span invariants every quote must keep. */
export function quotesOf(text: string, entities?: Entity[]): QuotePassage[] {
  const quotes = extractQuotes(text, entities);
  for (const q of quotes) {
    // Each piece is the exact words inside its marks, and the quote spans its pieces.
    expect(q.parts.length).toBeGreaterThan(0);
    expect(q.start).toBe(q.parts[0]!.start);
    expect(q.end).toBe(q.parts[q.parts.length - 1]!.end);
    // (a piece handing over to its attribution may lose its final comma: "…, … …").
    for (const p of q.parts) expect(q.text).toContain(text.slice(p.start, p.end).replace(/[,;:\s—–-]+$/u, ''));
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
  }
  return quotes;
}

/** The one quote whose words contain `phrase`. */
export function quoteWith(quotes: QuotePassage[], phrase: string): QuotePassage {
  const found = quotes.filter((q) => q.text.includes(phrase));
  expect(found, `one quote containing "${phrase}"`).toHaveLength(1);
  return found[0]!;
}

/** The speaker phrase of the only quote in `text`. */
export function speakerOf(text: string): string | null {
  const qs = quotesOf(text);
  expect(qs).toHaveLength(1);
  return qs[0]!.speaker?.text ?? null;
}
