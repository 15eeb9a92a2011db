/**
 * Decoding sums a token's static features two ways at once: the word features looked up in the
 * hash table, the small-valued ones as one tabulated row per group. The result must be what
 * training sees: every feature of `staticFeatures` looked up one by one.
 */
import { describe, expect, it } from 'vitest';
import { prepare, reversed } from '../../../lib/story/attributions/document.ts';
import { FEATURE_GROUPS, FeatureKeys, paraFacts, SMALL_VALUES, smallValues, staticFeatures, type ParaFacts } from '../../../lib/story/attributions/features.ts';
import { backwardTags } from '../../../lib/story/attributions/find.ts';
import { defaultAttributionModel } from '../../../lib/story/attributions/default-model.ts';
import { groupScores, staticScores, type WeightTable } from '../../../lib/story/attributions/tagger.ts';
import { NUM_TAGS } from '../../../lib/story/attributions/tags.ts';

const TEXT = [
  'WASHINGTON — The bridge will stay closed until March, officials said on Tuesday.',
  '“We are not going to rush this,” said Maria Lopez, a spokeswoman for the state transport agency. “Safety comes first.”',
  'According to the agency, repairs could cost $40 million. Critics say the work is overdue, and one engineer told reporters the cracks were “obvious for years.”',
  'Lopez added: “Drivers should plan for delays.”',
  'A short line.',
].join('\n\n');

/** Every token of every paragraph, with the facts a tagger reads there. */
function everyToken(facts: (p: number) => ParaFacts, paragraphs: number, visit: (f: ParaFacts, p: number, i: number) => void): number {
  let count = 0;
  for (let p = 0; p < paragraphs; p++) {
    const f = facts(p);
    for (let i = 0; i < f.word.length; i++, count++) visit(f, p, i);
  }
  return count;
}

describe('static scores of the attribution tagger', () => {
  const model = defaultAttributionModel();
  const doc = prepare(TEXT);
  const back = backwardTags(doc, model.backward!);
  const taggers: [string, WeightTable, (p: number) => ParaFacts][] = [
    ['forward, stacked on backward tags', model.table, (p) => paraFacts(doc, model.vocab, model.lexicon, p, back[p]!)],
    ['backward', model.backward!.table, (p) => paraFacts(reversed(doc), model.vocab, model.lexicon, p)],
  ];

  for (const [name, table, facts] of taggers) {
    it(`are the features' weights looked up one by one (${name})`, () => {
      const groups = groupScores(table);
      const feats = new FeatureKeys();
      const values = new Int32Array(SMALL_VALUES);
      const fast = new Float64Array(NUM_TAGS);
      const slow = new Float64Array(NUM_TAGS);
      let nonzero = 0;
      const count = everyToken(facts, doc.tokens.length, (f, p, i) => {
        staticScores(f, p, i, table, groups, feats, values, fast);
        const all = new FeatureKeys();
        staticFeatures(f, p, i, all);
        // Every key fits the reused buffer: one past its end would be lost without a word.
        expect(all.size).toBeLessThan(all.keys.length);
        table.sum(all, slow);
        expect([...fast]).toEqual([...slow]);
        if (slow.some((s) => s !== 0)) nonzero++;
      });
      expect(count).toBeGreaterThan(80);
      expect(nonzero).toBe(count);
    });
  }

  it('never reads a small value its group has no row for', () => {
    const values = new Int32Array(SMALL_VALUES);
    for (const [, , facts] of taggers) {
      everyToken(facts, doc.tokens.length, (f, p, i) => {
        smallValues(f, p, i, values);
        for (const g of FEATURE_GROUPS) {
          if (g.stacked && !f.back) continue;
          g.slots.forEach((slot, k) => {
            expect(values[slot]).toBeGreaterThanOrEqual(0);
            expect(values[slot]).toBeLessThan(g.radix[k]!);
          });
        }
      });
    }
  });
});
