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

  it('starts a sentence at a quotation opening after a full stop, and keeps a closing mark with its sentence', () => {
    expect(read('He left. “We stay.” Then rain.')).toEqual([
      'He/out/0', 'left/out/0', './out/0', '“/open/1', 'We/in/1', 'stay/in/1', './in/1', '”/close/1', 'Then/out/2', 'rain/out/2', './out/2',
    ]);
    expect(read("He left. ''We stay.'' Then rain.").map((t) => t.split('/')[2]).join('')).toBe('0001111111222');
  });
});
