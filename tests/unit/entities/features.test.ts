import { describe, expect, it } from 'vitest';
import { buildGazetteer, gazetteerMatches } from '../../../lib/story/entities/gazetteer.ts';
import { buildHistory, historyFeatures, prepareDocument, staticFeatures } from '../../../lib/story/entities/features.ts';
import { hasLetter, isAllCaps, isLowerWord, wordShape } from '../../../lib/story/entities/shape.ts';
import { allowed, decodeBilou, encodeBilou, tagIndex, TAGS } from '../../../lib/story/entities/tags.ts';
import { tokenize } from '../../../lib/story/entities/tokenize.ts';

const gazetteer = buildGazetteer({ city: ['new york', 'york'], first: ['jim'], common: ['news', 'the'] });

function featuresOf(text: string, word: string, nth = 0): string[] {
  const ctx = prepareDocument(text, gazetteer);
  const hits = ctx.tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0);
  return staticFeatures(ctx, hits[nth]!);
}

describe('word shape', () => {
  it('collapses character classes', () => {
    expect(wordShape('Kenney')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-22')).toBe('d-d-d');
    expect(wordShape('McDonald')).toBe('XxXx');
    expect(wordShape('--')).toBe('-');
    expect(wordShape('-.')).toBe('-.');
    expect(wordShape('Zürich')).toBe('Xx');
    expect(wordShape('ÉCOLE-2')).toBe('X-d');
  });

  it('read ASCII by character code exactly as the Unicode definitions read any word', () => {
    // The definitions the ASCII fast paths must agree with.
    const shape = (word: string) => {
      let out = '';
      let last = '';
      for (const ch of word) {
        const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
        if (c !== last) out += c;
        last = c;
      }
      return out;
    };
    const words = ['', 'a', 'A', 'Ab', 'aB', 'ABC', 'abc', 'a1', '1a', '42', "O'Neill", "don't", 'AT&T', 'e-mail', 'U.S.', '...', '--', '-', '"', '$5', 'x_y', '@user', 'ß', 'İstanbul', 'Σοφία', 'Ωmega', '中国', 'Łódź', 'ǅemal', 'éa', 'ﬁne', '²', 'Ⅻ'];
    for (const word of words) {
      expect(wordShape(word), word).toBe(shape(word));
      expect(isLowerWord(word), word).toBe(word !== word.toUpperCase() && word === word.toLowerCase());
      expect(isAllCaps(word), word).toBe(word !== word.toLowerCase() && word === word.toUpperCase());
      expect(hasLetter(word), word).toBe(/\p{L}/u.test(word));
    }
    for (let code = 0; code < 128; code++) {
      const word = `a${String.fromCharCode(code)}Z`;
      expect(wordShape(word), word).toBe(shape(word));
      expect(isLowerWord(word), word).toBe(word !== word.toUpperCase() && word === word.toLowerCase());
      expect(hasLetter(String.fromCharCode(code)), word).toBe(/\p{L}/u.test(String.fromCharCode(code)));
    }
  });
});

describe('gazetteer', () => {
  it('marks the longest phrase of each category with BILOU parts', () => {
    const tokens = tokenize('in New York today');
    const hits = gazetteerMatches(gazetteer, tokens.map((t) => t.text.toLowerCase()), tokens);
    expect(hits).toEqual([[], ['city.B'], ['city.L'], []]);
  });
  it('does not match across lines', () => {
    const tokens = tokenize('New\nYork');
    const hits = gazetteerMatches(gazetteer, tokens.map((t) => t.text.toLowerCase()), tokens);
    expect(hits[0]).toEqual([]);
  });
});

describe('static features', () => {
  it('describe the word, its neighbours and gazetteer hits', () => {
    const f = featuresOf('Mayor Jim Kenney spoke.', 'Kenney');
    expect(f).toEqual(expect.arrayContaining(['w=kenney', 'sh=Xx', 'p2=ke', 's3=ney', 'w-1=jim', 'w+1=spoke', 'g-1=first.U']));
  });

  it('stop at sentence boundaries', () => {
    const f = featuresOf('He left. Kenney spoke.', 'Kenney');
    expect(f).toContain('w-1=<s>');
    expect(f).toContain('ss=Xx');
  });

  it('use document evidence: a capitalized word also written in lower case elsewhere', () => {
    expect(featuresOf('News travels fast. The news was good.', 'News')).toContain('doc=l-');
    expect(featuresOf('Kenney spoke. Later Kenney left.', 'Kenney')).toContain('doc=-c');
  });

  it('mark headline lines written in capitals and the mixed-case form seen in the body', () => {
    const f = featuresOf('ICE RAIDS IN PHILADELPHIA\nAgents went to Philadelphia on Monday.', 'PHILADELPHIA');
    expect(f).toContain('cl');
    expect(f).toContain('mix=Xx');
  });

  it('aggregate the contexts of the other uses of the word', () => {
    const f = featuresOf('Kenney said no. Mayor Kenney left.', 'Kenney', 0);
    expect(f).toContain('a-1=mayor');
  });
});

describe('history features', () => {
  it('report the type the first pass gave the same word elsewhere, leaving out this token', () => {
    const ctx = prepareDocument('Kenney spoke. Then Kenney left. Kenney won.', gazetteer);
    const idx = ctx.tokens.map((t, i) => (t.text === 'Kenney' ? i : -1)).filter((i) => i >= 0);
    const types = ctx.tokens.map((_, i) => (i === idx[1] || i === idx[2] ? 'PER' : null));
    const hist = buildHistory(ctx, types as never);
    expect(historyFeatures(ctx, idx[0]!, null, hist)).toEqual(['h=PER', 'h=PER|all']);
    // The own vote is left out: of the two others, one says PER, one says O (a tie goes to
    // the first type in PER, ORG, LOC, MISC, O order).
    expect(historyFeatures(ctx, idx[1]!, 'PER', hist)).toEqual(['h=PER', 'h=PER|most']);
  });
});

describe('BILOU tags', () => {
  it('round-trips spans', () => {
    const spans = [
      { from: 0, to: 2, type: 'PER' as const },
      { from: 3, to: 4, type: 'LOC' as const },
      { from: 5, to: 8, type: 'ORG' as const },
    ];
    const tags = encodeBilou(9, spans);
    expect(tags.map((t) => TAGS[t])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(decodeBilou(tags)).toEqual(spans);
  });

  it('allows only well-formed transitions', () => {
    expect(allowed(tagIndex('B', 'PER'), tagIndex('L', 'PER'))).toBe(true);
    expect(allowed(tagIndex('B', 'PER'), tagIndex('L', 'ORG'))).toBe(false);
    expect(allowed(tagIndex('B', 'PER'), 0)).toBe(false);
    expect(allowed(-1, tagIndex('I', 'LOC'))).toBe(false);
    expect(allowed(tagIndex('U', 'LOC'), tagIndex('B', 'ORG'))).toBe(true);
  });

  it('decodes ill-formed sequences without losing entities', () => {
    const b = tagIndex('B', 'ORG');
    expect(decodeBilou([b, 0, tagIndex('I', 'LOC')])).toEqual([
      { from: 0, to: 1, type: 'ORG' },
      { from: 2, to: 3, type: 'LOC' },
    ]);
  });
});
