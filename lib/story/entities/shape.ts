/**
 * Word-shape helpers: how a token looks, independent of which word it is. Each runs on every
 * token of a story, so ASCII words (most of them) are read by character code, without the
 * case-mapped copies the general Unicode definition needs.
 */

/** Character-code classes of ASCII. */
const UPPER = 0;
const LOWER = 1;
const DIGIT = 2;
const OTHER = 3;

function asciiClass(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

/** Whether every character of `word` is ASCII. */
function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return false;
  return true;
}

/** "Kenney" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx". */
export function wordShape(word: string): string {
  if (!isAscii(word)) return unicodeShape(word);
  let out = '';
  let last = -1;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    const cls = asciiClass(code);
    // Letters and digits collapse by class; any other character stands for itself.
    const key = cls === OTHER ? 256 + code : cls;
    if (key !== last) out += cls === UPPER ? 'X' : cls === LOWER ? 'x' : cls === DIGIT ? 'd' : word[k];
    last = key;
  }
  // The common shapes as constants: one string per shape, not one per token, for the tagger's lookups.
  return COMMON_SHAPES.get(out) ?? out;
}

const COMMON_SHAPES = new Map(['x', 'Xx', 'X', 'd', 'XxXx', 'x-x', 'Xx-Xx', 'X.X.', 'd.d', 'd,d'].map((shape) => [shape, shape]));

function unicodeShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** Has letters and none of them is lower case ("ICE", "U.S."). */
export function isAllCaps(word: string): boolean {
  if (!isAscii(word)) return word !== word.toLowerCase() && word === word.toUpperCase();
  return hasAscii(word, UPPER) && !hasAscii(word, LOWER);
}

/** Has at least one letter and all letters are lower case. */
export function isLowerWord(word: string): boolean {
  if (!isAscii(word)) return word !== word.toUpperCase() && word === word.toLowerCase();
  return hasAscii(word, LOWER) && !hasAscii(word, UPPER);
}

const LETTER_RE = /\p{L}/u;

/** Has at least one letter, in any script. */
export function hasLetter(word: string): boolean {
  if (!isAscii(word)) return LETTER_RE.test(word);
  return hasAscii(word, UPPER) || hasAscii(word, LOWER);
}

function hasAscii(word: string, cls: number): boolean {
  for (let k = 0; k < word.length; k++) if (asciiClass(word.charCodeAt(k)) === cls) return true;
  return false;
}
