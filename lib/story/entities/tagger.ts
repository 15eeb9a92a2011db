/**
 * Greedy two-pass sequence tagging. Pass 1 tags each sentence left to right; pass 2 tags it
 * again knowing what pass 1 said about the same words elsewhere in the document, so one name
 * gets one type throughout an article (Ratinov & Roth 2009's non-local features).
 */
import type { EntityType } from '../../types.ts';
import { buildHistory, emitContextFeatures, emitWordFeatures, historyFeatures, type DocContext, type Emit, type TypeHistory } from './features.ts';
import { sentenceRanges } from './tokenize.ts';
import { allowed, NUM_TAGS, tagPart, tagType } from './tags.ts';

/** Beam width at inference (tuned on dev). */
export const BEAM_WIDTH = 4;
/** The first pass only informs the second: greedy is as good there (tuned on dev) and cheaper. */
const FIRST_PASS_WIDTH = 1;

/** Anything that can add the weights of a feature to a score vector (one slot per tag). */
export interface WeightTable {
  /** Adds the weights of the feature named `feature`. */
  addTo(feature: string, scores: Float64Array): void;
  /** Adds the weights of the feature `template=value` (see `featureName`). */
  addPair(template: string, value: string, scores: Float64Array): void;
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

/** ALLOWED[(prev + 1) * NUM_TAGS + next]: may `next` follow `prev` (-1: sentence start)? */
const ALLOWED = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
for (let p = -1; p < NUM_TAGS; p++) for (let t = 0; t < NUM_TAGS; t++) ALLOWED[(p + 1) * NUM_TAGS + t] = allowed(p, t) ? 1 : 0;

/**
 * One left-to-right pass over every sentence: beam search over well-formed BILOU sequences
 * (width 1 is greedy). The constraint keeps "Cofinec S.A." one entity instead of two; the
 * beam lets a later word overturn an early choice ("Zycie Warszawy" ORG, not PER + ORG).
 */
function decodePass(ctx: DocContext, table: WeightTable, statics: Float64Array[], history: TypeHistory | null, pass1: number[] | null, width: number): number[] {
  const tags = new Array<number>(ctx.tokens.length).fill(0);
  const tr = transitionsOf(table);
  // Beam columns, flat: entry k of position i lives at i * width + k.
  const n = ctx.tokens.length;
  const colTag = new Int32Array(n * width);
  const colParent = new Int32Array(n * width);
  const wordScores: Array<Float64Array | null> = new Array(NUM_TAGS + 1).fill(null);
  let prevTag = new Int32Array(width);
  let prevPrev = new Int32Array(width);
  let prevScore = new Float64Array(width);
  let nextTag = new Int32Array(width);
  let nextPrev = new Int32Array(width);
  let nextScore = new Float64Array(width);
  const candParent = new Int32Array(width);
  for (const [from, to] of sentenceRanges(ctx.tokens)) {
    // Pass 2 can only change a sentence where some word has been an entity somewhere.
    if (history && pass1 && !mentionsAnEntity(ctx, from, to, history)) {
      for (let i = from; i < to; i++) tags[i] = pass1[i]!;
      continue;
    }
    let size = 1;
    prevTag[0] = -1;
    prevPrev[0] = -1;
    prevScore[0] = 0;
    for (let i = from; i < to; i++) {
      const base = history && pass1 ? score(table, historyFeatures(ctx, i, tagType(pass1[i]!), history), statics[i]) : statics[i]!;
      const last = i === to - 1;
      wordScores.fill(null);
      let count = 0;
      for (let h = 0; h < size; h++) {
        const p1 = prevTag[h]!;
        const p2 = prevPrev[h]!;
        const t1 = tr.first[p1 + 1]!;
        const t2 = tr.second[(p2 + 1) * (NUM_TAGS + 1) + (p1 + 1)]!;
        // "previous tag + this word" weights, looked up once per distinct previous tag.
        let tw = wordScores[p1 + 1];
        if (!tw) wordScores[p1 + 1] = tw = score(table, [`t1w=${p1 < 0 ? '<s>' : p1}|${ctx.lower[i]}`]);
        const allowedRow = (p1 + 1) * NUM_TAGS;
        for (let t = 0; t < NUM_TAGS; t++) {
          if (!ALLOWED[allowedRow + t] || (last && !CLOSES[t])) continue;
          const total = prevScore[h]! + base[t]! + t1[t]! + t2[t]! + tw[t]!;
          // Keep the best `width` candidates, sorted, by insertion.
          if (count === width && total <= nextScore[count - 1]!) continue;
          let k = count < width ? count++ : width - 1;
          for (; k > 0 && nextScore[k - 1]! < total; k--) {
            nextScore[k] = nextScore[k - 1]!;
            nextTag[k] = nextTag[k - 1]!;
            nextPrev[k] = nextPrev[k - 1]!;
            candParent[k] = candParent[k - 1]!;
          }
          nextScore[k] = total;
          nextTag[k] = t;
          nextPrev[k] = p1;
          candParent[k] = h;
        }
      }
      for (let k = 0; k < count; k++) {
        colTag[i * width + k] = nextTag[k]!;
        colParent[i * width + k] = candParent[k]!;
      }
      [prevTag, nextTag] = [nextTag, prevTag];
      [prevPrev, nextPrev] = [nextPrev, prevPrev];
      [prevScore, nextScore] = [nextScore, prevScore];
      size = count;
    }
    // Follow the back-pointers of the best final entry.
    for (let i = to - 1, k = 0; i >= from; i--) {
      tags[i] = colTag[i * width + k]!;
      k = colParent[i * width + k]!;
    }
  }
  return tags;
}

/** Whether any word of the sentence was tagged as (part of) an entity anywhere by pass 1. */
function mentionsAnEntity(ctx: DocContext, from: number, to: number, history: TypeHistory): boolean {
  for (let i = from; i < to; i++) {
    const h = history.get(ctx.lower[i]!);
    if (h && h.PER + h.ORG + h.LOC + h.MISC > 0) return true;
  }
  return false;
}

/** Scores that leave a token outside any entity. */
const OUTSIDE = Float64Array.from({ length: NUM_TAGS }, (_, t) => (t === 0 ? 0 : -1e6));

const LOWER_WORD_RE = /^[\p{Ll}'’-]+$/u;
const QUIET_RE = /^(?:[\p{Ll}'’-]+|[^\p{L}\d]+)$/u;

/**
 * A lower-case word between lower-case words or punctuation is outside every entity (36 of
 * 206,000 such tokens in CoNLL training are not), so it is not scored: 40% less work.
 */
function isPlainWord(ctx: DocContext, i: number): boolean {
  const { tokens } = ctx;
  if (!LOWER_WORD_RE.test(tokens[i]!.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (!prev || QUIET_RE.test(prev.text)) && (!next || QUIET_RE.test(next.text));
}

/** CLOSES[tag]: may the tag end a sentence (O, or the last/unit part of an entity)? */
const CLOSES = Uint8Array.from({ length: NUM_TAGS }, (_, t) => {
  const part = tagPart(t);
  return part === null || part === 'L' || part === 'U' ? 1 : 0;
});

/** Tags a prepared document; returns one tag index per token. */
export function tagDocument(ctx: DocContext, table: WeightTable, twoPass = true, width = BEAM_WIDTH): number[] {
  // Features of the word itself are scored once per distinct word of the document.
  const byWord = new Map<string, Float64Array>();
  let target = new Float64Array(NUM_TAGS);
  const emit: Emit = (template, value) => table.addPair(template, value, target);
  const statics = ctx.tokens.map((tok, i) => {
    if (isPlainWord(ctx, i)) return OUTSIDE;
    let own = byWord.get(tok.text);
    if (!own) {
      own = target = new Float64Array(NUM_TAGS);
      emitWordFeatures(ctx, i, emit);
      byWord.set(tok.text, own);
    }
    target = Float64Array.from(own);
    emitContextFeatures(ctx, i, emit);
    return target;
  });
  const first = decodePass(ctx, table, statics, null, null, twoPass ? FIRST_PASS_WIDTH : width);
  if (!twoPass) return first;
  const history = buildHistory(ctx, first.map(tagType as (t: number) => EntityType | null));
  return decodePass(ctx, table, statics, history, first, width);
}
