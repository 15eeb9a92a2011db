/**
 * A text prepared for tagging: word tokens per paragraph (lib/quotes' tokenizer), sentence
 * boundaries, and whether each token is inside quotation marks.
 */
import type { Span } from '../../types';
import { paragraphs, tokenize, type Token } from '../quotes/text';

/** Where a token stands relative to quotation marks. */
export type QuoteState = 'out' | 'open' | 'in' | 'close';

export interface Prepared {
  text: string;
  paras: Span[];
  /** Tokens of each paragraph. */
  tokens: Token[][];
  /** Per paragraph, per token: quotation-mark state. */
  quote: QuoteState[][];
  /** Per paragraph, per token: index of the sentence within the paragraph. */
  sentence: number[][];
  /** For the text read backwards: the text read forwards. */
  forward?: Prepared;
}

/** Whether token `i` opens its sentence (`sentence`: a paragraph's sentence numbers). */
export const opensSentence = (sentence: readonly number[], i: number): boolean => i <= 0 || sentence[i - 1] !== sentence[i];

/** The first token of the sentence holding token `i` (`sentence`: a paragraph's sentence numbers). */
export function sentenceStartOf(sentence: readonly number[], i: number): number {
  let start = i;
  while (!opensSentence(sentence, start)) start--;
  return start;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const SENTENCE_END = new Set(['.', '?', '!']);

/** Whether tokens i and i + 1 are two apostrophes written as one straight double mark (''), as some newspapers quote. */
function twoApostrophes(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return !!a && !!b && a.text === "'" && b.text === "'" && a.end === b.start;
}

/**
 * Whether the opening mark at token i stands where a closing one goes: glued to the word before
 * it and not to the one after ("the “very, very beautiful“ actress": a “ typed for ”).
 */
function closesLikeCloser(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!prev && prev.end === tokens[i]!.start && (!next || next.start > tokens[i]!.end);
}

/** Quotation-mark state of each token: “ opens, ” closes, a straight " (or '') toggles; a “ typed for ” closes. */
export function quoteStates(tokens: readonly Token[]): QuoteState[] {
  let inside = false;
  const out: QuoteState[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.text;
    const pair = twoApostrophes(tokens, i);
    if (inside && s === '“' && closesLikeCloser(tokens, i)) {
      inside = false;
      out.push('close');
    } else if (OPENERS.has(s) || ((s === '"' || pair) && !inside)) {
      inside = true;
      out.push('open');
      if (pair) {
        out.push('open');
        i++;
      }
    } else if (CLOSERS.has(s) || ((s === '"' || pair) && inside)) {
      const was = inside;
      inside = false;
      out.push(was ? 'close' : 'out');
      if (pair) {
        out.push(was ? 'close' : 'out');
        i++;
      }
    } else out.push(inside ? 'in' : 'out');
  }
  return out;
}

/**
 * Sentence index per token: a sentence ends after . ? or ! (and the closing marks right after)
 * when the next word is capitalised or opens a quote.
 */
export function sentenceIndex(tokens: readonly Token[], states: readonly QuoteState[] = quoteStates(tokens)): number[] {
  const out: number[] = [];
  let s = 0;
  const closes = (k: number) => states[k] === 'close';
  for (let i = 0; i < tokens.length; i++) {
    out.push(s);
    const t = tokens[i]!.text;
    const next = tokens[i + 1];
    if (!next) break;
    // The closing marks after the end of a sentence belong to it.
    if ((closes(i + 1) || next.text === ')') && (SENTENCE_END.has(t) || closes(i))) continue;
    let k = i;
    while (k > 0 && closes(k)) k--;
    const ends = SENTENCE_END.has(tokens[k]!.text);
    if (ends && (/^[\p{Lu}\d]/u.test(next.text) || states[i + 1] === 'open')) s++;
  }
  return out;
}

export function prepare(text: string): Prepared {
  const paras = paragraphs(text);
  const tokens = paras.map((p) => tokenize(text, p.start, p.end));
  const quote = tokens.map(quoteStates);
  return { text, paras, tokens, quote, sentence: tokens.map((t, p) => sentenceIndex(t, quote[p])) };
}

const MIRROR: Record<QuoteState, QuoteState> = { out: 'out', open: 'close', in: 'in', close: 'open' };

/**
 * The text read backwards, paragraph by paragraph: the backward tagger sees a sentence's
 * attribution (", officials said.") before the statement it closes.
 */
export function reversed(doc: Prepared): Prepared {
  return {
    text: doc.text,
    paras: doc.paras,
    forward: doc,
    tokens: doc.tokens.map((t) => t.slice().reverse()),
    quote: doc.quote.map((q) => backwards(q, (s) => MIRROR[s])),
    sentence: doc.sentence.map((s) => {
      const last = s[s.length - 1] ?? 0;
      return backwards(s, (x) => last - x);
    }),
  };
}

/**
 * A list read backwards, each item mapped, built by push like the forward lists: `map` makes
 * "holey" arrays, and the tagger's code, optimised for one kind, was thrown away and rebuilt
 * each time the other came by (four times an eval pass).
 */
function backwards<T, U>(list: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (let i = list.length - 1; i >= 0; i--) out.push(f(list[i]!));
  return out;
}
