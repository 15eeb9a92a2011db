/** One abbreviation list (lib/story/abbreviations.ts) for both tokenizers: they agree on where a period ends a sentence. */
import { describe, expect, it } from 'vitest';
import { tokenize as entityTokens } from '../../../lib/story/entities/tokenize.ts';
import { keepsPeriod } from '../../../lib/story/quotes/text.ts';

describe('shared abbreviations', () => {
  const text = 'Warner Bros. hired Gen. Smith of Austin, Tex. on Jul. 4. Dept. staff met on Blvd. Haussmann.';
  it('the quote finder keeps their periods', () => {
    for (const w of ['Bros.', 'Gen.', 'Tex.', 'Jul.', 'Dept.', 'Blvd.']) expect(keepsPeriod(w), w).toBe(true);
    expect(keepsPeriod('rained.')).toBe(false);
  });
  it('the name recognizer’s tokenizer keeps the same periods on the same words', () => {
    const tokens = entityTokens(text).map((t) => t.text);
    for (const w of ['Bros.', 'Gen.', 'Tex.', 'Jul.', 'Dept.', 'Blvd.']) expect(tokens, w).toContain(w);
    expect(tokens).toContain('4');
  });
});
