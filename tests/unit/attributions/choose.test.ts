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

// The forward tagger found the mayor's statement; the backward one found it too (another
// source) and the neighbour's, which the forward one missed.
const forward = [attribution('the bridge would reopen in May', 'said', 'The mayor')];
const backward = [
  attribution('the bridge would reopen in May', 'said', 'mayor'),
  attribution('Residents were angry', 'told', 'a neighbour'),
];
const doc = prepare(text);
const keepAll: Chooser = { bias: 0, threshold: 0, weights: {}, cues: [] };

describe('candidateAttributions', () => {
  it("adds the backward tagger's attributions that overlap none of the forward ones", () => {
    const candidates = candidateAttributions(forward, backward);
    expect(candidates.map((c) => [c.origin, shown(c.attribution).content])).toEqual([
      ['forward', 'the bridge would reopen in May'],
      ['backward', 'Residents were angry'],
    ]);
    // The mayor's statement: both taggers agree on the content, not on the source.
    expect(candidates[0]).toMatchObject({ agreement: 1, sameSource: false });
    expect(candidates[1]).toMatchObject({ agreement: 0 });
  });

  it('describes a candidate by its tagger, cue, source, length and quotation marks', () => {
    const [mayor, neighbour] = candidateAttributions(forward, backward);
    const lexicon = new Map([['said', 3], ['told', 2]]);
    const f = candidateFeatures(doc, mayor!, lexicon, new Set(['said']));
    expect(f).toEqual(expect.arrayContaining(['origin:F', 'agree:F:3', 'sameSource:F:0', 'cue:said', 'cueAt:before', 'source:common', 'quoted:0']));
    const g = candidateFeatures(doc, neighbour!, lexicon, new Set(['said']));
    expect(g).toEqual(expect.arrayContaining(['origin:B', 'agree:B:0', 'cue:other', 'cueAt:after', 'B&cueClass:2']));
  });
});

describe('chooseAttributions', () => {
  const candidates = candidateAttributions(forward, backward);

  it('keeps the candidates the model gives at least the threshold', () => {
    expect(chooseAttributions(doc, candidates, new Map(), keepAll).map(shown)).toEqual([
      { content: 'the bridge would reopen in May', source: 'The mayor' },
      { content: 'Residents were angry', source: 'a neighbour' },
    ]);
    const forwardOnly: Chooser = { ...keepAll, threshold: 0.5, weights: { 'origin:B': -3, 'origin:F': 3 } };
    expect(chooseAttributions(doc, candidates, new Map(), forwardOnly).map(shown)).toEqual([
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
