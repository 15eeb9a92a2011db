/**
 * Tells names and scare-quoted words apart from speech. “Operation Safe City” and “Operation
 * Mega” are names in quotation marks; a quoted word or two (“deplorables”) is a scare quote;
 * neither is something a person said.
 */
import { NAMING_WORDS, TITLE_SMALL_WORDS } from './lexicon';
import { isSpeechVerb } from './speaker';
import { tokenize, wordCount } from './text';

const WORD_RE = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*/gu;

/** True when the quoted words read as a title or name: every content word capitalised. */
export function isTitleCase(inner: string): boolean {
  const words = inner.match(WORD_RE) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  if (/[.?!…]["”’']?\s*\S/u.test(inner.trim())) return false; // more than one sentence
  if (/[?!]\s*$/u.test(inner)) return false; // a question or exclamation is speech
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitals++;
    else if (!TITLE_SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  // A lone capitalised word is a name only when the quote is not a whole utterance.
  return capitals >= 1;
}

/** True when the word before the opening mark names rather than reports: "dubbed “…”". */
export function followsNamingWord(text: string, open: number): boolean {
  const before = text.slice(Math.max(0, open - 40), open);
  const m = before.match(/([\p{L}\-]+)[\s,]*(?:as\s+|the\s+|a\s+|an\s+)?$/u);
  // Lower case only: "a song “…”" names, "Dr. Paul Song “…”" is a person.
  return m ? m[1] === m[1]!.toLowerCase() && NAMING_WORDS.has(m[1]!) : false;
}

/**
 * Whether a quoted segment is a name or title rather than speech: “Operation Safe City”,
 * a film “Trainwreck”, a plan dubbed “Operation Mega”. `inner` is the text inside the
 * marks; `open` the offset of the opening mark in `text`.
 */
export function isQuotedName(text: string, inner: string, open: number, close = -1): boolean {
  if (isTitleCase(inner)) return true;
  if (close >= 0 && isBylinedTitle(text, open, close)) return true;
  return wordCount(inner) <= 5 && followsNamingWord(text, open);
}

const BYLINE_CHARS = 120;

/**
 * "—“The Living Room to close,” by Times’ Ben Sisario": a linked headline with its byline,
 * opening its line (not "“unprompted,” by Trump", a passive agent inside a sentence).
 */
function isBylinedTitle(text: string, open: number, close: number): boolean {
  // Only capitals, dashes and colons between the line's start and the mark: walk back over
  // them alone (not to the start of what may be a very long line).
  for (let i = open - 1; i >= 0 && text[i] !== '\n'; i--) if (!/[\s\p{Lu}\-—–:]/u.test(text[i]!)) return false;
  if (!/^[,.]?\s*by\s+(?:the\s+)?\p{Lu}/u.test(text.slice(close + 1, close + 40))) return false;
  // A byline reports nothing: “If it had not been” by the allies, Clinton said, “…” is speech.
  const lineEnd = text.indexOf('\n', close);
  // The byline's own words: a few dozen characters, not the rest of a long line.
  const rest = tokenize(text, close + 1, Math.min(lineEnd < 0 ? text.length : lineEnd, close + BYLINE_CHARS));
  return !rest.some((_, k) => isSpeechVerb(rest, k));
}

/**
 * A headline line: “Kasich: ‘We Are Going To Go All The Way To Cleveland.’” — short, and every
 * word but the small ones capitalised. A quote in it is the headline's, not reported speech
 * in the article (the story below reports it properly).
 */
export function isHeadlineLine(line: string): boolean {
  // Word by word, stopping at the 25th or the first lower-case word: a long paragraph holding
  // hundreds of quotes is asked once per quote, and must not be read whole each time.
  let words = 0;
  for (const m of line.matchAll(WORD_RE)) {
    if (++words > 24) return false;
    if (!/^[\p{Lu}\p{N}]/u.test(m[0]) && !TITLE_SMALL_WORDS.has(m[0].toLowerCase())) return false;
  }
  return words >= 4;
}

/**
 * Fewest words a quote must have. Shorter quoted bits are scare quotes or catchphrases
 * (“deplorables”, “strong leader”, “Lock her up!”) far more often than reported speech.
 */
export const MIN_QUOTE_WORDS = 4;

/** True when a passage of `words` words is too short to report as a quote. */
export const isScareQuote = (words: number): boolean => words < MIN_QUOTE_WORDS;
