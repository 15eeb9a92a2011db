/**
 * Attribution windows take their tokens from the whole text's tokens (tokensBetween) instead of
 * tokenizing each window again: the answer must be exactly what tokenizing the window gives,
 * wherever its edges fall (inside a word, an initialism, a possessive, a sentence-final period).
 */
import { describe, expect, it } from 'vitest';
import { tokenize, tokensBetween } from '../../../lib/story/quotes/text.ts';

const text = '“We’re done,” said Sen. Rand Paul (R-Ky.) on Monday. The U.S. team, Sanders’ aides and Ph.D. students left… '
  + 'Crime fell 12.5% in 2019—officials said—and “it’s over.” No. 3 was next.';

describe('tokensBetween', () => {
  const all = tokenize(text, 0, text.length);

  it('gives the tokens of every window, edges anywhere', () => {
    for (let start = 0; start < text.length; start += 3) {
      for (const length of [1, 5, 17, 40, 200]) {
        const end = Math.min(text.length, start + length);
        expect(tokensBetween(text, all, start, end), `[${start}, ${end})`).toEqual(tokenize(text, start, end));
      }
    }
  });

  it('reuses the whole text\'s token objects inside the window', () => {
    const inner = tokensBetween(text, all, text.indexOf('The U.S.'), text.indexOf(' students'));
    expect(inner[0]).toBe(all.find((t) => t.text === 'The'));
  });
});
