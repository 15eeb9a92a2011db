/**
 * Greedy two-pass sequence tagging. Pass 1 tags each sentence left to right; pass 2 tags it
 * again knowing what pass 1 said about the same words elsewhere in the document, so one name
 * gets one type throughout an article (Ratinov & Roth 2009's non-local features).
 */
import type { EntityType } from '../types.ts';
import { buildHistory, contextFeatures, historyFeatures, wordFeatures, type DocContext, type TypeHistory } from './features.ts';
import { sentenceRanges } from './tokenize.ts';
import { allowed, NUM_TAGS, tagPart, tagType } from './tags.ts';

/** Beam width at inference (tuned on dev). */
export const BEAM_WIDTH = 4;

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

/** Weights of the transition features, looked up once per weight table. */
interface Transitions {
  /** t1 rows by previous tag + 1 (0: sentence start). */
  first: Float64Array[];
  /** t2 rows by (prev2 + 1) * (NUM_TAGS + 1) + (prev1 + 1). */
  second: Float64Array[];
}

const transitionCache = new WeakMap<WeightTable, Transitions>();

function transitionsOf(table: WeightTable): Transitions {
  let tr = transitionCache.get(table);
  if (tr) return tr;
  const name = (t: number) => (t < 0 ? '<s>' : String(t));
  const first: Float64Array[] = [];
  const second: Float64Array[] = [];
  for (let p1 = -1; p1 < NUM_TAGS; p1++) {
    first.push(score(table, [`t1=${name(p1)}`]));
    for (let p2 = -1; p2 < NUM_TAGS; p2++) second[(p2 + 1) * (NUM_TAGS + 1) + (p1 + 1)] = score(table, [`t2=${name(p2)}|${name(p1)}`]);
  }
  tr = { first, second };
  transitionCache.set(table, tr);
  return tr;
}

/**
 * One left-to-right pass over every sentence: beam search over well-formed BILOU sequences
 * (width 1 is greedy). The constraint keeps "Cofinec S.A." one entity instead of two; the
 * beam lets a later word overturn an early choice ("Zycie Warszawy" ORG, not PER + ORG).
 */
function decodePass(ctx: DocContext, table: WeightTable, statics: Float64Array[], history: TypeHistory | null, pass1: number[] | null, width: number): number[] {
  const tags = new Array<number>(ctx.tokens.length).fill(0);
  const tr = transitionsOf(table);
  const scores = new Float64Array(NUM_TAGS);
  const wordScores = new Float64Array(NUM_TAGS);
  for (const [from, to] of sentenceRanges(ctx.tokens)) {
    // Beam entries: tag, parent index in the previous column, total score.
    const columnsTag: Int32Array[] = [];
    const columnsParent: Int32Array[] = [];
    let prevScore = new Float64Array([0]);
    let prevTag = new Int32Array([-1]);
    let prevPrevTag = new Int32Array([-1]);
    for (let i = from; i < to; i++) {
      const base = history && pass1 ? score(table, historyFeatures(ctx, i, tagType(pass1[i]!), history), statics[i]) : statics[i]!;
      const last = i === to - 1;
      const candTag: number[] = [];
      const candParent: number[] = [];
      const candScore: number[] = [];
      for (let h = 0; h < prevTag.length; h++) {
        const p1 = prevTag[h]!;
        const p2 = prevPrevTag[h]!;
        const t1 = tr.first[p1 + 1]!;
        const t2 = tr.second[(p2 + 1) * (NUM_TAGS + 1) + (p1 + 1)]!;
        wordScores.fill(0);
        table.addTo(`t1w=${p1 < 0 ? '<s>' : p1}|${ctx.lower[i]}`, wordScores);
        for (let t = 0; t < NUM_TAGS; t++) scores[t] = base[t]! + t1[t]! + t2[t]! + wordScores[t]!;
        for (let t = 0; t < NUM_TAGS; t++) {
          if (!allowed(p1, t) || (last && !closes(t))) continue;
          const total = prevScore[h]! + scores[t]!;
          // Keep the best `width` candidates, sorted, by insertion.
          let k = candScore.length;
          if (k === width && total <= candScore[k - 1]!) continue;
          while (k > 0 && candScore[k - 1]! < total) k--;
          candScore.splice(k, 0, total);
          candTag.splice(k, 0, t);
          candParent.splice(k, 0, h);
          if (candScore.length > width) {
            candScore.pop();
            candTag.pop();
            candParent.pop();
          }
        }
      }
      const nextPrevPrev = new Int32Array(candTag.length);
      candParent.forEach((h, k) => (nextPrevPrev[k] = prevTag[h]!));
      prevPrevTag = nextPrevPrev;
      prevTag = Int32Array.from(candTag);
      prevScore = Float64Array.from(candScore);
      columnsTag.push(prevTag);
      columnsParent.push(Int32Array.from(candParent));
    }
    // Follow the back-pointers of the best final entry.
    for (let i = to - 1, k = 0; i >= from; i--) {
      tags[i] = columnsTag[i - from]![k]!;
      k = columnsParent[i - from]![k]!;
    }
  }
  return tags;
}

/** A tag that may end a sentence: O, or the last/unit part of an entity. */
function closes(tag: number): boolean {
  const part = tagPart(tag);
  return part === null || part === 'L' || part === 'U';
}

/** Tags a prepared document; returns one tag index per token. */
export function tagDocument(ctx: DocContext, table: WeightTable, twoPass = true, width = BEAM_WIDTH): number[] {
  // Features of the word itself are scored once per distinct word of the document.
  const byWord = new Map<string, Float64Array>();
  const statics = ctx.tokens.map((tok, i) => {
    let own = byWord.get(tok.text);
    if (!own) byWord.set(tok.text, (own = score(table, wordFeatures(ctx, i))));
    return score(table, contextFeatures(ctx, i), own);
  });
  const first = decodePass(ctx, table, statics, null, null, width);
  if (!twoPass) return first;
  const history = buildHistory(ctx, first.map(tagType as (t: number) => EntityType | null));
  return decodePass(ctx, table, statics, history, first, width);
}
