/**
 * Finds who said a passage, trying the places an attribution stands in order: the attribution in the words between its segments, right after
 * it ("…,” the agency said), right before it (Kenney said: “…”, according to X, a partial
 * quote's sentence subject), in the sentence or paragraph introducing it ("He said:"), or
 * the speaker of the quote just before it when the passage simply continues that speech.
 */
import type { Span } from '../../types';
import type { Passage } from './passages';
import type { Segment } from './segments';
import { sentenceIndex, type SentenceStart } from './sentences';
import { speakerAfter, speakerBefore, type AttributionRule } from './patterns';
import type { TokenRange } from './speaker';
import { PERSON_NOUNS, TITLES } from './lexicon';
import { isCapitalized, isWord, tokenize, tokensBetween, type Token } from './text';
import { countLeading } from '../sorted';

/** The article as the attribution rules see it. */
export interface Context {
  text: string;
  paras: Span[];
  sentences: SentenceStart[][];
  /** Quoted stretches (marks included), masked out of attribution windows. */
  quoted: Span[];
}

/** A speaker phrase in the text and the rule that found it. */
export interface Attribution extends Span {
  rule: AttributionRule;
}

/** Start and end offsets of the sentence at index `i` of paragraph `para`. */
export function sentenceSpan(ctx: Context, para: number, i: number): Span {
  const starts = ctx.sentences[para]!;
  return { start: starts[i]!.at, end: starts[i + 1]?.at ?? ctx.paras[para]!.end };
}

/** The sentence before the one at index `i` of paragraph `para` (maybe the paragraph before's last). */
export function sentenceBefore(ctx: Context, para: number, i: number): { para: number; i: number } | null {
  if (i > 0) return { para, i: i - 1 };
  if (para === 0) return null;
  return { para: para - 1, i: ctx.sentences[para - 1]!.length - 1 };
}

/** Start and end offsets of the sentence holding `at` in paragraph `para`. */
function sentenceAt(ctx: Context, para: number, at: number): Span {
  return sentenceSpan(ctx, para, sentenceIndex(ctx.sentences[para]!, at));
}

const toSpan = (tokens: readonly Token[], r: TokenRange): Span => ({ start: tokens[r.from]!.start, end: tokens[r.to]!.end });

/**
 * Longest stretch of a window read for an attribution. A sentence rarely runs past a few hundred
 * characters; a "sentence" of thousands (a page without full stops, hundreds of quotes in one
 * run) would be re-read whole for each of its quotes. `keep` says which end to keep: the one
 * next to the quote.
 */
export const MAX_WINDOW_CHARS = 600;

export function clampWindow(span: Span, keep: 'start' | 'end'): Span {
  if (span.end - span.start <= MAX_WINDOW_CHARS) return span;
  return keep === 'start' ? { start: span.start, end: span.start + MAX_WINDOW_CHARS } : { start: span.end - MAX_WINDOW_CHARS, end: span.end };
}

/** Index of the first of the ordered, disjoint `spans` that ends after `at`. */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  return countLeading(spans, (s) => s.end <= at);
}

const wholeTokens = new WeakMap<Context, Token[]>();

/** The tokens of the whole article, read once per context. */
export function textTokens(ctx: Context): Token[] {
  let tokens = wholeTokens.get(ctx);
  if (!tokens) wholeTokens.set(ctx, (tokens = tokenize(ctx.text, 0, ctx.text.length)));
  return tokens;
}

/**
 * Tokens of the window `span`, with other quotes' words masked: each quoted stretch in the
 * window becomes a single `"` token, so verbs and names inside it are not read as an
 * attribution.
 */
export function tokensOf(ctx: Context, whole: Span, keep: 'start' | 'end' = 'start'): Token[] {
  const span = clampWindow(whole, keep);
  if (span.end <= span.start) return [];
  const tokens = tokensBetween(ctx.text, textTokens(ctx), span.start, span.end);
  const masks: Span[] = [];
  // ctx.quoted is in text order and its stretches do not overlap: start at the first that can
  // reach the window (binary search), so that each window costs its own length, not the article's.
  for (let i = firstEndingAfter(ctx.quoted, span.start); i < ctx.quoted.length && ctx.quoted[i]!.start < span.end; i++) masks.push(ctx.quoted[i]!);
  if (masks.length === 0) return tokens;
  const out: Token[] = [];
  let m = 0;
  for (const t of tokens) {
    while (m < masks.length && masks[m]!.end <= t.start) m++;
    const mask = masks[m];
    if (mask && t.start >= mask.start && t.start < mask.end) {
      const last = out[out.length - 1];
      if (!last || last.start !== mask.start) out.push({ text: '"', lower: '"', start: mask.start, end: mask.end });
      continue;
    }
    out.push(t);
  }
  return out;
}

const closeOf = (s: Segment) => (s.close === -1 ? s.end : s.close);

/** The speaker named in a sentence introducing a quote with a colon ("In a speech, he said:"). */
export function introSpeaker(ctx: Context, intro: Span): Attribution | null {
  const tokens = tokensOf(ctx, intro);
  const found = speakerBefore(tokens, false);
  return found ? { ...toSpan(tokens, found.r), rule: 'colon' } : null;
}

/** The hand rules' speaker among `proposed` (from `proposals`): the first strict proposal. */
export function rulesPick(proposed: readonly Proposal[]): Attribution | null {
  const p = proposed.find((x) => x.strict);
  return p ? { start: p.start, end: p.end, rule: p.rule } : null;
}

/** A speaker phrase one attribution window proposes for a passage. */
export interface Proposal extends Attribution {
  /** The window and pattern that proposed it (finer than `rule`), a feature for the ranker. */
  source: string;
  /** True when the hand rules accept it in that window; the first strict one is their pick. */
  strict: boolean;
}

/**
 * Every speaker phrase the attribution windows propose for `passage`, in the order the hand
 * rules try them: strict proposals are the rules' (the first is their pick, `rulesPick`); the others are
 * looser readings of the same windows (a fragment's clause subject for a whole sentence, the
 * sentence before without a colon, the last speaker carried over) that only the learned
 * ranker weighs.
 */
export function* proposals(
  ctx: Context,
  passage: Passage,
  previous: { attribution: Attribution | null; last: Segment } | null,
  partial: boolean,
): Generator<Proposal> {
  const { text } = ctx;
  const segs = passage.segments;
  const first = segs[0]!;
  const last = segs[segs.length - 1]!;
  const P = (span: Span, rule: AttributionRule, source: string, strict: boolean): Proposal =>
    ({ start: span.start, end: span.end, rule, source, strict });
  if (passage.label) yield P(passage.label, 'label', 'label', true);
  const signed = signature(ctx, last);
  if (signed) yield P(signed, 'signature', 'signature', true);

  // 1. Between the segments: “…,” he said, “…”.
  for (let i = 0; i + 1 < segs.length; i++) {
    const a = segs[i]!;
    const b = segs[i + 1]!;
    if (a.para !== b.para || a.close === -1) continue;
    const tokens = tokensOf(ctx, { start: a.close + 1, end: b.open });
    const r = speakerAfter(tokens);
    if (r) yield P(toSpan(tokens, r), 'interruption', 'interruption', true);
  }

  // 2a. A fragment woven into a sentence whose reporting verb comes before it: "Obama said
  // “it gets me mad” every time he thinks about it" — the verb before reports the fragment.
  if (partial) {
    const s = sentenceAt(ctx, first.para, first.open);
    const tokens = tokensOf(ctx, { start: s.start, end: first.open }, 'end');
    const found = tokens.length > 0 ? speakerBefore(tokens, true) : null;
    if (found) yield P(toSpan(tokens, found.r), found.rule, 'fragment-verb', found.rule === 'before' || found.rule === 'according-to');
  }

  // 2. Right after it: “…,” the agency said.
  const lastPara = ctx.paras[last.para]!;
  let nextSentence: Span | null = null;
  if (last.close !== -1) {
    const sentence = sentenceAt(ctx, last.para, last.close + 1);
    const window = sentence.start > last.close + 1 ? { start: last.close + 1, end: sentence.start } : { start: last.close + 1, end: sentence.end };
    const tokens = tokensOf(ctx, window);
    const r = speakerAfter(tokens, false, !partial);
    if (r) yield P(toSpan(tokens, r), 'after', 'after', true);
    else if (partial) {
      const loose = speakerAfter(tokens, false, true);
      if (loose) yield P(toSpan(tokens, loose), 'after', 'after-any-verb', false);
    }
    if (tokens.every((t) => !isWord(t.text)) && window.end < lastPara.end) nextSentence = sentenceAt(ctx, last.para, window.end);
  }

  // 3. Before it, in its sentence: Kenney said: “…”; according to X, “…”.
  const firstPara = ctx.paras[first.para]!;
  const sentence = sentenceAt(ctx, first.para, first.open);
  const beforeSpan = { start: sentence.start, end: first.open };
  // A later piece in the paragraph of an attributed quote continues that quote, unless its own
  // sentence (or the one before) says who speaks.
  const carriesOn = !!previous?.attribution && previous.last.para === first.para &&
    previous.attribution.end <= first.open && previous.attribution.start >= ctx.paras[first.para]!.start;
  if (beforeSpan.end > beforeSpan.start) {
    const tokens = tokensOf(ctx, beforeSpan, 'end');
    const found = speakerBefore(tokens, partial);
    if (found) yield P(toSpan(tokens, found.r), found.rule, 'before', true);
    if (!partial) {
      // The clause subject, as for a fragment: "The timing doesn’t surprise pollster X: “…”".
      const loose = speakerBefore(tokens, true);
      if (loose) yield P(toSpan(tokens, loose.r), loose.rule, 'before-subject', false);
    }
  }
  // “…,” he said outside. But “the candidacy is strengthened” — a fragment nobody else is said to say.
  if (partial && carriesOn) yield P(previous!.attribution!, 'continuation', 'continuation-fragment', true);

  // 4. A sentence of its own right after it, opening on its reporting verb: “Is it true?” Trump asked.
  if (nextSentence) {
    const tokens = tokensOf(ctx, nextSentence);
    const short = tokens.filter((t) => isWord(t.text)).length <= 30;
    const r = !partial && short ? speakerAfter(tokens, true) : null;
    if (r) yield P(toSpan(tokens, r), 'after', 'next-sentence', true);
    else {
      const loose = speakerAfter(tokens, false);
      if (loose) yield P(toSpan(tokens, loose), 'after', 'next-sentence-loose', false);
    }
  }

  // 5. The sentence or paragraph introducing it: "He said:" / "Cruz continued:".
  const prevSentence = previousSentence(ctx, first.para, sentence.start);
  if (prevSentence) {
    const tokens = tokensOf(ctx, prevSentence.span, 'end');
    const colon = tokens[tokens.length - 1]?.text === ':';
    const noQuoteBetween = !previous || closeOf(previous.last) < prevSentence.span.start;
    // A paragraph of nothing but the quote, after a paragraph ending on its speaker's sentence.
    const ownParagraph = first.open === firstPara.start && last.close !== -1 && !/[\p{L}\p{N}]/u.test(text.slice(last.close + 1, lastPara.end));
    const found = tokens.length > 0 ? speakerBefore(tokens, false) : null;
    const rule = colon ? 'colon' : 'previous-sentence';
    if (found) {
      const strict = !partial && (colon || ((prevSentence.samePara || ownParagraph) && noQuoteBetween)) &&
        (colon || found.rule === 'before' || found.rule === 'subject');
      yield P(toSpan(tokens, found.r), rule, prevSentence.samePara ? rule : `${rule}-paragraph`, strict);
    }
    const loose = tokens.length > 0 ? speakerBefore(tokens, true) : null;
    if (loose) yield P(toSpan(tokens, loose.r), rule, 'previous-subject', false);
  }

  // 6b. A later piece in the paragraph of an attributed quote, with no speaker of its own:
  // “…,” Woolson said. They also lie far away. “That’s a tough area.” / … Instead, “…”.
  if (carriesOn && !partial) yield P(previous!.attribution!, 'continuation', 'continuation', true);

  // 6. It continues the quote before it, with nothing else in between: the paragraph before
  // ends with that quote and at most the one sentence attributing it.
  if (previous?.attribution && !partial && first.open === firstPara.start && previous.last.para === first.para - 1 &&
    previous.attribution.end <= first.open && onlyAttributionAfter(ctx, previous.last)) {
    yield P(previous.attribution, 'continuation', 'continuation-paragraph', true);
  }

  // 7. A dash line after it: "— Sanders."
  const nextPara = ctx.paras[last.para + 1];
  if (last.close !== -1 && nextPara && /^[—–-]\s*\p{Lu}/u.test(text.slice(nextPara.start, nextPara.start + 3)) && text.slice(last.close + 1, lastPara.end).trim().length === 0) {
    const tokens = tokensOf(ctx, nextPara);
    const r = speakerAfter(tokens);
    if (r) yield P(toSpan(tokens, r), 'dash', 'dash', true);
  }

  // The speaker of the quote before, carried over (the rules do so only as above).
  if (previous?.attribution) yield P(previous.attribution, 'continuation', 'previous-speaker', false);
}

/**
 * A quote left open at its paragraph's end, closed at the end of a short next line that is
 * only a name and its role ("“…\nFormer NAACP president Ben Jealous.”", "“…\nDean Baker,
 * Center for Economic and Policy Research.”"): a pull quote and its signature.
 */
function signature(ctx: Context, last: Segment): Attribution | null {
  const next = ctx.paras[last.para + 1];
  if (last.close !== -1 || !next) return null;
  const line = ctx.text.slice(next.start, next.end);
  if (!/^\p{Lu}[^“”"«»]*[.]?["”»]$/u.test(line)) return null;
  const tokens = tokenize(ctx.text, next.start, next.end - 1);
  const words = tokens.filter((t) => isWord(t.text));
  if (words.length === 0 || words.length > 12) return null;
  // Names, capitalised organisation words, and lower-case role or linking words only.
  if (!words.every((t) => isCapitalized(t.text) || SIGNATURE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower) || TITLES.has(t.lower))) return null;
  let end = tokens.findIndex((t) => t.text === ',');
  if (end < 0) end = tokens.length;
  while (end > 0 && !isWord(tokens[end - 1]!.text)) end--;
  if (end === 0) return null;
  return { start: tokens[0]!.start, end: tokens[end - 1]!.end, rule: 'signature' };
}

const SIGNATURE_WORDS = new Set(['of', 'for', 'and', 'the', 'at', 'in', 'on', 'de']);

/**
 * True when what follows segment `seg` in its paragraph is nothing, or a single sentence
 * (“…,” Adelson said during the interview in Macau.) — nothing else a new speaker could say.
 */
function onlyAttributionAfter(ctx: Context, seg: Segment): boolean {
  const { text } = ctx;
  const from = closeOf(seg) + 1;
  const end = ctx.paras[seg.para]!.end;
  const starts = ctx.sentences[seg.para]!.filter((s) => s.at > from && s.at < end);
  if (starts.length === 0) return true;
  return starts.length === 1 && !/\p{L}/u.test(text.slice(from, starts[0]!.at));
}

/** The sentence before offset `at` in paragraph `para`, or the last of the paragraph before. */
function previousSentence(ctx: Context, para: number, at: number): { span: Span; samePara: boolean } | null {
  const p = sentenceBefore(ctx, para, sentenceIndex(ctx.sentences[para]!, at));
  return p && { span: sentenceSpan(ctx, p.para, p.i), samePara: p.para === para };
}
