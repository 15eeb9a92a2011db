/**
 * Feature extraction for the entity tagger. Static features (the word, its shape, affixes,
 * neighbours, gazetteer hits, document-level evidence) depend only on the text, so they are
 * computed once per token; the tagger adds dynamic ones (previous tags, the first pass's
 * predictions for the same word elsewhere in the document).
 */
import type { EntityType } from '../../types.ts';
import { gazetteerMatches, type Gazetteer } from './gazetteer.ts';
import { hasLetter, isAllCaps, isCapitalized, isLowerWord, wordShape } from './shape.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Everything the features need about one document, computed once. */
export interface DocContext {
  text: string;
  tokens: Token[];
  lower: string[];
  shapes: string[];
  /** Token is on a line written (almost) all in capitals: a headline or dateline. */
  capsLine: boolean[];
  gaz: ReadonlyArray<readonly string[]>;
  /** Lowercased word -> how often it is written in lower case in this document. */
  lowerCount: Map<string, number>;
  /** Lowercased word -> how often it is capitalized mid-sentence in mixed-case text. */
  midCapCount: Map<string, number>;
  /** Lowercased word -> its shape where it appears in mixed-case text (for headline words). */
  mixedShape: Map<string, string>;
  /** Per line: 'caps' (headline), 'list' (names and numbers, no prose), or 'prose'. */
  lineKind: string[];
  /** A wire-style slug opening the document ("SOCCER - ..."), lowercased, or ''. */
  slug: string;
  /** Lowercased capitalized word -> token indices where it occurs (context aggregation). */
  occurrences: Map<string, number[]>;
}

/** Tokenizes and annotates a document for feature extraction. */
export function prepareDocument(text: string, gazetteer: Gazetteer, tokens: Token[] = tokenize(text)): DocContext {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => wordShape(t.text));
  const capsLine = linesInCapitals(tokens);
  const lowerCount = new Map<string, number>();
  const midCapCount = new Map<string, number>();
  const mixedShape = new Map<string, string>();
  tokens.forEach((t, i) => {
    const lc = lower[i]!;
    if (isLowerWord(t.text)) lowerCount.set(lc, (lowerCount.get(lc) ?? 0) + 1);
    else if (!capsLine[i] && isCapitalized(t.text)) {
      if (!t.sentenceStart) midCapCount.set(lc, (midCapCount.get(lc) ?? 0) + 1);
      if (!mixedShape.has(lc) || !t.sentenceStart) mixedShape.set(lc, shapes[i]!);
    }
  });
  return {
    text,
    tokens,
    lower,
    shapes,
    capsLine,
    gaz: gazetteerMatches(gazetteer, lower, tokens),
    lowerCount,
    midCapCount,
    mixedShape,
    lineKind: lineKinds(tokens, capsLine),
    occurrences: capitalizedOccurrences(tokens, lower),
    slug: documentSlug(tokens),
  };
}

/** Where each capitalized word occurs, so a token can see the contexts of its other uses. */
function capitalizedOccurrences(tokens: readonly Token[], lower: readonly string[]): Map<string, number[]> {
  const occ = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (!isCapitalized(t.text) || t.text.length < 2) return;
    const list = occ.get(lower[i]!);
    if (list) list.push(i);
    else occ.set(lower[i]!, [i]);
  });
  return occ;
}

/** Classifies each line: prose has lower-case words; lists (tables, results) do not. */
function lineKinds(tokens: readonly Token[], capsLine: readonly boolean[]): string[] {
  const kinds: string[] = [];
  tokens.forEach((t, i) => {
    if (capsLine[i]) kinds[t.line] = 'caps';
    else if (kinds[t.line] !== 'prose') kinds[t.line] = /^\p{Ll}{3,}$/u.test(t.text) ? 'prose' : 'list';
  });
  return kinds;
}

/** "SOCCER - BARATELLI TO COACH NICE." -> "soccer": the desk slug of wire copy, if any. */
function documentSlug(tokens: readonly Token[]): string {
  const [first, dash] = tokens;
  return first && dash && dash.text === '-' && first.line === 0 && dash.line === 0 && /^\p{Lu}{3,}$/u.test(first.text) ? first.text.toLowerCase() : '';
}

/** Marks tokens on lines where nearly every letter is upper case (and there are a few). */
function linesInCapitals(tokens: readonly Token[]): boolean[] {
  // Tokens come in line order, so the last one's line bounds the per-line counts.
  const lines = tokens.length ? tokens[tokens.length - 1]!.line + 1 : 0;
  const upper = new Int32Array(lines);
  const letters = new Int32Array(lines);
  for (const t of tokens) {
    if (!hasLetter(t.text)) continue;
    letters[t.line]!++;
    if (isAllCaps(t.text)) upper[t.line]!++;
  }
  return tokens.map((t) => letters[t.line]! >= 2 && upper[t.line]! >= 0.8 * letters[t.line]!);
}

const BOUNDARY = '<s>';

/**
 * Receives one feature as a template and a value ("w-1", "mayor"); its name is
 * `template=value`, or just `template` when the value is empty. A pair value ("w-1w": the
 * previous word and this one) comes as two parts, named `template=first|second`. Emitting
 * parts lets the tagger look weights up without building a string per feature.
 */
export type Emit = (template: string, value: string, second?: string) => void;

/** The name of a feature: `template=value` (`template=value|second` for a pair), or `template` alone. */
export function featureName(template: string, value: string, second?: string): string {
  if (second !== undefined) return `${template}=${value}|${second}`;
  return value === '' ? template : `${template}=${value}`;
}

function collect(fn: (emit: Emit) => void): string[] {
  const names: string[] = [];
  fn((t, v, second) => names.push(featureName(t, v, second)));
  return names;
}

/** The static features of token `i`: those of the word itself and those of its context. */
export function staticFeatures(ctx: DocContext, i: number): string[] {
  return collect((emit) => {
    emitWordFeatures(ctx, i, emit);
    emitContextFeatures(ctx, i, emit);
  });
}

/** Names of the word features of token `i` (see `emitWordFeatures`). */
export function wordFeatures(ctx: DocContext, i: number): string[] {
  return collect((emit) => emitWordFeatures(ctx, i, emit));
}

/** Names of the context features of token `i` (see `emitContextFeatures`). */
export function contextFeatures(ctx: DocContext, i: number): string[] {
  return collect((emit) => emitContextFeatures(ctx, i, emit));
}

/**
 * Features that depend only on the token's own text, so the tagger can score them once per
 * distinct word of a document.
 */
export function emitWordFeatures(ctx: DocContext, i: number, emit: Emit): void {
  const tok = ctx.tokens[i]!;
  const lc = ctx.lower[i]!;
  emit('b', '');
  emit('w', lc);
  emit('sh', ctx.shapes[i]!);
  const n = lc.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    emit(PREFIX[k]!, lc.slice(0, k));
    emit(SUFFIX[k]!, lc.slice(n - k));
  }
  if (n > 12) emit('long', '');
  if (tok.text !== lc) emit('W', tok.text);
}

const PREFIX = ['', 'p1', 'p2', 'p3', 'p4'];
const SUFFIX = ['', 's1', 's2', 's3', 's4'];

/** The `doc` feature's values: written in lower case elsewhere (l), capitalized mid-sentence elsewhere (c). */
const DOC_EVIDENCE = ['--', '-c', 'l-', 'lc'];

/** How many other uses of a word context aggregation looks at, and how many neighbours it keeps. */
const MAX_OTHER_USES = 64;
const MAX_AGGREGATED = 12;

/** Features of token `i` in its context: neighbours, line, gazetteers, document evidence. */
export function emitContextFeatures(ctx: DocContext, i: number, emit: Emit): void {
  const { tokens, lower, shapes, gaz } = ctx;
  const tok = tokens[i]!;
  const lc = lower[i]!;
  const sh = shapes[i]!;
  const cl = ctx.capsLine[i]!;
  // Neighbours stay inside the sentence; a boundary marker stands in beyond it.
  const from = sentenceStartOf(tokens, i);
  const to = sentenceEndOf(tokens, i);
  const wm1 = i - 1 >= from ? lower[i - 1]! : BOUNDARY;
  const wp1 = i + 1 < to ? lower[i + 1]! : BOUNDARY;
  const sm1 = i - 1 >= from ? shapes[i - 1]! : BOUNDARY;
  const sp1 = i + 1 < to ? shapes[i + 1]! : BOUNDARY;
  emit('w-1', wm1);
  emit('w+1', wp1);
  emit('w-2', i - 2 >= from ? lower[i - 2]! : BOUNDARY);
  emit('w+2', i + 2 < to ? lower[i + 2]! : BOUNDARY);
  emit('w-1w', wm1, lc);
  emit('ww+1', lc, wp1);
  emit('s-1', sm1);
  emit('s+1', sp1);
  emit('s-1s', sm1, sh);
  emit('ss+1', sh, sp1);
  emit('s-2', i - 2 >= from ? shapes[i - 2]! : BOUNDARY);
  emit('s+2', i + 2 < to ? shapes[i + 2]! : BOUNDARY);
  if (tok.sentenceStart) {
    emit('ss', sh);
    emit('ssw', lc);
  }
  if (cl) {
    emit('cl', '');
    emit('cl.sh', sh);
  }
  if (tok.line === 0) emit('l0', sh);
  const kind = ctx.lineKind[tok.line] ?? 'prose';
  emit('lk', kind, sh);
  if (i === 0 || tokens[i - 1]!.line !== tok.line) emit('ls', kind, sh);

  const lowerWord = isLowerWord(tok.text);
  for (const g of gaz[i]!) emit('g', g);
  if (ctx.slug && !lowerWord) {
    emit('slug', ctx.slug, sh);
    for (const g of gaz[i]!) emit('slug', ctx.slug, g);
  }
  if (i - 1 >= from) for (const g of gaz[i - 1]!) emit('g-1', g);
  if (i + 1 < to) for (const g of gaz[i + 1]!) emit('g+1', g);

  // Document-level evidence: is this capitalized word a common word elsewhere, or a name?
  if (!lowerWord && hasLetter(lc)) {
    const lowers = ctx.lowerCount.get(lc) ?? 0;
    const self = !cl && !tok.sentenceStart && isCapitalized(tok.text) ? 1 : 0;
    const caps = (ctx.midCapCount.get(lc) ?? 0) - self;
    emit('doc', DOC_EVIDENCE[(lowers > 0 ? 2 : 0) + (caps > 0 ? 1 : 0)]!);
    if (cl || tok.sentenceStart) emit('mix', ctx.mixedShape.get(lc) ?? '-');
    const occ = ctx.occurrences.get(lc);
    if (occ && occ.length > 1) emitAggregatedContext(ctx, i, occ, emit);
  }
}

/**
 * Context aggregation (Ratinov & Roth): the words around the other uses of this word, each
 * once. Looks at a bounded number of other uses: a word repeated thousands of times (a
 * pathological page) must not make the document quadratic.
 */
function emitAggregatedContext(ctx: DocContext, i: number, occ: readonly number[], emit: Emit): void {
  const { tokens, lower } = ctx;
  // At most MAX_AGGREGATED words in all: arrays beat sets at this size.
  const before: string[] = [];
  const after: string[] = [];
  let looked = 0;
  for (const k of occ) {
    if (k === i) continue;
    if (++looked > MAX_OTHER_USES) break;
    if (k > 0 && tokens[k - 1]!.line === tokens[k]!.line && !before.includes(lower[k - 1]!)) {
      before.push(lower[k - 1]!);
      emit('a-1', lower[k - 1]!);
    }
    if (k + 1 < tokens.length && tokens[k + 1]!.line === tokens[k]!.line && !after.includes(lower[k + 1]!)) {
      after.push(lower[k + 1]!);
      emit('a+1', lower[k + 1]!);
    }
    if (before.length + after.length >= MAX_AGGREGATED) break;
  }
}

/** Index of the first token of the sentence holding token `i`. */
function sentenceStartOf(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !tokens[k]!.sentenceStart && k > i - 3) k--;
  return k; // a sentence start, the document start, or beyond the two neighbours that matter
}

/** Index after the last token of the sentence holding token `i` (looking two tokens ahead). */
function sentenceEndOf(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && !tokens[k]!.sentenceStart && k < i + 3) k++;
  return k;
}

/** Counts of first-pass entity types for each (lowercased) word, over one document. */
export type TypeHistory = Map<string, Record<EntityType | 'O', number>>;

/** Collects what the first pass said about each capitalized word in the document. */
export function buildHistory(ctx: DocContext, types: ReadonlyArray<EntityType | null>): TypeHistory {
  const hist: TypeHistory = new Map();
  ctx.tokens.forEach((t, i) => {
    if (isLowerWord(t.text) || !hasLetter(t.text)) return;
    const lc = ctx.lower[i]!;
    let h = hist.get(lc);
    if (!h) hist.set(lc, (h = { PER: 0, ORG: 0, LOC: 0, MISC: 0, O: 0 }));
    h[types[i] ?? 'O']++;
  });
  return hist;
}

/** The types a history vote can name, in tie-breaking order. */
export const HISTORY_TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'O'] as const;

/**
 * The majority type the first pass gave the same word elsewhere in the document (this token's
 * own vote left out), as `2 * index in HISTORY_TYPES + (all agree ? 0 : 1)`; -1 when there is none.
 * A number, so the tagger can index weights by it without building feature names.
 */
export function historyVote(ctx: DocContext, i: number, own: EntityType | null, hist: TypeHistory): number {
  const h = hist.get(ctx.lower[i]!);
  if (!h) return -1;
  let best = -1;
  let bestN = 0;
  let total = 0;
  for (let k = 0; k < HISTORY_TYPES.length; k++) {
    const type = HISTORY_TYPES[k]!;
    const n = h[type] - (type === (own ?? 'O') ? 1 : 0);
    total += n;
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  return best < 0 ? -1 : 2 * best + (bestN === total ? 0 : 1);
}

/** The features of a history vote: `h=TYPE` and `h=TYPE|all` (or `|most`). */
export function emitHistoryFeatures(vote: number, emit: Emit): void {
  if (vote < 0) return;
  const type = HISTORY_TYPES[vote >> 1]!;
  emit('h', type);
  emit('h', type, vote & 1 ? 'most' : 'all');
}

/** Features from the first pass: the majority type of the same word elsewhere in the document. */
export function historyFeatures(ctx: DocContext, i: number, own: EntityType | null, hist: TypeHistory): string[] {
  return collect((emit) => emitHistoryFeatures(historyVote(ctx, i, own, hist), emit));
}

/** Features that depend on the tags already chosen for the previous two tokens (-1: none). */
export function transitionFeatures(ctx: DocContext, i: number, prev1: number, prev2: number): string[] {
  const p1 = prev1 < 0 ? BOUNDARY : String(prev1);
  const p2 = prev2 < 0 ? BOUNDARY : String(prev2);
  return [`t1=${p1}`, `t2=${p2}|${p1}`, `t1w=${p1}|${ctx.lower[i]}`];
}
