/**
 * Builds the tagger's gazetteers from the lexicon of `compromise` (MIT licence, already a
 * devDependency): given names, surnames, countries, cities, regions, nationalities,
 * organizations, organization and place words, honorifics, months, weekdays, and the
 * common English words (whose capitalized use is usually sentence-initial, not a name).
 */
import nlp from 'compromise';

/** Gazetteer category -> compromise lexicon tags that feed it. */
const CATEGORIES: Record<string, string[]> = {
  first: ['FirstName', 'MaleName', 'FemaleName'],
  last: ['LastName'],
  person: ['Person'],
  country: ['Country'],
  city: ['City'],
  region: ['Region'],
  demonym: ['Demonym'],
  org: ['Organization'],
  team: ['SportsTeam'],
  honorific: ['Honorific'],
  month: ['Month'],
  weekday: ['WeekDay'],
};

/** Lexicon tags of ordinary vocabulary. */
const COMMON_TAGS = new Set([
  'PhrasalVerb', 'Gerund', 'PastTense', 'PresentTense', 'Plural', 'Infinitive', 'Adjective', 'Singular',
  'Actor', 'Comparative', 'Superlative', 'Uncountable', 'Participle', 'Noun', 'Adverb', 'Preposition',
  'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Reflexive', 'Possessive', 'QuestionWord', 'Verb',
  'Copula', 'Negative', 'Expression', 'TextValue', 'Cardinal', 'Ordinal', 'Unit', 'Duration',
]);

/** Returns category -> sorted, deduplicated lowercased phrases. */
export function buildGazetteerLists(): Record<string, string[]> {
  type Lexicon = Record<string, string | string[]>;
  const model = (nlp as unknown as { model(): { one: { lexicon: Lexicon; frozenLex?: Lexicon }; two: { orgWords?: object; placeWords?: object } } }).model();
  const lexicon: Record<string, string | string[]> = { ...model.one.lexicon, ...(model.one.frozenLex ?? {}) };
  const lists: Record<string, Set<string>> = {};
  const add = (cat: string, phrase: string) => (lists[cat] ??= new Set()).add(normalize(phrase));
  for (const [phrase, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    for (const [cat, sources] of Object.entries(CATEGORIES)) if (tags.some((t) => sources.includes(t))) add(cat, phrase);
    if (!phrase.includes(' ') && tags.some((t) => COMMON_TAGS.has(t))) add('common', phrase);
  }
  for (const w of Object.keys(model.two.orgWords ?? {})) add('orgword', w);
  for (const w of Object.keys(model.two.placeWords ?? {})) add('placeword', w);
  const out: Record<string, string[]> = {};
  for (const cat of Object.keys(lists).sort()) out[cat] = [...lists[cat]!].filter(Boolean).sort();
  return out;
}

/** Lowercases and spaces a phrase the way the tagger's tokenizer will split it. */
function normalize(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/([a-z])'s\b/g, "$1 's")
    .replace(/\s+/g, ' ')
    .trim();
}
