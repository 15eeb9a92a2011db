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

/**
 * For each token, the gazetteer features that fire on it: `category.part` with the BILOU
 * part of the token inside the longest matching phrase of that category.
 */
export function gazetteerMatches(gaz: Gazetteer, lower: readonly string[], tokens: readonly Token[]): string[][] {
  const out: string[][] = lower.map(() => []);
  // Category -> end of its last phrase: words inside a longer phrase get no shorter match.
  const coveredUntil = new Map<string, number>();
  for (let i = 0; i < lower.length; i++) {
    let key = '';
    const seen = new Set<string>();
    for (const [c, end] of coveredUntil) if (end > i) seen.add(c);
    const hits: Array<[number, string[]]> = [];
    for (let len = 1; len <= MAX_PHRASE && i + len <= lower.length; len++) {
      // Phrases never cross a line break.
      if (len > 1 && tokens[i + len - 1]!.line !== tokens[i]!.line) break;
      key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]}`;
      const cats = gaz.phrases.get(key);
      if (cats) hits.push([len, cats]);
      if (!gaz.prefixes.has(key)) break;
    }
    // Longest match first, so each category marks its longest phrase only.
    for (let h = hits.length - 1; h >= 0; h--) {
      const [len, cats] = hits[h]!;
      for (const c of cats) {
        if (seen.has(c)) continue;
        seen.add(c);
        coveredUntil.set(c, i + len);
        if (len === 1) out[i]!.push(`${c}.U`);
        else {
          out[i]!.push(`${c}.B`);
          for (let k = i + 1; k < i + len - 1; k++) out[k]!.push(`${c}.I`);
          out[i + len - 1]!.push(`${c}.L`);
        }
      }
    }
  }
  return out;
}
