/**
 * Small text helpers shared by the quote modules: paragraphs and word tokens with offsets.
 */
import type { Span } from '../../types';
import { ABBREVIATIONS } from './lexicon';
import { countLeading } from '../sorted';

/** A word or punctuation token with its offsets in the article text. */
export interface Token extends Span {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
}

/**
 * Paragraph spans: maximal runs of text without a line break. Articles are joined with
 * "\n\n", but some sources use single newlines between paragraphs; both split.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

// Words keep inner apostrophes, hyphens and dots ("O’Neill", "U.S.", "D-Wis.") and a plural
// possessive's apostrophe ("Sanders’"); any other
// non-space character is a token of its own.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?\.?|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text[start, end)`, with a sentence-final period split off its word. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const s = start + m.index;
    let word = m[0];
    if (word.length > 1 && word.endsWith('.') && !keepsPeriod(word)) {
      word = word.slice(0, -1);
      out.push(token(word, s));
      out.push(token('.', s + word.length));
      continue;
    }
    out.push(token(word, s));
  }
  return out;
}

/**
 * The tokens `tokenize(text, start, end)` gives, taken from `all` (the whole text's tokens,
 * in order) instead of reading the text again: a quote's attribution windows overlap, and
 * re-tokenizing each one cost more than everything else on a page of hundreds of quotes.
 * Only a token cut by an edge of the window is tokenized again, from the cut.
 */
export function tokensBetween(text: string, all: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = countLeading(all, (t) => t.end <= start);
  if (i < all.length && all[i]!.start < start) out.push(...tokenize(text, start, Math.min(end, all[i++]!.end)));
  for (; i < all.length && all[i]!.end <= end; i++) out.push(all[i]!);
  if (i < all.length && all[i]!.start < end && all[i]!.start >= start) out.push(...tokenize(text, all[i]!.start, end));
  return out;
}

function token(text: string, start: number): Token {
  return { text, start, end: start + text.length, lower: text.toLowerCase() };
}

/** True when a word written with a final period is an abbreviation or an initial. */
export function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return true; // initial: "George W. Bush"
  if (bare.includes('.')) return true; // "U.S.", "Ph.D."
  if (/^[RDI]-\p{Lu}\p{L}{0,4}$/u.test(bare)) return true; // a party label: "R-Ky.", "D-Wis."
  const lower = bare.toLowerCase();
  // "No." and "Wash." are abbreviations, "no." and "wash." are words ending a sentence.
  return ABBREVIATIONS.has(lower) && (isCapitalized(bare) || LOWER_CASE_ABBREVIATIONS.has(lower));
}

const LOWER_CASE_ABBREVIATIONS = new Set(['vs', 'v', 'etc', 'approx', 'est', 'fig']);

/** A word lower-cased, without a contraction or possessive ending ("I’ve" → "i", "HERE'S" → "here") or the punctuation around it. */
export const bare = (word: string): string => word.toLowerCase().replace(/[’'](?:ve|m|re|ll|d|s)$|n[’']t$|[’']$/u, '').replace(/^\p{P}+|\p{P}+$/gu, '');

/**
 * Whether the word at `at` opens a sentence: the text's start, a line break, or a sentence's end
 * (".", "?", "!", perhaps a closing mark or bracket) and a space before it.
 */
export const opensSentenceAt = (text: string, at: number): boolean => at === 0 || /(?:[.!?]["”’)]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 12), at));

/** Starts with an upper-case letter (or a digit-free name-like shape). */
export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Is a word (letters or digits), not punctuation. */
export const isWord = (word: string): boolean => /^[\p{L}\p{N}]/u.test(word);

/** Counts the words in a piece of text. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
