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
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const SENTENCE_END = new Set(['.', '?', '!']);

/** Quotation-mark state of each token: “ opens, ” closes, a straight " toggles. */
export function quoteStates(tokens: readonly Token[]): QuoteState[] {
  let inside = false;
  return tokens.map((t) => {
    const s = t.text;
    if (OPENERS.has(s) || (s === '"' && !inside)) {
      inside = true;
      return 'open';
    }
    if (CLOSERS.has(s) || (s === '"' && inside)) {
      const was = inside;
      inside = false;
      return was ? 'close' : 'out';
    }
    return inside ? 'in' : 'out';
  });
}

/**
 * Sentence index per token: a sentence ends after . ? or ! (and a closing mark right after)
 * when the next word is capitalised or opens a quote.
 */
export function sentenceIndex(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    out.push(s);
    const t = tokens[i]!.text;
    const next = tokens[i + 1];
    if (!next) break;
    if (CLOSERS.has(next.text) || next.text === '"' || next.text === ')') {
      if (SENTENCE_END.has(t)) continue; // the closing mark ends it
    }
    const ends = SENTENCE_END.has(t) || ((CLOSERS.has(t) || t === '"') && SENTENCE_END.has(tokens[i - 1]?.text ?? ''));
    if (ends && /^[\p{Lu}\d“"‘«]/u.test(next.text)) s++;
  }
  return out;
}

export function prepare(text: string): Prepared {
  const paras = paragraphs(text);
  const tokens = paras.map((p) => tokenize(text, p.start, p.end));
  return { text, paras, tokens, quote: tokens.map(quoteStates), sentence: tokens.map(sentenceIndex) };
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
    tokens: doc.tokens.map((t) => t.slice().reverse()),
    quote: doc.quote.map((q) => q.map((s) => MIRROR[s]).reverse()),
    sentence: doc.sentence.map((s) => {
      const last = s[s.length - 1] ?? 0;
      return s.map((x) => last - x).reverse();
    }),
  };
}
