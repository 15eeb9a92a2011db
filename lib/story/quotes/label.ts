/**
 * What the popup (and `npm run analyze`, and the copied citation) shows as a quote's speaker:
 * the entity the phrase was linked to, a name completed from the text, or a description that
 * means something on its own ("a senior official", "an internal document obtained by NBC").
 * Never a bare pronoun or a lone word ("he", "all", "magazine", "one"): nothing is better than
 * a line that cannot be true.
 */
import type { Entity } from '../../types';
import { DETERMINERS, isLyAdverb, PERSON_NOUNS, PREPOSITIONS, TIME_WORDS } from './lexicon';
import { singulars } from '../plural';
import { bare } from './text';
import { mayHaveSpoken } from './source-heads';

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
/**
 * Words the tagger takes into a source at its edges that say nothing of who it is: adverbs,
 * conjunctions, interjections ("However FoodCorp", "DeSantis even", "Here", "Ugh"). They are
 * cut off; a phrase of nothing else names no one.
 */
const EDGE_WORDS = new Set(['and', 'but', 'or', 'so', 'however', 'nevertheless', 'meanwhile', 'also', 'even', 'then', 'now',
  'still', 'yet', 'just', 'here', 'there', 'why', 'how', 'what', 'when', 'where', 'ugh', 'oh', 'well', 'yes', 'indeed',
  'instead', 'thus', 'therefore', 'less', 'longer', 'ago', 'today', 'yesterday', 'tomorrow', 'again', 'too', 'repeat', 'perhaps']);
/** The writer and the reader ("I’ve", "You’ve been", "our members"): the story's own voice, no source. */
const FIRST_AND_SECOND_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);
/**
 * A phrase opening or ending with one of these (in lower case: "May", "Will" may be names) is a
 * clause or a question, not a source ("did one DNA strand", "who attended the scene").
 */
const AUXILIARIES_AND_RELATIVES = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'who', 'whom', 'whose', 'which', 'that', 'to']);

/** Modal verbs that are also names or months when capitalised. */
const MODAL_NAMES = new Set(['may', 'will', 'can', 'must', 'might']);
/**
 * Reporting verbs the tagger sometimes takes into the source ("Two Turkish security sources
 * told"): only forms that are no nouns (SPEECH_VERBS also holds "report", "note", "statement"-like
 * words that end real sources: "The report").
 */
const SPEECH_WORDS = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote']);

/** An edge word, or an adverb: a lower-case word in -ly ("Anyone falsely"; capitalised, "Donnelly" is a name). */
const isEdgeWord = (word: string) => {
  const w = bare(word);
  return EDGE_WORDS.has(w) || (isLyAdverb(w) && /^\P{Lu}*$/u.test(word));
};

/**
 * A clause, not a description: a name, then a verb in the past and its object ("Hachette
 * acquired Allen’s memoir", "Republicans pilloried the Obama administration"). A description
 * opens with a determiner ("A poll released on Monday") or has no object after the verb
 * ("Democrats opposed to the bill").
 */
function namesThenVerb(words: readonly string[]): boolean {
  let i = 0;
  while (i < words.length && /^\p{Lu}/u.test(words[i]!) && !DETERMINERS.has(bare(words[i]!))) i++;
  const verb = words[i];
  const next = words[i + 1];
  return i > 0 && verb !== undefined && next !== undefined && /^\p{Ll}+ed$/u.test(verb) &&
    (DETERMINERS.has(bare(next)) || /^\p{Lu}/u.test(next));
}

/**
 * The words of a phrase that may name a source: edge words cut off, none if it speaks as the
 * writer or reader or reads as a clause.
 */
function sourceWords(phrase: string): string[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  while (words.length && isEdgeWord(words[0]!)) words.shift();
  while (words.length && (isEdgeWord(words[words.length - 1]!) || SPEECH_WORDS.has(words[words.length - 1]!))) words.pop();
  // A phrase that opens with a preposition is a place or a time ("In Clon Casey's Bar"), not who spoke.
  if (words.length && PREPOSITIONS.has(bare(words[0]!))) return [];
  // "US" in capitals is the country; a headline in capitals is no source either.
  if (words.some((w) => FIRST_AND_SECOND_PERSON.has(bare(w)) && (w === 'I' || !/^\p{Lu}{2}/u.test(w)))) return [];
  if (words.length >= 3 && words.every((w) => !/\p{Ll}/u.test(w))) return [];
  const clause = (w: string | undefined) => w !== undefined && AUXILIARIES_AND_RELATIVES.has(bare(w)) && (!/^\p{Lu}/u.test(w) || !MODAL_NAMES.has(bare(w)));
  if (clause(words[0]) || clause(words[words.length - 1])) return [];
  // A lone day, month or time of day ("Wednesday", "January", "August"); "May" may be a name.
  if (words.length === 1 && TIME_WORDS.has(bare(words[0]!)) && !MODAL_NAMES.has(bare(words[0]!))) return [];
  if (namesThenVerb(words)) return [];
  return words;
}

/** The speaker label for a phrase `written` near the quote, given who it was resolved to. */
export function shownSpeaker(written: string, referent: Referent | null): string | null {
  if (referent?.entity) return referent.entity.name;
  if (referent && looksLikeName(referent.name)) return sourceWords(referent.name).join(' ');
  return description(written);
}

/** A name: some capitalised word that is not a pronoun or a determiner ("The", "Our"), nor an edge word ("Here", "Ugh") or a lone letter. */
function looksLikeName(name: string): boolean {
  const words = sourceWords(name);
  if (words.length === 1 && (bare(words[0]!).length < 2 || EMPTY_HEADS.has(bare(words[0]!)))) return false;
  return words.some((w) => /^\p{Lu}/u.test(w) && !PRONOUNS.has(bare(w)) && !DETERMINERS.has(bare(w)));
}

/**
 * The phrase as written when it describes someone: at least two words with a head that is not
 * a pronoun or quantifier, cut before a relative clause, at most ten words. Otherwise null.
 */
function description(written: string): string | null {
  const words = sourceWords(written.replace(/\s+/g, ' ').trim().split(/,|\s(?:who|which|whose)\s|\s\(/u)[0]!.trim());
  const phrase = words.join(' ');
  if (words.length === 0 || words.length > MAX_DESCRIPTION_WORDS) return null;
  const head = bare(words[words.length - 1]!);
  if (PRONOUNS.has(head) || EMPTY_HEADS.has(head) || DETERMINERS.has(head)) return null;
  if (words.length === 1) return looksLikeName(phrase) || isPeople(phrase) ? phrase : null;
  // "The chart shows", "the salad say to the carrot": a description of something that does not speak.
  return mayHaveSpoken(phrase) ? phrase : null;
}

/** A lone plural of a person's role in lower case: "experts", "officials", "critics" say who spoke, as the story does. */
const isPeople = (word: string) => /^\p{Ll}+s$/u.test(word) && singulars(word).some((w) => w !== word && PERSON_NOUNS.has(w));
