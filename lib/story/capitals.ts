/**
 * One word written in capitals as running text writes it: "WALLACE" → "Wallace" (a transcript's
 * speaker label, a dateline). Any other word comes back as it is. Shared by the name recognizer's
 * grouping and the speaker resolution, so both read a label in capitals the same way.
 */
export function capitalsAsWritten(word: string): string {
  return /^\p{Lu}[\p{Lu}’'-]+$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}
