/**
 * Characters a page may hold inside words that nobody sees: soft hyphens (hyphenation points,
 * "Wash&shy;ington"), zero-width spaces, word joiners and stray byte-order marks. Left in,
 * they split a name in two for the reader of the text ("Bi\u200bden" is not "Biden"). The
 * story text drops them, and so does the page index that finds that text again.
 * (Zero-width joiners stay: emoji and some scripts need them.)
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;

/** `text` without invisible characters (the same string when it has none). */
export function withoutInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

/** Whether one character is invisible (see INVISIBLE). */
export const isInvisible = (c: string) => c === '\u00ad' || c === '\u200b' || c === '\u2060' || c === '\ufeff';
