/**
 * Greedy two-pass sequence tagging. Pass 1 tags each sentence left to right; pass 2 tags it
 * again knowing what pass 1 said about the same words elsewhere in the document, so one name
 * gets one type throughout an article (Ratinov & Roth 2009's non-local features).
 */
import type { EntityType } from '../../types.ts';
import { buildHistory, emitContextFeatures, emitWordFeatures, historyVote, type DocContext, type Emit, type TypeHistory } from './features.ts';
import { lookupsOf, type TableLookups } from './lookups.ts';
import { sentenceRanges, type Token } from './tokenize.ts';
import { allowed, NUM_TAGS, tagPart, tagType } from './tags.ts';

/** Beam width at inference (tuned on dev). */
export const BEAM_WIDTH = 4;
/** The first pass only informs the second: greedy is as good there (tuned on dev) and cheaper. */
const FIRST_PASS_WIDTH = 1;

/** Anything that holds one weight row (one slot per tag) per feature. */
export interface WeightTable {
  /** Row of each value of a template: feature `template=value` (`template` alone: value ''). */
  rowsOf(template: string): ReadonlyMap<string, number> | undefined;
  /** Adds the weights of row `row` to `scores`. */
  addRow(row: number, scores: Float64Array): void;
  /** Adds the weights of the feature named `feature` (see `featureName`). */
  addTo(feature: string, scores: Float64Array): void;
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

/** ALLOWED[(prev + 1) * NUM_TAGS + next]: may `next` follow `prev` (-1: sentence start)? */
const ALLOWED = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
for (let p = -1; p < NUM_TAGS; p++) for (let t = 0; t < NUM_TAGS; t++) ALLOWED[(p + 1) * NUM_TAGS + t] = allowed(p, t) ? 1 : 0;

/** What a decoding pass scores with: the static scores per token and the table's lookups. */
interface Scoring {
  lookups: TableLookups;
  statics: StaticScores;
  /** Per token: rows of `t1w=PREV|word` by previous tag + 1, or undefined when the model has none. */
  tagAndWord: Array<Int32Array | undefined>;
}

/** A zero score vector, for features the model does not have. */
const ZERO = new Float64Array(NUM_TAGS);

/**
 * One left-to-right pass over every sentence: beam search over well-formed BILOU sequences
 * (width 1 is greedy). The constraint keeps "Cofinec S.A." one entity instead of two; the
 * beam lets a later word overturn an early choice ("Zycie Warszawy" ORG, not PER + ORG).
 */
function decodePass(ctx: DocContext, scoring: Scoring, history: TypeHistory | null, pass1: number[] | null, width: number): number[] {
  const { lookups, statics } = scoring;
  const { table } = lookups;
  const tags = new Array<number>(ctx.tokens.length).fill(0);
  // Beam columns, flat: entry k of position i lives at i * width + k.
  const n = ctx.tokens.length;
  const colTag = new Int32Array(n * width);
  const colParent = new Int32Array(n * width);
  // "Previous tag + this word" weights by previous tag + 1, filled once per token and tag.
  const wordScores: Array<Float64Array | null> = new Array(NUM_TAGS + 1).fill(null);
  const wordBuffers = Array.from({ length: NUM_TAGS + 1 }, () => new Float64Array(NUM_TAGS));
  const withHistory = new Float64Array(NUM_TAGS);
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
      // This token's scores are base[at .. at + NUM_TAGS - 1].
      let base = statics.scores;
      let at = statics.at[i]!;
      const vote = history && pass1 ? historyVote(ctx, i, tagType(pass1[i]!), history) : -1;
      if (vote >= 0) {
        base = addHistory(table, lookups.history, vote, base.subarray(at, at + NUM_TAGS), withHistory);
        at = 0;
      }
      const last = i === to - 1;
      const wordRows = scoring.tagAndWord[i];
      wordScores.fill(null);
      let count = 0;
      for (let h = 0; h < size; h++) {
        const p1 = prevTag[h]!;
        const p2 = prevPrev[h]!;
        const t1 = lookups.first[p1 + 1]!;
        const t2 = lookups.second[(p2 + 1) * (NUM_TAGS + 1) + (p1 + 1)]!;
        let tw = wordScores[p1 + 1];
        if (!tw) wordScores[p1 + 1] = tw = wordRows ? denseOf(table, wordRows[p1 + 1]!, wordBuffers[p1 + 1]!) : ZERO;
        const allowedRow = (p1 + 1) * NUM_TAGS;
        for (let t = 0; t < NUM_TAGS; t++) {
          if (!ALLOWED[allowedRow + t] || (last && !CLOSES[t])) continue;
          const total = prevScore[h]! + base[at + t]! + t1[t]! + t2[t]! + tw[t]!;
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

/** The static scores plus the history vote's two features, in `into`. */
function addHistory(table: WeightTable, rows: Int32Array, vote: number, statics: Float64Array, into: Float64Array): Float64Array {
  into.set(statics);
  const type = rows[2 * vote]!;
  const agreement = rows[2 * vote + 1]!;
  if (type >= 0) table.addRow(type, into);
  if (agreement >= 0) table.addRow(agreement, into);
  return into;
}

/** One row's weights as a dense vector (ZERO when the model lacks the feature), in `into`. */
function denseOf(table: WeightTable, row: number, into: Float64Array): Float64Array {
  if (row < 0) return ZERO;
  into.fill(0);
  table.addRow(row, into);
  return into;
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
function plainWords(tokens: readonly Token[]): boolean[] {
  // Each token is tested once: lower-case words and punctuation are quiet neighbours.
  const quiet = tokens.map((t) => QUIET_RE.test(t.text));
  return tokens.map((t, i) => quiet[i]! && (i === 0 || quiet[i - 1]!) && (i === tokens.length - 1 || quiet[i + 1]!) && LOWER_WORD_RE.test(t.text));
}

/** CLOSES[tag]: may the tag end a sentence (O, or the last/unit part of an entity)? */
const CLOSES = Uint8Array.from({ length: NUM_TAGS }, (_, t) => {
  const part = tagPart(t);
  return part === null || part === 'L' || part === 'U' ? 1 : 0;
});

/** Tags a prepared document; returns one tag index per token. */
export function tagDocument(ctx: DocContext, table: WeightTable, twoPass = true, width = BEAM_WIDTH): number[] {
  const lookups = lookupsOf(table);
  const scoring: Scoring = {
    lookups,
    statics: staticScores(ctx, lookups),
    tagAndWord: ctx.lower.map((word) => lookups.tagAndWord.get(word)),
  };
  const first = decodePass(ctx, scoring, null, null, twoPass ? FIRST_PASS_WIDTH : width);
  if (!twoPass) return first;
  const history = buildHistory(ctx, first.map(tagType as (t: number) => EntityType | null));
  return decodePass(ctx, scoring, history, first, width);
}

/** The scores of the tokens' static features, one flat array for the document. */
interface StaticScores {
  /** Slot 0: outside (for every plain word); then one slot of NUM_TAGS per scored token. */
  scores: Float64Array;
  /** Per token: where its slot starts in `scores`. */
  at: Int32Array;
}

/** The scores of each token's static features (word and context); plain words are outside. */
function staticScores(ctx: DocContext, lookups: TableLookups): StaticScores {
  const { table } = lookups;
  const plain = plainWords(ctx.tokens);
  const scores = new Float64Array((1 + plain.filter((p) => !p).length) * NUM_TAGS);
  scores.set(OUTSIDE);
  const at = new Int32Array(ctx.tokens.length);
  let slots = 1;
  // Features of the word itself are scored once per distinct word of the document.
  const byWord = new Map<string, Float64Array>();
  const scratch = new Float64Array(NUM_TAGS);
  let target = scratch;
  const emit: Emit = (template, value, second) => {
    const row = lookups.row(template, value, second);
    if (row !== undefined) table.addRow(row, target);
  };
  ctx.tokens.forEach((tok, i) => {
    if (plain[i]) return;
    let own = byWord.get(tok.text);
    if (!own) {
      own = target = new Float64Array(NUM_TAGS);
      emitWordFeatures(ctx, i, emit);
      byWord.set(tok.text, own);
    }
    target = scratch;
    scratch.set(own);
    emitContextFeatures(ctx, i, emit);
    at[i] = slots++ * NUM_TAGS;
    scores.set(scratch, at[i]!);
  });
  return { scores, at };
}
