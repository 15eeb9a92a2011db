/**
 * Whether a source the story describes, not names ("officials", "a report highlighting …",
 * "the salad"), is a kind of thing that speaks: a person in some role, a group, an organization,
 * or a document or poll that "finds" and "shows". Decided by the description's head noun: one
 * PolNeAR's annotators took as a source's head at least twice in train (`source-heads.json`,
 * written by `npm run train:source-heads`), a person, role or organization noun of lib/quotes and
 * lib/entities, a kin or standing noun, a document, or an agent noun ("scientists", "farmers").
 * News names its sources nearly always; on other pages the tagger also reads "The chart shows"
 * and "the salad say to the carrot" as statements, and this is what tells them apart. label.ts
 * asks it of every description it would show as a quote's speaker or a statement's source.
 */
import heads from './source-heads.json' with { type: 'json' };
import { ORG_NOUNS, PERSON_NOUNS, PREPOSITIONS, STATEMENT_NOUNS } from './lexicon';
import { ROLE_NOUNS } from '../entities/roles';
import { singulars } from '../plural';
import { bare } from './text';

const LEARNED = new Set<string>(heads.heads);

const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** A quantity before "of": the head follows ("two of the security guards", "many of the delegates"). */
const QUANTITIES = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'some', 'many', 'most', 'all', 'both', 'each', 'none', 'few', 'several', 'half', 'dozens', 'hundreds', 'thousands', 'millions', 'majority', 'group', 'number', 'lot', 'team', 'panel', 'coalition', 'chorus', 'percent', 'share', 'raft', 'series', 'handful', 'couple', 'pair', 'host', 'wave']);

/**
 * The head word of a noun phrase as written, lower-cased: its last word before a comma, a
 * bracket, a relative word, a preposition or a participle ("research conducted in monkeys" →
 * "research", "A 2020 McKinsey report on the sector" → "report"), past a quantity before "of".
 * Empty when the phrase has no word.
 */
export function headOf(phrase: string): string {
  const words = phrase.split(/[,(]/u)[0]!.split(/\s+/u).filter((w) => bare(w) !== '' || /\p{L}/u.test(w));
  let head = '';
  for (let i = 0; i < words.length; i++) {
    const w = bare(words[i]!);
    const lowerCase = /^\p{Ll}/u.test(words[i]!);
    if (i > 0 && (RELATIVES.has(w) || (lowerCase && PREPOSITIONS.has(w)) || (lowerCase && /^\p{Ll}{2,}(?:ing|ed)$/u.test(w) && !isSpeakerNoun(w)))) {
      if (w === 'of' && QUANTITIES.has(head)) continue;
      break;
    }
    head = w;
  }
  return head;
}

/** People by kinship or standing, and the parties to a trial: news rarely annotates them as sources, but readers meet them. */
const PEOPLE = new Set(['dad', 'mom', 'mum', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'uncle', 'aunt', 'cousin', 'nephew', 'niece',
  'boyfriend', 'girlfriend', 'partner', 'fiance', 'fiancé', 'fiancée', 'neighbor', 'neighbour', 'child', 'children', 'kid', 'kids', 'teen', 'teenager',
  'girl', 'boy', 'academic', 'assistant', 'moderate', 'patient', 'victim', 'survivor', 'relative', 'relatives', 'family', 'crew', 'staff',
  'whistleblower', 'prosecution', 'defence', 'defense', 'plaintiff', 'plaintiffs', 'defendant', 'defendants']);

/** What a story cites as evidence or quotes as a document: "a study found", "the data show", "the timeline says". */
const EVIDENCE = new Set(['study', 'survey', 'poll', 'census', 'audit', 'review', 'analysis', 'research', 'data', 'finding', 'findings', 'figures',
  'statistics', 'record', 'records', 'document', 'documents', 'evidence', 'result', 'results', 'estimate', 'estimates', 'testimony', 'testimonies', 'article',
  'timeline', 'flyer', 'leaflet', 'notice', 'bulletin', 'announcement', 'guidance', 'guidelines', 'policy', 'resolution', 'initiative', 'invitation',
  'caption', 'obituary', 'slide', 'presentation', 'powerpoint']);

/**
 * Agent nouns that are people: "-ist" (scientist, meteorologist), "-ian" (historian), "-eer"
 * (engineer), "-ee" (employee) and plurals in "-ers" and "-ors" (farmers, firefighters,
 * collaborators, regulators); a singular "-er" or "-or" is as often a thing ("computer", "factor").
 */
const AGENT = /^\p{L}{3,}(?:ists?|ians?|eers?|ees|ers)$|^\p{L}{4,}(?:ee|ors)$/u;

/** A head that names a speaker's kind ("officials", "spokeswoman", "agency", "poll", "ex-staffer"). */
export function isSpeakerNoun(head: string): boolean {
  const word = head.replace(/^(?:ex|former|then|co|vice)-/u, '');
  if (AGENT.test(word) && !word.endsWith('ffee')) return true;
  return singulars(word).some((w) => LEARNED.has(w) || LEARNED.has(w + 's') || STATEMENT_NOUNS.has(w) || EVIDENCE.has(w) || PERSON_NOUNS.has(w) || ORG_NOUNS.has(w) || ROLE_NOUNS.has(w) || PEOPLE.has(w));
}

/**
 * Whether a source as the popup shows it may have said something: a name (its head in
 * capitals) always; a description when its head is a speaker's kind.
 */
export function mayHaveSpoken(source: string): boolean {
  const words = source.split(/[,(]/u)[0]!.trim().split(/\s+/u);
  const head = headOf(source);
  if (head === '') return false;
  const written = words.findLast((w) => bare(w) === head) ?? '';
  return /^\p{Lu}/u.test(written) || isSpeakerNoun(head);
}
