/**
 * What the popup (and `npm run analyze`, and the copied citation) shows as a quote's speaker:
 * the entity the phrase was linked to, a name completed from the text, or a description that
 * means something on its own ("a senior official", "an internal document obtained by NBC").
 * Never a bare pronoun or a lone word ("he", "all", "magazine", "one"): nothing is better than
 * a line that cannot be true.
 */
import type { Entity } from '../../types';
import { DETERMINERS } from './lexicon';

/** Who a speaker phrase refers to: a display name and, when known, an entity. */
export interface Referent {
  name: string;
  entity: Entity | null;
  /** Where that name was last seen, to pick the nearest antecedent. */
  at: number;
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'i', 'me', 'we', 'us', 'they', 'them', 'it', 'its',
  'you', 'who', 'which', 'that', 'this', 'these', 'those', 'their', 'our', 'my', 'your', 'himself', 'herself', 'themselves', 'itself']);
/** Words that cannot head a description on their own ("all said", "one read", "others noted"). */
const EMPTY_HEADS = new Set(['all', 'both', 'one', 'ones', 'some', 'many', 'most', 'few', 'several', 'others', 'other',
  'each', 'none', 'any', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody', 'another']);
const MAX_DESCRIPTION_WORDS = 10;

/** The speaker label for a phrase `written` near the quote, given who it was resolved to. */
export function shownSpeaker(written: string, referent: Referent | null): string | null {
  if (referent?.entity) return referent.entity.name;
  if (referent && looksLikeName(referent.name)) return referent.name;
  return description(written);
}

/** A name: some capitalised word that is not a pronoun or a determiner ("The", "Our"). */
function looksLikeName(name: string): boolean {
  return name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !PRONOUNS.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()));
}

/**
 * The phrase as written when it describes someone: at least two words with a head that is not
 * a pronoun or quantifier, cut before a relative clause, at most ten words. Otherwise null.
 */
function description(written: string): string | null {
  const phrase = written.replace(/\s+/g, ' ').trim().split(/,|\s(?:who|which|whose)\s|\s\(/u)[0]!.trim();
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_DESCRIPTION_WORDS) return null;
  const head = words[words.length - 1]!.toLowerCase().replace(/[’']s?$/u, '');
  if (PRONOUNS.has(head) || EMPTY_HEADS.has(head) || DETERMINERS.has(head)) return null;
  if (words.length === 1) return looksLikeName(phrase) ? phrase : null;
  return phrase;
}
