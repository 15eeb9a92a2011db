/** Word-shape helpers: how a token looks, independent of which word it is. */

/** "Kenney" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx". */
export function wordShape(word: string): string {
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
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** Has at least one letter and all letters are lower case. */
export function isLowerWord(word: string): boolean {
  return word !== word.toUpperCase() && word === word.toLowerCase();
}
