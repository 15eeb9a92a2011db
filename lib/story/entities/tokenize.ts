/**
 * Offset-exact tokenizer for news text. Splits the way the CoNLL-2003 annotators did
 * (punctuation apart, "Germany's" -> "Germany" + "'s", hyphenated words and initialisms
 * like "U.S." kept whole) so that the tagger sees the tokens it was trained on.
 */

// Short words that take a period without ending the sentence ("Mr.", "St.", "Calif."): one list
// shared with the quote finder.
import { ABBREVIATIONS } from '../abbreviations.ts';

export interface Token {
  /** The token exactly as in the text: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** True for the first token of a sentence (or of a line). */
  sentenceStart: boolean;
  /** Index of the line (split on "\n") the token is on; headlines/bylines are their own lines. */
  line: number;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s"'<>()]+[^\s"'<>().,;:!?]`, // addresses
    String.raw`(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}.]))?`, // initialisms: U.S., U.N., a.m.
    String.raw`(?<!\p{L})\p{Lu}\.(?=[ \t]*[\p{Lu}-])`, // a name's initial: "J. Ratcliffe"
    String.raw`\d+(?:[.,:/-]\d+)*(?:\p{L}+)?`, // numbers, dates, 1996-08-22, 4th
    String.raw`[\p{L}\p{M}\d]+(?:[-'’&.@_][\p{L}\p{M}\d]+)*`, // words, hyphenated, O'Neill, AT&T
    String.raw`[^\s]`, // any other single character
  ].join('|'),
  'gu',
);

/** Clitics the annotators split off a word: "Germany's", "don't", "they're". */
const CLITIC_RE = /(?:['’](?:s|S|re|RE|ll|LL|ve|VE|d|D|m|M)|n['’]t|N['’]T)$/;
const APOSTROPHE_RE = /['’]/;

/** '.', '!' or '?': the first character of a sentence end (a cheap test before the regex). */
function isSentenceMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/**
 * Splits `text` into tokens whose `start`/`end` index into `text` (end exclusive), and
 * marks sentence starts. Never drops or rewrites characters other than whitespace.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lastEnd = 0;
  let atLineStart = true;
  let afterSentenceEnd = false;
  const push = (start: number, end: number) => {
    // Count newlines between tokens so each token knows its line.
    for (let k = lastEnd; k < start; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        atLineStart = true;
      }
    }
    const t = text.slice(start, end);
    // A closing quote or bracket right after "." still belongs to the sentence it closes.
    const closer = afterSentenceEnd && !atLineStart && start === lastEnd && /^["”’')\]]$/.test(t);
    tokens.push({ text: t, start, end, sentenceStart: atLineStart || (afterSentenceEnd && !closer), line });
    lastEnd = end;
    atLineStart = false;
    afterSentenceEnd = closer || (isSentenceMark(t.charCodeAt(0)) && /^[.!?]+$/.test(t));
  };
  const re = new RegExp(TOKEN_RE.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let word = m[0];
    // An abbreviation keeps its period: "Mr." "St." "Calif."
    if (text.charCodeAt(start + word.length) === 46 && /^\p{L}+$/u.test(word) && ABBREVIATIONS.has(word.toLowerCase())) {
      re.lastIndex++;
      word += '.';
    }
    // Every clitic has an apostrophe: most words need no regex scan.
    const clitic = word.length > 2 && APOSTROPHE_RE.test(word) ? CLITIC_RE.exec(word) : null;
    if (clitic && clitic.index > 0) {
      push(start, start + clitic.index);
      start += clitic.index;
      word = clitic[0];
    }
    push(start, start + word.length);
  }
  return tokens;
}

/** Groups tokens into sentences (arrays of token indices' ranges [from, to)). */
export function sentenceRanges(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentenceStart) {
      if (i > from) ranges.push([from, i]);
      from = i;
    }
  }
  return ranges;
}
