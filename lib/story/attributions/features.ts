/**
 * Features of one token for the attribution tagger, as numbers: a feature is a template id
 * and up to two small integer values (word ids from the model's vocabulary, or enumerated
 * values), packed into one key. Numbers, not strings: building and hashing ~50 strings per
 * token made tagging 40 ms an article; number keys make it a few.
 *
 * Static features depend on the text only (the word and its neighbours, quotation-mark
 * state, where the sentence's reporting verbs are); the tagger adds the dynamic ones (the
 * previous tags) while decoding.
 */
import { SPEECH_VERBS } from '../quotes/lexicon';
import type { Prepared, QuoteState } from './document';

/**
 * Learned cue lexicon: lower-cased word → class 1..3 by how often the training data tags it as
 * (part of) a cue (3: most of the time; 1: now and then). Shipped inside the model.
 */
export type CueLexicon = ReadonlyMap<string, number>;

/** Word → id; 0 is an unknown word, 1 and 2 stand before and after the paragraph. */
export type Vocabulary = ReadonlyMap<string, number>;
export const UNKNOWN = 0;
const BEFORE = 1;
const AFTER = 2;

/** Template names, in id order (the index is the template id). */
export const TEMPLATES = [
  'bias', 'w', 'w-1', 'w+1', 'w-2', 'w+2', 'w-1|w', 'w|w+1', 'shape', 'shape-1|shape', 'suffix',
  'q', 'q-1|q', 'q|q+1', 'q|w', 'cue', 'cue-1', 'cue+1', 'cueLeft|q', 'cueRight|q', 'cueLR|q',
  'cueLeftWord', 'cueRightWord', 'tail', 'tail|q', 'according', 'fromStart', 'fromEnd',
  'fromStart|q', 'quoteLen', 'quoteAfter', 'quoteAfter|q', 'para', 'cue:w-1|w', 'cue:w|w+1',
  'p1', 'p2|p1', 'p1|w', 'p1|q', 'seen|p1', 'seen|q', 'p1|tail', 'p1|cueRight',
  'b-1', 'b0', 'b+1', 'b+2', 'b0|b+1', 'b-1|b0', 'b0|q', 'b0|w', 'bCueRight', 'bNext', 'b0|p1', 'b0|b-1|p1',
] as const;
const T = Object.fromEntries(TEMPLATES.map((n, i) => [n, i])) as Record<(typeof TEMPLATES)[number], number>;
export { T as TEMPLATE };

/**
 * One token's feature keys, in a buffer reused token after token: a JS array emptied per token
 * (`length = 0`) lost its storage and grew back two or three times a token.
 */
export class FeatureKeys {
  /** Room for every template at once (55); a key past it would be lost, so keep it above TEMPLATES.length. */
  readonly keys = new Float64Array(64);
  size = 0;
  add(k: number): void {
    this.keys[this.size++] = k;
  }
  /** The keys as a list (training). */
  list(): number[] {
    return Array.from(this.keys.subarray(0, this.size));
  }
}

const SHIFT = 2 ** 20;
/** One feature key: template, then two values below 2^20 each. */
export const key = (template: number, a = 0, b = 0): number => (template * SHIFT + a) * SHIFT + b;

/** Cue class of a word: the learned class, at least 2 for a listed speech verb. */
export function cueClass(lexicon: CueLexicon, lower: string): number {
  const c = lexicon.get(lower) ?? 0;
  return SPEECH_VERBS.has(lower) ? Math.max(c, 2) : c;
}

const bucket = (d: number): number => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6);
const QUOTE: Record<QuoteState, number> = { out: 1, open: 2, in: 3, close: 4 };
const [COMMA, CLOSING, DASH, ACCORDING, TO] = [1, 2, 3, 4, 5];
const MARKS = new Map([[',', COMMA], ['”', CLOSING], ['—', DASH], ['according', ACCORDING], ['to', TO]]);
const LETTER_START = /^\p{L}/u;

/** Word shape: 1 all capitals, 2 capitalised, 3 lower case, 4 digit, 5 other (ASCII without a regular expression: it ran per token, twice). */
function shape(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return 3;
  if (c >= 48 && c <= 57) return 4;
  if (c >= 65 && c <= 90) return word.length > 1 && isAllCapitals(word) ? 1 : 2;
  if (c < 128) return 5;
  if (/^\p{Lu}+$/u.test(word) && word.length > 1) return 1;
  if (/^\p{Lu}/u.test(word)) return 2;
  if (/^\p{Ll}/u.test(word)) return 3;
  if (/^\p{N}/u.test(word)) return 4;
  return 5;
}

function isAllCapitals(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 65 || c > 90) return c >= 128 && /^\p{Lu}+$/u.test(word.slice(k));
  }
  return true;
}

/** What the model's lexicon says of each token of a paragraph: word and suffix ids, shape, cue class. */
interface Lexical {
  word: Int32Array;
  suffix: Int32Array;
  shape: Int32Array;
  cue: Int32Array;
  /** The word as one of the marks the patterns look for (MARKS), or 0. */
  mark: Int32Array;
  /** 1 when the word starts with a letter. */
  letter: Int32Array;
}

/**
 * A paragraph's lexical facts for one vocabulary. They are the same for the text read
 * backwards, reversed: a model whose backward tagger shares its vocabulary (see model.ts)
 * looks each word up once, not twice.
 */
function lexicalFacts(doc: Prepared, vocab: Vocabulary, lexicon: CueLexicon, p: number): Lexical {
  const forward = doc.forward ?? doc;
  let cache = lexicalCache.get(forward);
  if (!cache || cache.vocab !== vocab || cache.lexicon !== lexicon) {
    cache = { vocab, lexicon, paras: [], words: new Map() };
    lexicalCache.set(forward, cache);
  }
  let lex = cache.paras[p];
  if (!lex) {
    const tokens = forward.tokens[p]!;
    const n = tokens.length;
    lex = { word: new Int32Array(n), suffix: new Int32Array(n), shape: new Int32Array(n), cue: new Int32Array(n), mark: new Int32Array(n), letter: new Int32Array(n) };
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      // A story repeats most of its words: each is looked up (and its suffix built) once.
      let known = cache.words.get(t.lower);
      if (!known) {
        known = [vocab.get(t.lower) ?? UNKNOWN, vocab.get(`-${t.lower.slice(-3)}`) ?? UNKNOWN, cueClass(lexicon, t.lower), MARKS.get(t.lower) ?? 0, LETTER_START.test(t.lower) ? 1 : 0];
        cache.words.set(t.lower, known);
      }
      lex.word[i] = known[0];
      lex.suffix[i] = known[1];
      lex.cue[i] = known[2];
      lex.mark[i] = known[3];
      lex.letter[i] = known[4];
      lex.shape[i] = shape(t.text);
    }
    cache.paras[p] = lex;
  }
  if (!doc.forward) return lex;
  const back = (a: Int32Array) => a.slice().reverse();
  return { word: back(lex.word), suffix: back(lex.suffix), shape: back(lex.shape), cue: back(lex.cue), mark: back(lex.mark), letter: back(lex.letter) };
}

const lexicalCache = new WeakMap<Prepared, { vocab: Vocabulary; lexicon: CueLexicon; paras: Lexical[]; words: Map<string, [number, number, number, number, number]> }>();

/**
 * Per-paragraph facts the features need, computed once. Typed arrays: arrays of one
 * element kind keep the tagger's optimised code valid from one paragraph to the next.
 */
export interface ParaFacts {
  word: Int32Array;
  suffix: Int32Array;
  shape: Int32Array;
  quote: Int32Array;
  cue: Int32Array;
  /** Distance to the nearest cue-like word (class ≥ 2) left / right in the sentence (0: none). */
  cueLeft: Int32Array;
  cueRight: Int32Array;
  /** Word id of that nearest cue-like word (within 6 tokens, else 0). */
  cueLeftWord: Int32Array;
  cueRightWord: Int32Array;
  /** Before (1) / at the comma (2) / the cue (3) / after (4) a sentence-final ", X said.". */
  tail: Int32Array;
  /** Before (1) "according to", its source up to the next comma (2), after (3). */
  according: Int32Array;
  fromStart: Int32Array;
  fromEnd: Int32Array;
  /** Words in the quotation this token is inside (bucketed), or 0. */
  quoteLen: Int32Array;
  /** What follows the quotation's closing mark: 1 end, 2 cue, 3 word+cue, 4 two words+cue, else 10 + the word's id. */
  quoteAfter: Int32Array;
  /** The backward tagger's tags (+ 1; 0 none), when stacking. */
  back: Int32Array | null;
  /** Distance to the next backward-tagged cue to the right in the sentence (0: none), and the next part there (tag + 1). */
  backCueRight: Int32Array;
  backNext: Int32Array;
}

export function paraFacts(doc: Prepared, vocab: Vocabulary, lexicon: CueLexicon, p: number, back: readonly number[] | null = null): ParaFacts {
  const tokens = doc.tokens[p]!;
  const sent = Int32Array.from(doc.sentence[p]!);
  const states = doc.quote[p]!;
  const n = tokens.length;
  const zeros = () => new Int32Array(n);
  const { word, suffix, shape, cue, mark, letter } = lexicalFacts(doc, vocab, lexicon, p);
  const quote = Int32Array.from(states, (s) => QUOTE[s]);
  const f: ParaFacts = {
    word, suffix, shape, quote, cue,
    cueLeft: zeros(), cueRight: zeros(), cueLeftWord: zeros(), cueRightWord: zeros(),
    tail: zeros(), according: zeros(), fromStart: zeros(), fromEnd: zeros(), quoteLen: zeros(), quoteAfter: zeros(),
    back: back ? Int32Array.from(back, (t) => t + 1) : null, backCueRight: zeros(), backNext: zeros(),
  };
  if (back) {
    let cueAt = -1;
    let next = 0;
    for (let i = n - 1; i >= 0; i--) {
      if (i + 1 < n && sent[i + 1] !== sent[i]) {
        cueAt = -1;
        next = 0;
      }
      f.backCueRight[i] = cueAt >= 0 ? Math.min(cueAt - i, 12) : 0;
      f.backNext[i] = next;
      if (back[i] === 3 || back[i] === 4) cueAt = i;
      if (back[i]! > 0 && (i === 0 || back[i - 1] !== back[i])) next = back[i]! + 1;
    }
  }
  // Words the patterns look for (`mark`, from lexicalFacts) and quotation states as numbers:
  // comparing the tokens' strings themselves made V8 throw away this function's optimised code
  // each time a differently stored string came by (a cold article paid ~0.6 s of recompiling).
  const outside = (i: number) => quote[i] === QUOTE.out;
  const ranges: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || sent[i] !== sent[i - 1]) ranges.push([i, i + 1]);
    else ranges[ranges.length - 1]![1] = i + 1;
  }
  for (const [from, to] of ranges) {
    let last = -1;
    for (let i = from; i < to; i++) {
      f.fromStart[i] = bucket(i - from);
      f.fromEnd[i] = bucket(to - 1 - i);
      if (last >= 0) {
        f.cueLeft[i] = i - last;
        if (i - last <= 6) f.cueLeftWord[i] = word[last]!;
      }
      if (cue[i]! >= 2 && outside(i)) last = i;
    }
    last = -1;
    for (let i = to - 1; i >= from; i--) {
      if (last >= 0) {
        f.cueRight[i] = last - i;
        if (last - i <= 6) f.cueRightWord[i] = word[last]!;
      }
      if (cue[i]! >= 2 && outside(i)) last = i;
    }
    // ", X said." closing the sentence: the last comma (or closing mark, dash) outside quotes
    // followed within 7 tokens by a cue-like word, with the sentence ending soon after.
    for (let c = to - 2; c > from; c--) {
      if (mark[c] !== COMMA && mark[c] !== CLOSING && mark[c] !== DASH) continue;
      if (quote[c] === QUOTE.in) continue;
      let cueAt = -1;
      for (let k = c + 1; k < Math.min(to, c + 8); k++) if (cue[k]! >= 2 && outside(k)) { cueAt = k; break; }
      if (cueAt >= 0 && to - cueAt <= 10) {
        for (let i = from; i < c; i++) f.tail[i] = 1;
        for (let i = c; i < to; i++) f.tail[i] = i < cueAt ? 2 : i === cueAt ? 3 : 4;
      }
      break;
    }
    for (let i = from; i + 1 < to; i++) {
      if (mark[i] === ACCORDING && mark[i + 1] === TO) {
        for (let k = from; k < i; k++) f.according[k] = 1;
        let k = i + 2;
        for (; k < to && mark[k] !== COMMA; k++) f.according[k] = 2;
        for (; k < to; k++) f.according[k] = 3;
        break;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (quote[i] !== QUOTE.open) continue;
    let j = i + 1;
    while (j < n && quote[j] === QUOTE.in) j++;
    let after = 1;
    if (j + 1 < n) {
      const a = j + 1;
      const isWord = (k: number) => k < n && letter[k] === 1;
      if (cue[a]! >= 2) after = 2;
      else if (isWord(a) && a + 1 < n && cue[a + 1]! >= 2) after = 3;
      else if (isWord(a) && isWord(a + 1) && a + 2 < n && cue[a + 2]! >= 2) after = 4;
      else after = 10 + word[a]!;
    }
    const len = bucket(j - i - 1);
    for (let k = i; k <= Math.min(j, n - 1); k++) {
      f.quoteLen[k] = len;
      f.quoteAfter[k] = after;
    }
  }
  return f;
}

/**
 * Tokens of sentences that cannot hold an attribution (1) per paragraph: sentences with no
 * quotation mark and no frequent cue word (cue class 2 or more, as the features read it). The
 * taggers tag them "O" without reading them: a reported statement needs its cue or its
 * quotation marks in its sentence (what skipping them costs and saves: README, "Time").
 */
export function quietTokens(doc: Prepared, vocab: Vocabulary, lexicon: CueLexicon): Uint8Array[] {
  return doc.tokens.map((tokens, p) => {
    const states = doc.quote[p]!;
    const sent = doc.sentence[p]!;
    const { cue } = lexicalFacts(doc, vocab, lexicon, p);
    return markSentencesWithout(sent, new Uint8Array(tokens.length), (i) => states[i] !== 'out' || cue[i]! >= 2);
  });
}

/** Marks (1 in `marks`) every token of each sentence where no token is `wanted`; returns `marks`. */
export function markSentencesWithout(sentence: readonly number[], marks: Uint8Array, wanted: (i: number) => boolean): Uint8Array {
  for (let from = 0; from < marks.length; ) {
    let to = from;
    let found = false;
    for (; to < marks.length && sentence[to] === sentence[from]; to++) found ||= wanted(to);
    if (!found) marks.fill(1, from, to);
    from = to;
  }
  return marks;
}

/**
 * The features of small values come in groups, each a function of a few small numbers
 * (`smallValues`): a model's summed weights per group and values are tabulated once (tagger.ts),
 * so decoding adds one row per group instead of looking each feature up in the hash table
 * (about 30 of a token's 45 lookups). Training reads their keys one by one (`staticFeatures`).
 */
export const V = {
  para: 0, according: 1, qPrev: 2, q: 3, qNext: 4, tail: 5, shapePrev: 6, shape: 7, cue: 8, cuePrev: 9, cueNext: 10,
  cueLeft: 11, cueRight: 12, fromStart: 13, fromEnd: 14, quoteLen: 15, bPrev: 16, b0: 17, bNext: 18, bNext2: 19, bCueRight: 20, bNextPart: 21,
} as const;
export const SMALL_VALUES = 22;

export interface FeatureGroup {
  /** Which small values the group reads, and how many values each can take (0 to radix - 1). */
  slots: readonly number[];
  radix: readonly number[];
  /** Only for a tagger stacked on backward tags. */
  stacked: boolean;
  keys(v: Int32Array, out: FeatureKeys): void;
}

export const FEATURE_GROUPS: readonly FeatureGroup[] = [
  { slots: [V.para, V.according], radix: [3, 4], stacked: false, keys: (v, out) => {
    out.add(key(T.bias));
    out.add(key(T.para, v[V.para]));
    out.add(key(T.according, v[V.according]));
  } },
  { slots: [V.qPrev, V.q, V.qNext, V.tail], radix: [7, 5, 7, 5], stacked: false, keys: (v, out) => {
    out.add(key(T.q, v[V.q]));
    out.add(key(T['q-1|q'], v[V.qPrev], v[V.q]));
    out.add(key(T['q|q+1'], v[V.q], v[V.qNext]));
    out.add(key(T.tail, v[V.tail]));
    out.add(key(T['tail|q'], v[V.tail], v[V.q]));
  } },
  { slots: [V.shapePrev, V.shape], radix: [6, 6], stacked: false, keys: (v, out) => {
    out.add(key(T.shape, v[V.shape]));
    out.add(key(T['shape-1|shape'], v[V.shapePrev], v[V.shape]));
  } },
  { slots: [V.cuePrev, V.cue, V.cueNext], radix: [4, 4, 4], stacked: false, keys: (v, out) => {
    out.add(key(T.cue, v[V.cue]));
    out.add(key(T['cue-1'], v[V.cuePrev]));
    out.add(key(T['cue+1'], v[V.cueNext]));
  } },
  { slots: [V.cueLeft, V.cueRight, V.q], radix: [7, 7, 5], stacked: false, keys: (v, out) => {
    out.add(key(T['cueLeft|q'], v[V.cueLeft], v[V.q]));
    out.add(key(T['cueRight|q'], v[V.cueRight], v[V.q]));
    out.add(key(T['cueLR|q'], (v[V.cueLeft]! > 0 ? 2 : 0) + (v[V.cueRight]! > 0 ? 1 : 0), v[V.q]));
  } },
  { slots: [V.fromStart, V.fromEnd, V.q, V.quoteLen], radix: [7, 7, 5, 7], stacked: false, keys: (v, out) => {
    out.add(key(T.fromStart, v[V.fromStart]));
    out.add(key(T.fromEnd, v[V.fromEnd]));
    out.add(key(T['fromStart|q'], v[V.fromStart], v[V.q]));
    out.add(key(T.quoteLen, v[V.quoteLen]));
  } },
  { slots: [V.bPrev, V.b0, V.q], radix: [10, 8, 5], stacked: true, keys: (v, out) => {
    out.add(key(T['b-1'], v[V.bPrev]));
    out.add(key(T.b0, v[V.b0]));
    out.add(key(T['b-1|b0'], v[V.bPrev], v[V.b0]));
    out.add(key(T['b0|q'], v[V.b0], v[V.q]));
  } },
  { slots: [V.b0, V.bNext, V.bNext2], radix: [8, 10, 10], stacked: true, keys: (v, out) => {
    out.add(key(T['b+1'], v[V.bNext]));
    out.add(key(T['b+2'], v[V.bNext2]));
    out.add(key(T['b0|b+1'], v[V.b0], v[V.bNext]));
  } },
  { slots: [V.bCueRight, V.bNextPart], radix: [13, 8], stacked: true, keys: (v, out) => {
    out.add(key(T.bCueRight, v[V.bCueRight]));
    out.add(key(T.bNext, v[V.bNextPart]));
  } },
];

/** The small values of token i of paragraph p (V). */
export function smallValues(f: ParaFacts, p: number, i: number, v: Int32Array): void {
  const n = f.word.length;
  v[V.para] = p === 0 ? 0 : i === 0 ? 1 : 2;
  v[V.according] = f.according[i]!;
  v[V.qPrev] = i > 0 ? f.quote[i - 1]! : 5;
  v[V.q] = f.quote[i]!;
  v[V.qNext] = i + 1 < n ? f.quote[i + 1]! : 6;
  v[V.tail] = f.tail[i]!;
  v[V.shapePrev] = i > 0 ? f.shape[i - 1]! : 0;
  v[V.shape] = f.shape[i]!;
  v[V.cuePrev] = i > 0 ? f.cue[i - 1]! : 0;
  v[V.cue] = f.cue[i]!;
  v[V.cueNext] = i + 1 < n ? f.cue[i + 1]! : 0;
  v[V.cueLeft] = bucket(f.cueLeft[i]!);
  v[V.cueRight] = bucket(f.cueRight[i]!);
  v[V.fromStart] = f.fromStart[i]!;
  v[V.fromEnd] = f.fromEnd[i]!;
  v[V.quoteLen] = f.quoteLen[i]!;
  const b = f.back;
  if (b) {
    v[V.bPrev] = i > 0 ? b[i - 1]! : 8;
    v[V.b0] = b[i]!;
    v[V.bNext] = i + 1 < n ? b[i + 1]! : 9;
    v[V.bNext2] = i + 2 < n ? b[i + 2]! : 9;
    v[V.bCueRight] = f.backCueRight[i]!;
    v[V.bNextPart] = f.backNext[i]!;
  }
}

/** The static features of words (too many values to tabulate), looked up one by one. */
export function wordFeatures(f: ParaFacts, i: number, out: FeatureKeys): void {
  const W = f.word;
  const w = W[i]!;
  const wp = i > 0 ? W[i - 1]! : BEFORE;
  const wn = i + 1 < W.length ? W[i + 1]! : AFTER;
  const wp2 = i > 1 ? W[i - 2]! : BEFORE;
  const wn2 = i + 2 < W.length ? W[i + 2]! : AFTER;
  const q = f.quote[i]!;
  out.add(key(T.w, w));
  out.add(key(T['w-1'], wp));
  out.add(key(T['w+1'], wn));
  out.add(key(T['w-2'], wp2));
  out.add(key(T['w+2'], wn2));
  out.add(key(T['w-1|w'], wp, w));
  out.add(key(T['w|w+1'], w, wn));
  out.add(key(T.suffix, f.suffix[i]!));
  out.add(key(T['q|w'], q, w));
  out.add(key(T.cueLeftWord, f.cueLeftWord[i]!));
  out.add(key(T.cueRightWord, f.cueRightWord[i]!));
  out.add(key(T.quoteAfter, f.quoteAfter[i]!));
  out.add(key(T['quoteAfter|q'], f.quoteAfter[i]!, q));
  if (f.cue[i]! > 0) {
    out.add(key(T['cue:w-1|w'], wp, w));
    out.add(key(T['cue:w|w+1'], w, wn));
  }
  if (f.back) out.add(key(T['b0|w'], f.back[i]!, w));
}

const scratchValues = new Int32Array(SMALL_VALUES);

/** Static feature keys of token i of paragraph p: the words', then each group's. */
export function staticFeatures(f: ParaFacts, p: number, i: number, out: FeatureKeys): void {
  wordFeatures(f, i, out);
  smallValues(f, p, i, scratchValues);
  for (const g of FEATURE_GROUPS) if (!g.stacked || f.back) g.keys(scratchValues, out);
}
