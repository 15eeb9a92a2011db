/**
 * Left-to-right beam search over each paragraph's tags with an averaged-perceptron weight
 * table: static features of the token plus dynamic ones from the tags already chosen (the
 * previous two, and which parts the sentence has had so far). Those three numbers are all a
 * hypothesis' future depends on, so the beam keeps the best hypothesis per such state.
 */
import type { Prepared } from './document';
import { FEATURE_GROUPS, FeatureKeys, key, paraFacts, SMALL_VALUES, smallValues, TEMPLATE as T, wordFeatures, type CueLexicon, type ParaFacts, type Vocabulary } from './features';
import { allowed, NUM_TAGS, partOf } from './tags';

/** Anything that sums features' weights (one per tag) into a score vector. */
export interface WeightTable {
  /** Writes the summed weights of the features it holds (unknown ones add nothing) to `scores` from index `at`, one per tag. */
  sum(features: FeatureKeys, scores: Float64Array, at?: number): void;
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
/** PART_BIT by tag index (O, B-SRC, I-SRC, B-CUE, I-CUE, B-CON, I-CON). */
const TAG_BIT = [0, 1, 1, 2, 2, 4, 4] as const;

/**
 * Dynamic feature keys of token i given the history, in three groups by what they read: the
 * history alone, the history and the token's quotation state, the previous tag and the token.
 * Decoding sums the first two from a table made once per model (see `historyScores`) and the
 * third once per token and previous tag; training reads them all.
 */
export function dynamicFeatures(f: ParaFacts, i: number, h: History, out: FeatureKeys): void {
  historyFeatures(h, f.quote[i]!, out);
  previousTagFeatures(f, i, h.p1, out);
}

/** The features of the history alone and of the history with the token's quotation state. */
function historyFeatures(h: History, q: number, out: FeatureKeys): void {
  out.add(key(T.p1, h.p1));
  out.add(key(T['p2|p1'], h.p2, h.p1));
  out.add(key(T['seen|p1'], h.seen, h.p1));
  out.add(key(T['p1|q'], h.p1, q));
  out.add(key(T['seen|q'], h.seen, q));
}

/** The features of the previous tag (+ 1) with token i. */
function previousTagFeatures(f: ParaFacts, i: number, p1: number, out: FeatureKeys): void {
  out.add(key(T['p1|w'], p1, f.word[i]!));
  out.add(key(T['p1|tail'], p1, f.tail[i]!));
  out.add(key(T['p1|cueRight'], p1, Math.min(f.cueRight[i]!, 8)));
  if (f.back) {
    out.add(key(T['b0|p1'], f.back[i]!, p1));
    out.add(key(T['b0|b-1|p1'], f.back[i]! * 10 + (i > 0 ? f.back[i - 1]! : 8), p1));
  }
}

/** History states (see `stateAfter`) and quotation states (QUOTE in features.ts, 1..4). */
const STATES = 512;
const QUOTE_STATES = 5;

/** Summed weights of `historyFeatures` by state and quotation state, made once per weight table. */
const historyTables = new WeakMap<WeightTable, Float64Array>();

function historyScores(table: WeightTable): Float64Array {
  let sums = historyTables.get(table);
  if (sums) return sums;
  sums = new Float64Array(STATES * QUOTE_STATES * NUM_TAGS);
  const h = startHistory();
  const feats = new FeatureKeys();
  for (let state = 0; state < STATES; state++) {
    setHistory(h, state);
    for (let q = 0; q < QUOTE_STATES; q++) {
      feats.size = 0;
      historyFeatures(h, q, feats);
      table.sum(feats, sums, (state * QUOTE_STATES + q) * NUM_TAGS);
    }
  }
  historyTables.set(table, sums);
  return sums;
}

/**
 * Summed weights of each feature group (FEATURE_GROUPS) by its values, one table per weight
 * table: `rows` holds group g's row for values index x at (start[g] + x) * NUM_TAGS, filled
 * the first time a token has those values (`made`). Most value combinations never occur, and
 * filling all 11,000 rows up front cost 14–28 ms of each popup opening.
 */
export interface GroupScores {
  rows: Float64Array;
  made: Uint8Array;
  start: Int32Array;
}
const groupTables = new WeakMap<WeightTable, GroupScores>();

/** A group's values as one index (its first slot the most significant digit). */
function groupIndex(slots: readonly number[], radix: readonly number[], v: Int32Array): number {
  let x = 0;
  for (let k = 0; k < slots.length; k++) x = x * radix[k]! + v[slots[k]!]!;
  return x;
}

export function groupScores(table: WeightTable): GroupScores {
  let made = groupTables.get(table);
  if (made) return made;
  const start = new Int32Array(FEATURE_GROUPS.length);
  let total = 0;
  FEATURE_GROUPS.forEach((g, k) => {
    start[k] = total;
    total += g.radix.reduce((a, b) => a * b, 1);
  });
  made = { rows: new Float64Array(total * NUM_TAGS), made: new Uint8Array(total), start };
  groupTables.set(table, made);
  return made;
}

/**
 * Writes the summed weights of token i's static features (features.ts `staticFeatures`) to
 * `scores`: the words' looked up in the table, each group's as one tabulated row. `feats` and
 * `values` are scratch space.
 */
export function staticScores(facts: ParaFacts, p: number, i: number, table: WeightTable, groups: GroupScores, feats: FeatureKeys, values: Int32Array, scores: Float64Array): void {
  feats.size = 0;
  wordFeatures(facts, i, feats);
  table.sum(feats, scores);
  smallValues(facts, p, i, values);
  for (let g = 0; g < FEATURE_GROUPS.length; g++) {
    const group = FEATURE_GROUPS[g]!;
    if (group.stacked && !facts.back) continue;
    const x = groups.start[g]! + groupIndex(group.slots, group.radix, values);
    if (groups.made[x] === 0) {
      feats.size = 0;
      group.keys(values, feats);
      table.sum(feats, groups.rows, x * NUM_TAGS);
      groups.made[x] = 1;
    }
    for (let t = 0; t < NUM_TAGS; t++) scores[t]! += groups.rows[x * NUM_TAGS + t]!;
  }
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

/** The history after a token tagged `tag`, as one small number (what the dynamic features can see); `ends`: the token closes its sentence. */
export const stateAfter = (tag: number, h: History, ends: boolean): number => ((tag + 1) * 8 + h.p1) * 8 + (ends ? 0 : h.seen | TAG_BIT[tag]!);

/** The history after token i tagged `tag` (stateAfter, finding where the sentence ends). */
export function nextState(doc: Prepared, p: number, i: number, tag: number, h: History): number {
  const sent = doc.sentence[p]!;
  return stateAfter(tag, h, i + 1 < sent.length && sent[i + 1] !== sent[i]);
}

/** A candidate extension: from which hypothesis, with which tag, to which history state. */
export interface Candidate<H> {
  score: number;
  from: H;
  tag: number;
  state: number;
}

/**
 * Keeps `c` among the `width` best candidates, best first. Two candidates reaching the same
 * history state score every future token alike, so only the better one is kept (the beam
 * then holds `width` different states). Ties keep the earlier candidate: width 1 is greedy.
 */
export function keepBest<H>(found: Candidate<H>[], c: Candidate<H>, width: number): void {
  const same = found.findIndex((f) => f.state === c.state);
  if (same >= 0) {
    if (found[same]!.score >= c.score) return;
    found.splice(same, 1);
  }
  let k = found.length;
  while (k > 0 && found[k - 1]!.score < c.score) k--;
  if (k >= width) return;
  found.splice(k, 0, c);
  if (found.length > width) found.pop();
}

/** The best candidates of one token, best first, in typed arrays (no objects per candidate: tagging allocated ~30 a token). */
class Candidates {
  readonly score: Float64Array;
  readonly from: Int32Array;
  readonly tag: Int32Array;
  readonly state: Int32Array;
  size = 0;
  constructor(readonly width: number) {
    this.score = new Float64Array(width);
    this.from = new Int32Array(width);
    this.tag = new Int32Array(width);
    this.state = new Int32Array(width);
  }
  private move(to: number, from: number): void {
    this.score[to] = this.score[from]!;
    this.from[to] = this.from[from]!;
    this.tag[to] = this.tag[from]!;
    this.state[to] = this.state[from]!;
  }
  /** keepBest over typed arrays: the same rule, the same order. */
  offer(score: number, from: number, tag: number, state: number): void {
    // No better than the worst of a full beam: it could neither enter nor beat its own state's entry (most candidates).
    if (this.size === this.width && score <= this.score[this.width - 1]!) return;
    for (let j = 0; j < this.size; j++) {
      if (this.state[j] !== state) continue;
      if (this.score[j]! >= score) return;
      for (let k = j; k + 1 < this.size; k++) this.move(k, k + 1);
      this.size--;
      break;
    }
    let k = this.size;
    while (k > 0 && this.score[k - 1]! < score) k--;
    if (k >= this.width) return;
    for (let j = Math.min(this.size, this.width - 1); j > k; j--) this.move(j, j - 1);
    this.score[k] = score;
    this.from[k] = from;
    this.tag[k] = tag;
    this.state[k] = state;
    if (this.size < this.width) this.size++;
  }
}

function setHistory(h: History, state: number): void {
  h.p1 = state >> 6;
  h.p2 = (state >> 3) & 7;
  h.seen = state & 7;
}

/**
 * Tags every paragraph; one tag index per token. `back`: the backward tagger's (forward)
 * tags per paragraph, when this is the stacked forward tagger; `width`: the beam's (1 is
 * greedy, for a model trained greedily); `quiet`: per paragraph, the tokens tagged "O" unread (see quietTokens).
 */
export function tagDocument(doc: Prepared, table: WeightTable, vocab: Vocabulary, lexicon: CueLexicon, back: readonly (readonly number[])[] | null = null, width = 1, quiet: readonly Uint8Array[] = [],
  evidence: Float32Array[] | null = null): number[][] {
  const feats = new FeatureKeys();
  const statics = new Float64Array(NUM_TAGS);
  const history = historyScores(table);
  const groups = groupScores(table);
  const values = new Int32Array(SMALL_VALUES);
  // The previous-tag features' sums of the current token, by previous tag + 1 (8 values),
  // each made when a hypothesis first needs it: beam slots often share their previous tag.
  const byPrevious = new Float64Array(8 * NUM_TAGS);
  const madeFor = new Int32Array(8).fill(-1);
  const h = startHistory();
  const found = new Candidates(width);
  const beamScore = new Float64Array(width);
  const beamState = new Int32Array(width);
  let token = 0;
  return doc.tokens.map((tokens, p) => {
    const unread = quiet[p];
    const ev = evidence ? (evidence[p] = new Float32Array(tokens.length * NUM_TAGS)) : null;
    if (unread && !unread.includes(0)) return new Array<number>(tokens.length).fill(0);
    const facts = paraFacts(doc, vocab, lexicon, p, back ? back[p]! : null);
    const sent = doc.sentence[p]!;
    const n = tokens.length;
    // Per token and beam slot: the tag and the slot of the hypothesis it extends.
    const tagAt = new Int8Array(n * width);
    const fromAt = new Int32Array(n * width);
    let size = 1;
    // Where each sentence ends is read once per token (`ends`): reading `doc` per candidate
    // (nextState), a forward or a reversed one, made V8 recompile this loop.
    beamScore[0] = 0;
    beamState[0] = 0;
    for (let i = 0; i < n; i++, token++) {
      const ends = i + 1 < n && sent[i + 1] !== sent[i];
      if (unread?.[i]) {
        // A sentence that cannot hold an attribution: "O" after the best hypothesis so far
        // (after two such tokens every hypothesis would reach the same state anyway).
        setHistory(h, beamState[0]!);
        beamState[0] = stateAfter(0, h, ends);
        tagAt[i * width] = 0;
        fromAt[i * width] = 0;
        size = 1;
        continue;
      }
      staticScores(facts, p, i, table, groups, feats, values, statics);
      if (ev) for (let t = 0; t < NUM_TAGS; t++) ev[i * NUM_TAGS + t] = statics[t]!;
      const q = facts.quote[i]!;
      found.size = 0;
      for (let b = 0; b < size; b++) {
        const state = beamState[b]!;
        setHistory(h, state);
        const p1 = h.p1;
        if (madeFor[p1] !== token) {
          madeFor[p1] = token;
          feats.size = 0;
          previousTagFeatures(facts, i, p1, feats);
          // Offsets, not a subarray per token: no garbage in the inner loop.
          table.sum(feats, byPrevious, p1 * NUM_TAGS);
        }
        const hs = (state * QUOTE_STATES + q) * NUM_TAGS;
        const ps = p1 * NUM_TAGS;
        for (let t = 0; t < NUM_TAGS; t++) {
          if (!allowed(p1 - 1, t)) continue;
          const score = statics[t]! + history[hs + t]! + byPrevious[ps + t]!;
          found.offer(beamScore[b]! + score, b, t, stateAfter(t, h, ends));
        }
      }
      size = found.size;
      for (let k = 0; k < size; k++) {
        beamScore[k] = found.score[k]!;
        beamState[k] = found.state[k]!;
        tagAt[i * width + k] = found.tag[k]!;
        fromAt[i * width + k] = found.from[k]!;
      }
    }
    const tags = new Array<number>(n);
    for (let i = n - 1, k = 0; i >= 0; i--) {
      tags[i] = tagAt[i * width + k]!;
      k = fromAt[i * width + k]!;
    }
    return tags;
  });
}
