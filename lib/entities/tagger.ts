/**
 * Greedy two-pass sequence tagging. Pass 1 tags each sentence left to right; pass 2 tags it
 * again knowing what pass 1 said about the same words elsewhere in the document, so one name
 * gets one type throughout an article (Ratinov & Roth 2009's non-local features).
 */
import type { EntityType } from '../types.ts';
import { buildHistory, historyFeatures, staticFeatures, transitionFeatures, type DocContext, type TypeHistory } from './features.ts';
import { sentenceRanges } from './tokenize.ts';
import { NUM_TAGS, tagType } from './tags.ts';

/** Anything that can add the weights of a feature to a score vector (one slot per tag). */
export interface WeightTable {
  addTo(feature: string, scores: Float64Array): void;
}

/** Sums the weights of all `features` into a fresh score vector. */
export function score(table: WeightTable, features: readonly string[], base?: Float64Array): Float64Array {
  const scores = base ? Float64Array.from(base) : new Float64Array(NUM_TAGS);
  for (const f of features) table.addTo(f, scores);
  return scores;
}

/**
 * Best tag by score. Decoding is unconstrained: forcing BILOU well-formedness after one wrong
 * "B" drags whole phrases into an entity; ill-formed runs are repaired by `decodeBilou`.
 */
export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let t = 1; t < NUM_TAGS; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

/** One greedy left-to-right pass over every sentence of the document. */
function greedyPass(ctx: DocContext, table: WeightTable, statics: Float64Array[], history: TypeHistory | null, pass1: number[] | null): number[] {
  const tags = new Array<number>(ctx.tokens.length).fill(0);
  for (const [from, to] of sentenceRanges(ctx.tokens)) {
    for (let i = from; i < to; i++) {
      const prev1 = i > from ? tags[i - 1]! : -1;
      const prev2 = i > from + 1 ? tags[i - 2]! : -1;
      let feats = transitionFeatures(ctx, i, prev1, prev2);
      if (history && pass1) feats = feats.concat(historyFeatures(ctx, i, tagType(pass1[i]!), history));
      tags[i] = argmax(score(table, feats, statics[i]));
    }
  }
  return tags;
}

/** Tags a prepared document; returns one tag index per token. */
export function tagDocument(ctx: DocContext, table: WeightTable, twoPass = true): number[] {
  const statics = ctx.tokens.map((_, i) => score(table, staticFeatures(ctx, i)));
  const first = greedyPass(ctx, table, statics, null, null);
  if (!twoPass) return first;
  const history = buildHistory(ctx, first.map(tagType as (t: number) => EntityType | null));
  return greedyPass(ctx, table, statics, history, first);
}
