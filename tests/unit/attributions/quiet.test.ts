/**
 * What the taggers skip: only sentences with neither a quotation mark nor a frequent cue word,
 * where no statement can be attributed; the statements elsewhere are still found.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../lib/story/attributions/document.ts';
import { quietTokens } from '../../../lib/story/attributions/features.ts';
import { tagDocument } from '../../../lib/story/attributions/tagger.ts';
import { tagAll } from '../../../lib/story/attributions/find.ts';
import { defaultAttributionModel } from '../../../lib/story/attributions/default-model.ts';

const text = [
  'The bridge over the river will stay closed until the spring.',
  'Officials said the repairs would cost more than expected. Traffic was diverted.',
  'The mayor called it “a disgrace” on Monday.',
].join('\n\n');

describe('quietTokens', () => {
  const model = defaultAttributionModel();
  const doc = prepare(text);
  const quiet = quietTokens(doc, model.vocab, model.lexicon);

  it('marks the sentences without a cue word or a quotation mark, and only those', () => {
    expect([...quiet[0]!].every((q) => q === 1)).toBe(true);
    const second = doc.tokens[1]!.map((t, i) => `${t.text}:${quiet[1]![i]}`);
    expect(second.slice(0, 3)).toEqual(['Officials:0', 'said:0', 'the:0']);
    expect(second.slice(-4)).toEqual(['Traffic:1', 'was:1', 'diverted:1', '.:1']);
    expect([...quiet[2]!].every((q) => q === 0)).toBe(true);
  });

  it('tags the marked tokens "O" and leaves a paragraph with no mark as when every token is read', () => {
    const all = tagDocument(doc, model.table, model.vocab, model.lexicon, null, model.beam);
    const skipping = tagDocument(doc, model.table, model.vocab, model.lexicon, null, model.beam, quiet);
    expect(skipping[0]!.every((t) => t === 0)).toBe(true);
    expect(skipping[1]!.slice(-4)).toEqual([0, 0, 0, 0]);
    expect(skipping[2]).toEqual(all[2]);
  });

  it('still finds the statement in the sentence that has one', () => {
    const tags = tagAll(doc, model);
    expect(tags[1]!.slice(0, 10).some((t) => t !== 0)).toBe(true);
  });
});
