/**
 * Paragraphs the taggers skip: only those with neither a quotation mark nor a frequent cue word,
 * where no statement can be attributed, and skipping them changes no tag elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../lib/story/attributions/document.ts';
import { quietParagraphs } from '../../../lib/story/attributions/features.ts';
import { tagDocument } from '../../../lib/story/attributions/tagger.ts';
import { tagAll } from '../../../lib/story/attributions/find.ts';
import { defaultAttributionModel } from '../../../lib/story/attributions/default-model.ts';

const text = [
  'The bridge over the river will stay closed until the spring.',
  'Officials said the repairs would cost more than expected.',
  'The mayor called it “a disgrace” on Monday.',
  'Traffic was diverted through the old town.',
].join('\n\n');

describe('quietParagraphs', () => {
  const model = defaultAttributionModel();
  const doc = prepare(text);

  it('marks paragraphs without a cue word or a quotation mark, and only those', () => {
    expect(quietParagraphs(doc, model.lexicon)).toEqual([true, false, false, true]);
  });

  it('leaves the other paragraphs tagged exactly as when every paragraph is read', () => {
    const all = tagDocument(doc, model.table, model.vocab, model.lexicon, null, model.beam);
    const skipping = tagDocument(doc, model.table, model.vocab, model.lexicon, null, model.beam, quietParagraphs(doc, model.lexicon));
    expect(skipping[1]).toEqual(all[1]);
    expect(skipping[2]).toEqual(all[2]);
    expect(skipping[0]!.every((t) => t === 0)).toBe(true);
  });

  it('still finds the statement in the paragraph that has one', () => {
    const tags = tagAll(doc, model);
    expect(tags[1]!.some((t) => t !== 0)).toBe(true);
  });
});
