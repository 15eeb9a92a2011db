/**
 * Gazetteer lookup: which listed names (places, given names, organization words, ...) cover
 * each token. Lists are built by the training script and shipped inside the model file.
 */
import type { Token } from './tokenize.ts';

/** Longest phrase, in tokens, that the gazetteer tries to match. */
const MAX_PHRASE = 5;

export interface Gazetteer {
  /** Lowercased phrase (tokens joined by one space) -> category names. */
  phrases: Map<string, string[]>;
  /** Every proper prefix of a multi-word phrase, so matching stops early on a dead end. */
  prefixes: Set<string>;
}

/** Builds the lookup table from category -> phrases lists. */
export function buildGazetteer(lists: Record<string, readonly string[]>): Gazetteer {
  const phrases = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const [category, list] of Object.entries(lists)) {
    // Most phrases are in one category: they share one (never mutated) array.
    const only = [category];
    for (const phrase of list) {
      const key = phrase.toLowerCase();
      if (key.includes(' ')) for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes.add(key.slice(0, sp));
      const cats = phrases.get(key);
      if (!cats) phrases.set(key, only);
      else if (!cats.includes(category)) phrases.set(key, [...cats, category]);
    }
  }
  return { phrases, prefixes };
}

/** No gazetteer hits: shared by the many tokens no list knows (never mutated). */
const NO_HITS: readonly string[] = Object.freeze([]);

/**
 * For each token, the gazetteer features that fire on it: `category.part` with the BILOU
 * part of the token inside the longest matching phrase of that category.
 */
export function gazetteerMatches(gaz: Gazetteer, lower: readonly string[], tokens: readonly Token[]): ReadonlyArray<readonly string[]> {
  const out: Array<readonly string[]> = new Array<readonly string[]>(lower.length).fill(NO_HITS);
  const add = (k: number, feature: string) => {
    if (out[k] === NO_HITS) out[k] = [feature];
    else (out[k] as string[]).push(feature);
  };
  // Category -> end of its last phrase: words inside a longer phrase get no shorter match.
  const coveredUntil = new Map<string, number>();
  const byLength: Array<readonly string[] | undefined> = [];
  for (let i = 0; i < lower.length; i++) {
    // Longest match first, so each category marks its longest phrase only.
    for (let len = phrasesAt(gaz, lower, tokens, i, byLength); len >= 1; len--) {
      for (const c of byLength[len - 1] ?? NO_HITS) {
        if ((coveredUntil.get(c) ?? 0) > i) continue;
        coveredUntil.set(c, i + len);
        const part = partNames(c);
        if (len === 1) add(i, part.U);
        else {
          add(i, part.B);
          for (let k = i + 1; k < i + len - 1; k++) add(k, part.I);
          add(i + len - 1, part.L);
        }
      }
    }
  }
  return out;
}

/**
 * Looks up the phrases starting at token `i`: `byLength[len - 1]` gets the categories of the
 * one `len` tokens long (undefined: none). Returns how many lengths it looked at.
 */
function phrasesAt(gaz: Gazetteer, lower: readonly string[], tokens: readonly Token[], i: number, byLength: Array<readonly string[] | undefined>): number {
  let key = '';
  let len = 1;
  for (; len <= MAX_PHRASE && i + len <= lower.length; len++) {
    // Phrases never cross a line break.
    if (len > 1 && tokens[i + len - 1]!.line !== tokens[i]!.line) break;
    key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]}`;
    byLength[len - 1] = gaz.phrases.get(key);
    if (!gaz.prefixes.has(key)) return len;
  }
  return len - 1;
}

/** Feature names of a category's BILOU parts, built once per category. */
const PART_NAMES = new Map<string, Record<'B' | 'I' | 'L' | 'U', string>>();

function partNames(category: string): Record<'B' | 'I' | 'L' | 'U', string> {
  let names = PART_NAMES.get(category);
  if (!names) PART_NAMES.set(category, (names = { B: `${category}.B`, I: `${category}.I`, L: `${category}.L`, U: `${category}.U` }));
  return names;
}
