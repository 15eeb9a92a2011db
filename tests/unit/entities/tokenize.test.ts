import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceRanges, tokenize } from '../../../lib/story/entities/tokenize.ts';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps exact character offsets on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (const t of tokens) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(/\S/.test(t.text)).toBe(true);
          last = t.end;
        }
        // Nothing but whitespace is left out.
        const covered = tokens.map((t) => t.text).join('');
        expect(covered).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('splits punctuation and possessives the way CoNLL did', () => {
    expect(texts("Germany's lead, the U.S. said.")).toEqual(['Germany', "'s", 'lead', ',', 'the', 'U.S.', 'said', '.']);
    expect(texts('“Operation Safe City,”')).toEqual(['“', 'Operation', 'Safe', 'City', ',', '”']);
    expect(texts("they don't")).toEqual(['they', 'do', "n't"]);
  });

  it('keeps hyphenated words, numbers, dates and names with apostrophes whole', () => {
    expect(texts('EU-wide 47,600 1996-08-22 O’Neill AT&T')).toEqual(['EU-wide', '47,600', '1996-08-22', 'O’Neill', 'AT&T']);
  });

  it('keeps abbreviations and initials with their period and does not end a sentence there', () => {
    const tokens = tokenize('Mr. Smith met J. Ratcliffe. Then St. Louis won.');
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', 'Smith', 'met', 'J.', 'Ratcliffe', '.', 'Then', 'St.', 'Louis', 'won', '.']);
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Mr.', 'Then']);
  });

  it('starts a sentence on each line and after a quoted sentence end', () => {
    const tokens = tokenize('News\n\nBy VICE News\n“It works.” Then more.');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['News', 'By', '“', 'Then']);
    expect(tokens.map((t) => t.line)).toEqual([0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(sentenceRanges(tokens)).toEqual([[0, 1], [1, 4], [4, 9], [9, 12]]);
  });
});
