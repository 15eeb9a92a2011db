/**
 * Greedy left-to-right tagging of each paragraph with an averaged-perceptron weight table:
 * static features of the token plus dynamic ones from the tags already chosen (the previous
 * two, and which parts the sentence has had so far).
 */
import type { Prepared } from './document';
import { key, paraFacts, staticFeatures, TEMPLATE as T, type CueLexicon, type ParaFacts, type Vocabulary } from './features';
import { allowed, NUM_TAGS, partOf } from './tags';

/** Anything that adds a feature's weights (one per tag) to a score vector. */
export interface WeightTable {
  add(feature: number, scores: Float64Array): void;
}

/** What the dynamic features know about the tags chosen so far in the paragraph. */
export interface History {
  /** Previous tags + 1 (0: paragraph start). */
  p1: number;
  p2: number;
  /** Parts seen so far in the current sentence: a bit per part (1 source, 2 cue, 4 content). */
  seen: number;
}

export const startHistory = (): History => ({ p1: 0, p2: 0, seen: 0 });

const PART_BIT = { source: 1, cue: 2, content: 4 } as const;

/** Dynamic feature keys of token i given the history. */
export function dynamicFeatures(f: ParaFacts, i: number, h: History, out: number[]): void {
  const q = f.quote[i]!;
  out.push(
    key(T.p1, h.p1), key(T['p2|p1'], h.p2, h.p1), key(T['p1|w'], h.p1, f.word[i]!), key(T['p1|q'], h.p1, q),
    key(T['seen|p1'], h.seen, h.p1), key(T['seen|q'], h.seen, q), key(T['p1|tail'], h.p1, f.tail[i]!),
    key(T['p1|cueRight'], h.p1, Math.min(f.cueRight[i]!, 8)),
  );
  if (f.back) out.push(key(T['b0|p1'], f.back[i]!, h.p1), key(T['b0|b-1|p1'], f.back[i]! * 10 + (i > 0 ? f.back[i - 1]! : 8), h.p1));
}

/** Moves the history past token i tagged `tag`. */
export function advance(doc: Prepared, p: number, i: number, tag: number, h: History): void {
  const sent = doc.sentence[p]!;
  if (i + 1 < sent.length && sent[i + 1] !== sent[i]) h.seen = 0;
  else {
    const part = partOf(tag);
    if (part) h.seen |= PART_BIT[part];
  }
  h.p2 = h.p1;
  h.p1 = tag + 1;
}

/** Best tag for the scores that may follow the previous one (history form: tag + 1). */
export function bestTag(scores: Float64Array, p1: number): number {
  let best = 0;
  for (let t = 1; t < NUM_TAGS; t++) if (allowed(p1 - 1, t) && scores[t]! > scores[best]!) best = t;
  return best;
}

/**
 * Tags every paragraph; one tag index per token. `back`: the backward tagger's (forward)
 * tags per paragraph, when this is the stacked forward tagger.
 */
export function tagDocument(doc: Prepared, table: WeightTable, vocab: Vocabulary, lexicon: CueLexicon, back: readonly (readonly number[])[] | null = null): number[][] {
  const feats: number[] = [];
  const scores = new Float64Array(NUM_TAGS);
  return doc.tokens.map((tokens, p) => {
    const facts = paraFacts(doc, vocab, lexicon, p, back ? back[p]! : null);
    const h = startHistory();
    const tags: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      feats.length = 0;
      staticFeatures(facts, p, i, feats);
      dynamicFeatures(facts, i, h, feats);
      scores.fill(0);
      for (const f of feats) table.add(f, scores);
      const tag = bestTag(scores, h.p1);
      tags.push(tag);
      advance(doc, p, i, tag, h);
    }
    return tags;
  });
}
