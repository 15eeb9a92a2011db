/**
 * Characters a page may hold inside words that nobody sees: soft hyphens (hyphenation points,
 * "Wash&shy;ington"), zero-width spaces, word joiners and stray byte-order marks. Left in,
 * they split a name in two for the reader of the text ("Bi\u200bden" is not "Biden"). The
 * story text drops them, and so does the page index that finds that text again.
 * (Zero-width joiners stay: emoji and some scripts need them.)
 */
const INVISIBLE_CHARS = '\u00ad\u200b\u2060\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/** `text` without invisible characters (the same string when it has none). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Whether one character is invisible. */
export const isInvisible = (c: string) => INVISIBLE_CHARS.includes(c);
