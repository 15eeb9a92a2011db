/**
 * Scoring of predicted attributions against gold, as DESIGN.md defines it (pure: the eval
 * script and its unit test share it).
 *
 * - A predicted attribution matches a gold one when their content (all pieces, whitespace
 *   trimmed) overlaps with character IoU ≥ 0.5; one-to-one, greedy, best IoU first.
 * - Its source is right when the predicted source overlaps a gold source span, or both are
 *   empty. Content+source counts matched pairs with a right source.
 * - Exact content: every piece's boundaries equal after trimming whitespace and edge punctuation.
 * - Cue and source F1: distinct cue (source) spans of the document, exact after the same
 *   trimming, one-to-one (the span-level measure CofeNet reports for sources).
 * - Kind: a content whose words are ≥ 80% inside quotation marks is direct, none indirect,
 *   else mixed (the gold's kind for recall, the prediction's for precision).
 */
import type { Span } from '../../types';
import { quoteStates, type QuoteState } from './document';
import { isWord, paragraphs, tokenize, type Token } from '../quotes/text';
import { greedyMatch } from '../greedy-match';

export interface ScoredAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

export type Kind = 'direct' | 'mixed' | 'indirect';
export const KINDS: Kind[] = ['direct', 'mixed', 'indirect'];

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched pairs whose source is right. */
  sourceRight: number;
  exact: number;
  goldCues: number;
  predictedCues: number;
  rightCues: number;
  goldSources: number;
  predictedSources: number;
  rightSources: number;
  /** Per kind: gold count, predicted count, matched by gold kind, matched by predicted kind, right source by gold kind. */
  byKind: Record<Kind, { gold: number; predicted: number; matchedGold: number; matchedPredicted: number; sourceRightGold: number }>;
}

export function emptyCounts(): Counts {
  const byKind = {} as Counts['byKind'];
  for (const k of KINDS) byKind[k] = { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, sourceRightGold: 0 };
  return { gold: 0, predicted: 0, matched: 0, sourceRight: 0, exact: 0, goldCues: 0, predictedCues: 0, rightCues: 0, goldSources: 0, predictedSources: 0, rightSources: 0, byKind };
}

export function addCounts(into: Counts, c: Counts): void {
  for (const key of Object.keys(c) as (keyof Counts)[]) {
    if (key === 'byKind') continue;
    into[key] += c[key];
  }
  for (const k of KINDS) for (const f of Object.keys(c.byKind[k]) as (keyof Counts['byKind'][Kind])[]) into.byKind[k][f] += c.byKind[k][f];
}

const SPACE = /\s/u;
const EDGE = /[\s\p{P}\p{S}]/u;

/** Span with characters matching `edge` removed from both ends (null when nothing is left). */
export function trimSpan(text: string, s: Span, edge: RegExp = SPACE): Span | null {
  let { start, end } = s;
  while (start < end && edge.test(text[start]!)) start++;
  while (end > start && edge.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function trimAll(text: string, spans: readonly Span[], edge: RegExp = SPACE): Span[] {
  return spans.map((s) => trimSpan(text, s, edge)).filter((s): s is Span => s !== null).sort((a, b) => a.start - b.start);
}

function length(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + s.end - s.start, 0);
}

function intersection(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Character IoU of two sets of (non-overlapping) spans. */
export function spansIoU(a: readonly Span[], b: readonly Span[]): number {
  const inter = intersection(a, b);
  const union = length(a) + length(b) - inter;
  return union > 0 ? inter / union : 0;
}

const overlapsAny = (a: readonly Span[], b: readonly Span[]) => intersection(a, b) > 0;

/** Start offsets of the word tokens inside quotation marks, and of all word tokens. */
export function quotedWords(text: string): { words: number[]; quoted: Set<number> } {
  const tokens = paragraphs(text).map((p) => tokenize(text, p.start, p.end));
  return quotedWordsOf(tokens, tokens.map(quoteStates));
}

/** The same from tokens already read (and their quotation-mark states), per paragraph. */
export function quotedWordsOf(tokens: readonly (readonly Token[])[], states: readonly (readonly QuoteState[])[]): { words: number[]; quoted: Set<number> } {
  const words: number[] = [];
  const quoted = new Set<number>();
  tokens.forEach((para, p) => para.forEach((t, i) => {
    if (!isWord(t.text)) return;
    words.push(t.start);
    if (states[p]![i] === 'in') quoted.add(t.start);
  }));
  return { words, quoted };
}

/** Direct, mixed or indirect, by the share of the content's words inside quotation marks. */
export function kindOf(content: readonly Span[], marks: { words: number[]; quoted: Set<number> }): Kind {
  let n = 0;
  let inside = 0;
  for (const w of marks.words) {
    if (!content.some((s) => w >= s.start && w < s.end)) continue;
    n++;
    if (marks.quoted.has(w)) inside++;
  }
  if (n > 0 && inside / n >= 0.8) return 'direct';
  return inside === 0 ? 'indirect' : 'mixed';
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);
}

/** Exact-span matches between two lists of distinct spans. */
function exactSpanCounts(text: string, gold: readonly Span[], predicted: readonly Span[]): { gold: number; predicted: number; right: number } {
  const key = (s: Span) => `${s.start}:${s.end}`;
  const g = new Set(trimAll(text, gold, EDGE).map(key));
  const p = new Set(trimAll(text, predicted, EDGE).map(key));
  let right = 0;
  for (const k of p) if (g.has(k)) right++;
  return { gold: g.size, predicted: p.size, right };
}

/** Scores one document. */
export function scoreDocument(text: string, gold: readonly ScoredAttribution[], predicted: readonly ScoredAttribution[]): { counts: Counts; pairs: Map<number, number> } {
  const c = emptyCounts();
  const marks = quotedWords(text);
  const goldContent = gold.map((a) => trimAll(text, a.content));
  const predContent = predicted.map((a) => trimAll(text, a.content));
  const goldKind = goldContent.map((s) => kindOf(s, marks));
  const predKind = predContent.map((s) => kindOf(s, marks));
  c.gold = gold.length;
  c.predicted = predicted.length;
  for (const k of goldKind) c.byKind[k].gold++;
  for (const k of predKind) c.byKind[k].predicted++;

  const pairs = greedyMatch(predContent, goldContent, (p, g) => {
    const v = spansIoU(p, g);
    return v >= 0.5 ? v : null;
  });
  for (const [i, j] of pairs) {
    c.matched++;
    c.byKind[goldKind[j]!].matchedGold++;
    c.byKind[predKind[i]!].matchedPredicted++;
    const ps = predicted[i]!.source;
    const gs = gold[j]!.source;
    const right = ps.length === 0 && gs.length === 0 ? true : overlapsAny(ps, gs);
    if (right) {
      c.sourceRight++;
      c.byKind[goldKind[j]!].sourceRightGold++;
    }
    if (sameSpans(trimAll(text, predicted[i]!.content, EDGE), trimAll(text, gold[j]!.content, EDGE))) c.exact++;
  }
  const cues = exactSpanCounts(text, gold.flatMap((a) => a.cue), predicted.flatMap((a) => a.cue));
  c.goldCues = cues.gold;
  c.predictedCues = cues.predicted;
  c.rightCues = cues.right;
  const sources = exactSpanCounts(text, gold.flatMap((a) => a.source), predicted.flatMap((a) => a.source));
  c.goldSources = sources.gold;
  c.predictedSources = sources.predicted;
  c.rightSources = sources.right;
  return { counts: c, pairs };
}

export const f1 = (right: number, predicted: number, gold: number): number => (predicted + gold > 0 ? (2 * right) / (predicted + gold) : 0);
