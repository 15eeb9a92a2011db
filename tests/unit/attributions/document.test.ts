/**
 * Reading a text for the tagger (lib/story/attributions/document.ts): quotation-mark states
 * and sentence boundaries, on hand-made sentences.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../lib/story/attributions/document.ts';

/** Each token as text/quote state/sentence index. */
function read(text: string): string[] {
  const doc = prepare(text);
  return doc.tokens[0]!.map((t, i) => `${t.text}/${doc.quote[0]![i]}/${doc.sentence[0]![i]}`);
}

describe('prepare', () => {
  it("reads two apostrophes ('') as one quotation mark, as some newspapers quote", () => {
    expect(read("''It's over,'' he said.")).toEqual([
      "'/open/0", "'/open/0", "It's/in/0", 'over/in/0', ',/in/0', "'/close/0", "'/close/0", 'he/out/0', 'said/out/0', './out/0',
    ]);
    // A possessive apostrophe is no quotation mark.
    expect(read("The students' books.").map((t) => t.split('/')[1])).toEqual(['out', 'out', 'out', 'out']);
  });

  it('closes a quotation at a “ typed where ” was meant (glued to the word before, not the one after)', () => {
    const states = (text: string) => read(text).map((t) => t.split('/').slice(0, 2).join('/'));
    expect(states('He recalls the “very beautiful“ actress.')).toEqual([
      'He/out', 'recalls/out', 'the/out', '“/open', 'very/in', 'beautiful/in', '“/close', 'actress/out', './out',
    ]);
    // A “ that opens a quotation inside one still opens (the marks nest or the first was stray).
    expect(states('“We said “no” twice.”').slice(0, 4)).toEqual(['“/open', 'We/in', 'said/in', '“/open']);
  });

  it('starts a sentence at a quotation opening after a full stop, and keeps a closing mark with its sentence', () => {
    expect(read('He left. “We stay.” Then rain.')).toEqual([
      'He/out/0', 'left/out/0', './out/0', '“/open/1', 'We/in/1', 'stay/in/1', './in/1', '”/close/1', 'Then/out/2', 'rain/out/2', './out/2',
    ]);
    expect(read("He left. ''We stay.'' Then rain.").map((t) => t.split('/')[2]).join('')).toBe('0001111111222');
  });
});
