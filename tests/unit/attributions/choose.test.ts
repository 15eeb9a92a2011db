/**
 * Choosing among both taggers' attributions (lib/story/attributions/choose.ts) on a small
 * hand-made text, with hand-made attributions and hand-set choosers: which candidates there
 * are and which a chooser keeps.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../lib/story/attributions/document.ts';
import { candidateAttributions, candidateFeatures, chooseAttributions, type Chooser } from '../../../lib/story/attributions/choose.ts';
import type { RawAttribution } from '../../../lib/story/attributions/group.ts';
import { extractAttributions } from '../../../lib/story/attributions/index.ts';

const text = 'The mayor said the bridge would reopen in May. Residents were angry, a neighbour told reporters.';
const span = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};
const attribution = (content: string, cue: string | null, source: string | null): RawAttribution => ({
  content: [span(content)], cue: cue ? span(cue) : null, source: source ? span(source) : null,
});
const shown = (a: RawAttribution) => ({
  content: a.content.map((s) => text.slice(s.start, s.end)).join(' … '),
  source: a.source ? text.slice(a.source.start, a.source.end) : null,
});

// The forward tagger found both statements; the backward one found the mayor's too (with
// another source) but not the neighbour's.
const forward = [
  attribution('the bridge would reopen in May', 'said', 'The mayor'),
  attribution('Residents were angry', 'told', 'a neighbour'),
];
const backward = [attribution('the bridge would reopen in May', 'said', 'mayor')];
const doc = prepare(text);
const keepAll: Chooser = { bias: 0, threshold: 0, weights: {}, cues: [] };

describe('candidateAttributions', () => {
  it("takes the forward tagger's attributions, each with how far the backward tagger agrees", () => {
    const candidates = candidateAttributions(forward, backward);
    expect(candidates.map((c) => shown(c.attribution).content)).toEqual(['the bridge would reopen in May', 'Residents were angry']);
    // The mayor's statement: both taggers agree on the content, not on the source.
    expect(candidates[0]).toMatchObject({ agreement: 1, sameSource: false });
    expect(candidates[1]).toMatchObject({ agreement: 0 });
    // A statement only the backward tagger found is no candidate.
    expect(candidateAttributions(forward.slice(0, 1), [...backward, forward[1]!])).toHaveLength(1);
  });

  it('describes a candidate by the agreement, cue, source, length and quotation marks', () => {
    const [mayor, neighbour] = candidateAttributions(forward, backward);
    const lexicon = new Map([['said', 3], ['told', 2]]);
    const f = candidateFeatures(doc, mayor!, lexicon, new Set(['said']));
    expect(f).toEqual(expect.arrayContaining(['agree:3', 'sameSource:0', 'cue:said', 'cueAt:before', 'source:common', 'quoted:0']));
    const g = candidateFeatures(doc, neighbour!, lexicon, new Set(['said']));
    expect(g).toEqual(expect.arrayContaining(['agree:0', 'cue:other', 'cueAt:after', 'cueClass:2']));
  });
});

describe('chooseAttributions', () => {
  const candidates = candidateAttributions(forward, backward);

  it('keeps the candidates the model gives at least the threshold', () => {
    expect(chooseAttributions(doc, candidates, new Map(), keepAll).map(shown)).toEqual([
      { content: 'the bridge would reopen in May', source: 'The mayor' },
      { content: 'Residents were angry', source: 'a neighbour' },
    ]);
    const agreedOnly: Chooser = { ...keepAll, threshold: 0.5, weights: { 'agree:0': -3, 'agree:3': 3 } };
    expect(chooseAttributions(doc, candidates, new Map(), agreedOnly).map(shown)).toEqual([
      { content: 'the bridge would reopen in May', source: 'The mayor' },
    ]);
  });
});

describe('extractAttributions with and without the chooser', () => {
  it('finds the plain forms either way', () => {
    const text = 'The mayor said the budget would be cut by a third next year. The bridge will stay closed until the end of the month, officials said.';
    for (const chooser of [undefined, null]) {
      expect(extractAttributions(text, undefined, { chooser }).map((s) => [s.source?.text, s.text])).toEqual([
        ['The mayor', 'the budget would be cut by a third next year'],
        ['officials', 'The bridge will stay closed until the end of the month'],
      ]);
    }
  });
});
