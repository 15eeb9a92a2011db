/**
 * Feature extraction for the entity tagger. Static features (the word, its shape, affixes,
 * neighbours, gazetteer hits, document-level evidence) depend only on the text, so they are
 * computed once per token; the tagger adds dynamic ones (previous tags, the first pass's
 * predictions for the same word elsewhere in the document).
 */
import type { EntityType } from '../types.ts';
import { gazetteerMatches, type Gazetteer } from './gazetteer.ts';
import { isAllCaps, isCapitalized, isLowerWord, wordShape } from './shape.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Everything the features need about one document, computed once. */
export interface DocContext {
  text: string;
  tokens: Token[];
  lower: string[];
  shapes: string[];
  /** Token is on a line written (almost) all in capitals: a headline or dateline. */
  capsLine: boolean[];
  gaz: string[][];
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
  const upper = new Map<number, number>();
  const letters = new Map<number, number>();
  for (const t of tokens) {
    if (!/\p{L}/u.test(t.text)) continue;
    letters.set(t.line, (letters.get(t.line) ?? 0) + 1);
    if (isAllCaps(t.text)) upper.set(t.line, (upper.get(t.line) ?? 0) + 1);
  }
  const caps = new Set<number>();
  for (const [line, n] of letters) if (n >= 2 && (upper.get(line) ?? 0) >= 0.8 * n) caps.add(line);
  return tokens.map((t) => caps.has(t.line));
}

const BOUNDARY = '<s>';

/** The static features of token `i`: those of the word itself and those of its context. */
export function staticFeatures(ctx: DocContext, i: number): string[] {
  return wordFeatures(ctx, i).concat(contextFeatures(ctx, i));
}

/**
 * Features that depend only on the token's own text (and the document's line style for it),
 * so the tagger can score them once per distinct word.
 */
export function wordFeatures(ctx: DocContext, i: number): string[] {
  const tok = ctx.tokens[i]!;
  const lc = ctx.lower[i]!;
  const f: string[] = ['b', `w=${lc}`, `sh=${ctx.shapes[i]}`];
  const n = lc.length;
  for (let k = 1; k <= 4 && k < n; k++) f.push(`p${k}=${lc.slice(0, k)}`, `s${k}=${lc.slice(n - k)}`);
  if (n > 12) f.push('long');
  if (tok.text !== lc) f.push(`W=${tok.text}`);
  return f;
}

/** Features of token `i` in its context: neighbours, line, gazetteers, document evidence. */
export function contextFeatures(ctx: DocContext, i: number): string[] {
  const { tokens, lower, shapes, gaz } = ctx;
  const tok = tokens[i]!;
  const lc = lower[i]!;
  const sh = shapes[i]!;
  const cl = ctx.capsLine[i]!;
  // Neighbours stay inside the sentence; a boundary marker stands in beyond it.
  const inSent = (k: number) =>
    k >= 0 && k < tokens.length && (k <= i ? !tokensBetweenStartSentence(tokens, k, i) : !tokensBetweenStartSentence(tokens, i, k));
  const w = (k: number) => (inSent(k) ? lower[k]! : BOUNDARY);
  const s = (k: number) => (inSent(k) ? shapes[k]! : BOUNDARY);

  const f: string[] = [];
  const wm1 = w(i - 1);
  const wp1 = w(i + 1);
  f.push(`w-1=${wm1}`, `w+1=${wp1}`, `w-2=${w(i - 2)}`, `w+2=${w(i + 2)}`);
  f.push(`w-1w=${wm1}|${lc}`, `ww+1=${lc}|${wp1}`);
  f.push(`s-1=${s(i - 1)}`, `s+1=${s(i + 1)}`, `s-1s=${s(i - 1)}|${sh}`, `ss+1=${sh}|${s(i + 1)}`);
  f.push(`s-2=${s(i - 2)}`, `s+2=${s(i + 2)}`);
  if (tok.sentenceStart) f.push(`ss=${sh}`, `ssw=${lc}`);
  if (cl) f.push('cl', `cl.sh=${sh}`);
  if (tok.line === 0) f.push(`l0=${sh}`);
  const kind = ctx.lineKind[tok.line] ?? 'prose';
  f.push(`lk=${kind}|${sh}`);
  if (i === 0 || tokens[i - 1]!.line !== tok.line) f.push(`ls=${kind}|${sh}`);

  for (const g of gaz[i]!) f.push(`g=${g}`);
  if (ctx.slug && !isLowerWord(tok.text)) {
    f.push(`slug=${ctx.slug}|${sh}`);
    for (const g of gaz[i]!) f.push(`slug=${ctx.slug}|${g}`);
  }
  if (inSent(i - 1)) for (const g of gaz[i - 1]!) f.push(`g-1=${g}`);
  if (inSent(i + 1)) for (const g of gaz[i + 1]!) f.push(`g+1=${g}`);

  // Document-level evidence: is this capitalized word a common word elsewhere, or a name?
  if (!isLowerWord(tok.text) && /\p{L}/u.test(lc)) {
    const lowers = ctx.lowerCount.get(lc) ?? 0;
    const self = !cl && !tok.sentenceStart && isCapitalized(tok.text) ? 1 : 0;
    const caps = (ctx.midCapCount.get(lc) ?? 0) - self;
    f.push(`doc=${lowers > 0 ? 'l' : '-'}${caps > 0 ? 'c' : '-'}`);
    if (cl || tok.sentenceStart) {
      const mixed = ctx.mixedShape.get(lc);
      f.push(`mix=${mixed ?? '-'}`);
    }
    // Context aggregation (Ratinov & Roth): the words around the other uses of this word.
    const occ = ctx.occurrences.get(lc);
    if (occ && occ.length > 1) {
      const seen = new Set<string>();
      for (const k of occ) {
        if (k === i) continue;
        if (k > 0 && tokens[k - 1]!.line === tokens[k]!.line) seen.add(`a-1=${lower[k - 1]}`);
        if (k + 1 < tokens.length && tokens[k + 1]!.line === tokens[k]!.line) seen.add(`a+1=${lower[k + 1]}`);
        if (seen.size >= 12) break;
      }
      for (const a of seen) f.push(a);
    }
  }
  return f;
}

/** Whether a sentence starts at any token in (from, to]. */
function tokensBetweenStartSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.sentenceStart) return true;
  return false;
}

/** Counts of first-pass entity types for each (lowercased) word, over one document. */
export type TypeHistory = Map<string, Record<EntityType | 'O', number>>;

/** Collects what the first pass said about each capitalized word in the document. */
export function buildHistory(ctx: DocContext, types: ReadonlyArray<EntityType | null>): TypeHistory {
  const hist: TypeHistory = new Map();
  ctx.tokens.forEach((t, i) => {
    if (isLowerWord(t.text) || !/\p{L}/u.test(t.text)) return;
    const lc = ctx.lower[i]!;
    let h = hist.get(lc);
    if (!h) hist.set(lc, (h = { PER: 0, ORG: 0, LOC: 0, MISC: 0, O: 0 }));
    h[types[i] ?? 'O']++;
  });
  return hist;
}

/** Features from the first pass: the majority type of the same word elsewhere in the document. */
export function historyFeatures(ctx: DocContext, i: number, own: EntityType | null, hist: TypeHistory): string[] {
  const h = hist.get(ctx.lower[i]!);
  if (!h) return [];
  let best: string | null = null;
  let bestN = 0;
  let total = 0;
  for (const k of ['PER', 'ORG', 'LOC', 'MISC', 'O'] as const) {
    const n = h[k] - (k === (own ?? 'O') ? 1 : 0); // leave this token's own vote out
    total += n;
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  if (!best) return [];
  return [`h=${best}`, `h=${best}|${bestN === total ? 'all' : 'most'}`];
}

/** Features that depend on the tags already chosen for the previous two tokens (-1: none). */
export function transitionFeatures(ctx: DocContext, i: number, prev1: number, prev2: number): string[] {
  const p1 = prev1 < 0 ? BOUNDARY : String(prev1);
  const p2 = prev2 < 0 ? BOUNDARY : String(prev2);
  return [`t1=${p1}`, `t2=${p2}|${p1}`, `t1w=${p1}|${ctx.lower[i]}`];
}
