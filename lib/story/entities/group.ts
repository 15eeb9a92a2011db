/**
 * Groups mentions into entities for the popup: one entry per real-world entity, with its
 * aliases, its role, one type, and every mention for highlighting.
 */
import type { Entity, EntityMention, EntityType, Span } from '../../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { fullGivenNames, isAliasOf, looksLikeAcronym, nameWords, normalizeName, withoutTitle } from './aliases.ts';
import { capitalsAsWritten } from '../capitals.ts';
import { commonTermAcronyms, isNotAName, tidyMention } from './not-names.ts';
import { isAcronymOf } from './rules.ts';
import { rolesFor } from './roles.ts';
import { fixedFormType } from './name-kinds.ts';
import { hasInstitutionStaff, isAlwaysCounted, isHashtag, isInterjection, isNamedAsCompany, isPostedOn, isPublishedIn, isSpeakingBody, isWorkplace, isWrittenAsPlace, leadsAnAdministration, usesAsService } from './context-cues.ts';

interface Cluster {
  names: Map<string, number>; // normalized form -> count
  /** Type votes: each mention votes by its number of words (a full name is surer than a surname). */
  votes: Map<EntityType, number>;
  mentions: EntityMention[];
  type: EntityType;
}

/** "Name (ACR)" pairs written in the text: the acronym and the name it abbreviates. */
function definedAcronyms(text: string, mentions: readonly EntityMention[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const m of mentions) {
    const after = /^\s*\(\s*([^()\s]{2,10})\s*\)/u.exec(text.slice(m.end, m.end + 16));
    if (after && looksLikeAcronym(after[1]!) && isAcronymOf(after[1]!, m.text)) pairs.set(after[1]!, normalizeName(m.text));
  }
  return pairs;
}

/** Prefers mixed case over all capitals: "Washington" rather than "WASHINGTON". */
const caseRank = (s: string) => (s === s.toUpperCase() && s.length > 4 ? 1 : 0);
/** Prefers a bare name over one led by a title: "James Clyburn" rather than "Congressman Clyburn". */
const titleRank = (s: string) => (withoutTitle(s) !== s ? 1 : 0);

const fuller = (a: string, b: string) => nameWords(a).length - nameWords(b).length || a.length - b.length;

/**
 * Lookup tables over the clusters, so each mention finds its cluster in about constant
 * time: comparing every name with every cluster made a 2,000-name open letter take seconds.
 */
class ClusterIndex {
  readonly clusters: Cluster[] = [];
  private readonly byName = new Map<string, Cluster>();
  private readonly byFolded = new Map<string, Set<Cluster>>();
  /** Last word of every multi-word form -> the clusters holding it. */
  private readonly byLastWord = new Map<string, Set<Cluster>>();
  /** First word of every multi-word form -> the clusters holding it. */
  private readonly byFirstWord = new Map<string, Set<Cluster>>();
  /** Initial of every form -> clusters (acronym candidates). */
  private readonly byInitial = new Map<string, Set<Cluster>>();

  add(c: Cluster): void {
    this.clusters.push(c);
    for (const name of c.names.keys()) this.indexName(c, name);
  }

  addName(c: Cluster, name: string): void {
    if (!c.names.has(name)) {
      c.names.set(name, 0);
      this.indexName(c, name);
    }
    c.names.set(name, c.names.get(name)! + 1);
  }

  private indexName(c: Cluster, name: string): void {
    if (!this.byName.has(name)) this.byName.set(name, c);
    push(this.byFolded, name.toLowerCase(), c);
    const words = nameWords(withoutTitle(name));
    if (words.length > 1) {
      push(this.byFirstWord, words[0]!, c);
      push(this.byLastWord, words[words.length - 1]!, c);
    }
    // "AP" for "The Associated Press": initials are read after a leading "The".
    const initial = name.replace(/^the\s+/iu, '').match(/\p{Lu}/u)?.[0];
    if (initial) push(this.byInitial, initial, c);
  }

  exact(name: string): Cluster | undefined {
    return this.byName.get(name);
  }

  /** "WASHINGTON" in a dateline or headline is "Washington" in the text. */
  caseVariant(name: string): Cluster | undefined {
    if (looksLikeAcronym(name) && !/^\p{Lu}{5,}$/u.test(name)) return undefined; // "US" is not "Us"
    const folded = name.toLowerCase();
    return [...this.byFolded.get(folded) ?? []].find((c) => [...c.names.keys()].some((n) => n.toLowerCase() === folded && (n === n.toUpperCase() || name === name.toUpperCase())));
  }

  /**
   * Clusters that might hold a longer form of `name`: by its last word (a surname, a
   * team's nickname), a single word also by first word ("Bill" for "Bill Clinton"), a
   * non-person also by its first word ("NBC" for "NBC News"), an acronym by its initial.
   */
  candidates(name: string, type: EntityType): Cluster[] {
    const words = nameWords(withoutTitle(name));
    const out = new Set<Cluster>();
    // A word shared by very many names ("Corp", "News") tells little: look at a bounded
    // number of them, so that a page of thousands of such names costs linear time.
    const add = (set: Set<Cluster> | undefined) => {
      let taken = 0;
      for (const c of set ?? []) {
        if (taken++ >= MAX_CANDIDATES_PER_WORD) break;
        out.add(c);
      }
    };
    add(this.byLastWord.get(words[words.length - 1] ?? ''));
    if (words.length === 1 || type !== 'PER') add(this.byFirstWord.get(words[0] ?? ''));
    if (looksLikeAcronym(name)) add(this.byInitial.get(name.match(/\p{Lu}/u)?.[0] ?? ''));
    return [...out];
  }
}

const MAX_CANDIDATES_PER_WORD = 24;

function push<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export interface GroupOptions {
  /** The model's gazetteer: its place, organization and person lists vote on the type. */
  gazetteer?: Gazetteer;
}

/**
 * Merges the mentions of `text` into entities: "Kenney" joins "Jim Kenney", "Mr Kenney"
 * too, "ICE" joins "U.S. Immigrations and Customs Enforcement" (given as "Name (ACR)" or by
 * its initials), "NBC" joins "NBC News". Each entity gets one type (a vote over its
 * mentions and the gazetteer, not its last mention), its fullest name, other forms as
 * aliases, the role the text gives (people only), mention count, first offset and all
 * mention spans. Demonyms, party adjectives, religions and languages are not listed.
 * Sorted by count (descending), then first position.
 */
export function groupEntities(text: string, found: readonly EntityMention[], options: GroupOptions = {}): Entity[] {
  const spelledOut = commonTermAcronyms(text);
  const mentions = splitConjoined(found.map(tidyMention).filter((m): m is EntityMention => m !== null && !spelledOut.has(m.text.replace(/(?<=\p{Lu})s$/u, ''))));
  const acronyms = definedAcronyms(text, mentions);
  // Longest names first, so that short forms find the full name they stand for.
  const keyed = mentions.map((m) => {
    const name = normalizeName(m.text);
    const bare = withoutTitle(name);
    return { m, name, bareWords: nameWords(bare).length, words: nameWords(name).length };
  });
  // Titles do not make a name fuller: "James Clyburn" comes before "Congressman Clyburn".
  keyed.sort((a, b) => b.bareWords - a.bareWords || b.words - a.words || b.name.length - a.name.length || a.m.start - b.m.start);
  const index = new ClusterIndex();
  for (const { m, name, bareWords } of keyed) {
    if (!name) continue;
    const target = findCluster(index, name, m, acronyms, options.gazetteer);
    const weight = Math.max(1, bareWords);
    if (target) {
      const type = weight === 1 ? oneWordVote(name, m.type, target, options.gazetteer) : m.type;
      target.mentions.push(m);
      index.addName(target, name);
      target.votes.set(type, (target.votes.get(type) ?? 0) + weight);
    } else {
      index.add({ names: new Map([[name, 1]]), votes: new Map([[m.type, weight]]), mentions: [m], type: m.type });
    }
  }
  for (const c of index.clusters) {
    c.type = decideType(text, c, options.gazetteer);
    if (c.type === 'PER' && looksLikeNoPerson(text, c, options.gazetteer)) c.type = 'ORG';
  }
  const kinds = kindsOfThings(index.clusters, options.gazetteer);
  const kept = index.clusters.filter((c) => !isListedAsNoName(c, options.gazetteer) && !kinds.has(c) && !isInterjection(text, c.mentions));
  const personMentions = kept.filter((c) => c.type === 'PER').flatMap((c) => c.mentions);
  const roles = rolesFor(text, personMentions, mentions);
  const entities = kept.map((c) => toEntity(c, roles));
  entities.sort((a, b) => b.count - a.count || a.firstIndex - b.firstIndex);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/**
 * "Chennai Super Kings and Sunrisers Hyderabad", "Apple Pay and Google Pay": two names the
 * tagger read as one. Split where the text also names each half on its own; a name with "and"
 * inside it ("Centers for Disease Control and Prevention", "University and College Union")
 * has no half that stands alone.
 */
function splitConjoined(mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => m.text.includes(' and '))) return [...mentions];
  const alone = new Set(mentions.map((m) => m.text));
  return mentions.flatMap((m) => {
    const at = m.text.indexOf(' and ');
    if (at < 0) return [m];
    const left = m.text.slice(0, at);
    const right = m.text.slice(at + 5);
    if (!alone.has(left) || !alone.has(right)) return [m];
    return [{ ...m, end: m.start + left.length, text: left }, { ...m, start: m.end - right.length, text: right }];
  });
}

/** The cluster a mention belongs to: same name, or a longer name it is another form of. */
function findCluster(index: ClusterIndex, name: string, m: EntityMention, acronyms: Map<string, string>, gazetteer?: Gazetteer): Cluster | undefined {
  // The same words are the same entity, whatever type the tagger gave this mention;
  // a leading "The" changes nothing ("The Reckoning Crew", "Reckoning Crew").
  const withoutThe = name.replace(/^the\s+(?=\p{Lu})/iu, '');
  const exact = index.exact(name) ?? index.caseVariant(name) ?? index.exact(withoutThe) ?? index.exact(`The ${withoutThe}`);
  if (exact) return exact;
  // A transcript's speaker label in capitals: "WALLACE" is the text's Chris Wallace. Only a
  // person's: a dateline's "TAYLORVILLE" is not "Taylorville Memorial Hospital".
  // Short acronyms ("NATO", "AP") stay as they are.
  const written = looksLikeAcronym(name) && name.length < 5 ? name : capitalsAsWritten(name);
  if (written !== name) {
    const found = findCluster(index, written, m, acronyms, gazetteer);
    if (found?.type === 'PER') return found;
  }
  const expansion = acronyms.get(name);
  if (expansion) {
    const defined = index.exact(expansion);
    if (defined) return defined;
  }
  const bare = withoutTitle(name);
  const single = nameWords(bare).length === 1;
  const candidates = index.candidates(name, m.type).filter((c) => [...c.names.keys()].some((full) => {
    if (isOtherPlace(name, full, gazetteer)) return false;
    if (isAliasOf(name, m.type, full, c.type) || (bare !== name && isAliasOf(bare, m.type, full, c.type))) return true;
    const words = nameWords(withoutTitle(full));
    // An institution without its place: "Supreme Court" for "Washington Supreme Court".
    if (!single) return c.type === 'ORG' && m.type === 'ORG' && full.endsWith(` ${bare}`) && isPlace(full.slice(0, -bare.length - 1), gazetteer);
    // A name by its first word, whatever the tagger made of it, unless that word is a place or
    // a demonym ("Washington", "American", "Paris" for Paris Hilton).
    if (words.length > 1 && words[0] === bare && m.type !== 'PER' && !isPlace(bare, gazetteer) && !isNotAName(bare, gazetteer)) {
      // An organization's ("Real" for Real Madrid). A word tagged as a place must be one the lists
      // know as an ordinary word: a town stays apart from its police ("Aurora", "Aurora Police").
      if (c.type === 'ORG' && !COUNTRY_ACRONYMS.has(bare.replace(/\./g, '')) && (m.type !== 'LOC' || !!gazetteer?.phrases.get(bare.toLowerCase())?.includes('common'))) return true;
      // A person's family name written first ("Yoon" for Yoon Suk Yeol), not a known company ("Facebook").
      if (c.type === 'PER' && !isKnownOrganization(bare, gazetteer)) return true;
    }
    if (words.length < 2 || words[words.length - 1] !== bare) return false;
    // A surname alone is the person, whatever type the tagger gave it ("Trump" as a place).
    if (c.type === 'PER') return true;
    // A storm or an operation by its name alone: "Babet" for "Storm Babet".
    if (c.type === 'MISC' && NAMED_EVENT.test(full)) return true;
    // A team by its nickname: "Celtics" for "Boston Celtics" (a place, then the name).
    return c.type === 'ORG' && m.type !== 'PER' && isPlace(words.slice(0, -1).join(' '), gazetteer);
  }));
  // A store's name or its possessive: "Barney’s" and "Barneys", "McDonald’s" and "McDonalds"
  // (only when no other name fits: "Roger’s" after Roger Federer is his).
  const store = candidates.length === 0 && /['’]s$/u.test(m.text) ? index.exact(`${name}s`) : undefined;
  if (store) return store;
  // "Jim" for James Hansen.
  if (candidates.length === 0 && single && (m.type === 'PER' || m.type === 'LOC')) return byShortGivenName(index, bare);
  if (candidates.length <= 1) return candidates[0];
  // A lone surname goes with the person ("Trump" with Donald Trump, not the Trump Organization).
  const people = single ? candidates.filter((c) => c.type === 'PER') : [];
  const pool = people.length ? people : candidates;
  // Of several candidates ("Kenney" could be two Kenneys), the nearest earlier full mention wins.
  const distance = (c: Cluster) => {
    let best = Infinity;
    for (const x of c.mentions) best = Math.min(best, x.start <= m.start ? m.start - x.start : 1e9 + x.start - m.start);
    return best;
  };
  return pool.sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * The type a one-word mention votes for in the cluster it joined: the tagger's type for one word
 * is the less sure. A person's first or last word votes with the person ("Yoon" for Yoon Suk Yeol,
 * "Adelson's Las Vegas Sands" is still Sheldon Adelson), unless the word is a place's name
 * ("Staffordshire" does not make North Staffordshire a person); an organization's first word
 * with the organization ("Arcade" for Arcade Publishing).
 */
function oneWordVote(word: string, tagged: EntityType, target: Cluster, gazetteer: Gazetteer | undefined): EntityType {
  const names = [...target.names.keys()];
  const first = names.some((n) => n.startsWith(`${word} `));
  if (target.type === 'PER' && (first || (names.some((n) => n.endsWith(` ${word}`)) && !isPlace(word, gazetteer)))) return 'PER';
  if (target.type === 'ORG' && first && tagged !== 'PER') return 'ORG';
  return tagged;
}

/** A word the lists know as an organization ("Facebook", "Google"): not a person's first name, whatever name starts with it. */
function isKnownOrganization(word: string, gazetteer: Gazetteer | undefined): boolean {
  return !!gazetteer?.phrases.get(word.toLowerCase())?.includes('org');
}

/** "Jim" for James Hansen: the one person whose given name the short form stands for. */
function byShortGivenName(index: ClusterIndex, short: string): Cluster | undefined {
  const people = new Set<Cluster>();
  for (const full of fullGivenNames(short)) {
    for (const c of index.candidates(full, 'ORG')) {
      if (c.votes.has('PER') && [...c.names.keys()].some((n) => nameWords(withoutTitle(n))[0] === full && nameWords(n).length > 1)) people.add(c);
    }
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * A state or country is not short for a longer name that starts with it ("Colorado" is not
 * "Colorado Springs"), nor is a company for its branch in a country ("Yahoo", "Yahoo Japan").
 */
function isOtherPlace(short: string, long: string, gazetteer: Gazetteer | undefined): boolean {
  if (!gazetteer || !long.startsWith(`${short} `)) return false;
  const isRegion = (s: string) => !!gazetteer.phrases.get(s.toLowerCase())?.some((c) => c === 'region' || c === 'country');
  return isRegion(short) || (isRegion(long.slice(short.length + 1)) && !isPlace(long, gazetteer));
}

const NAMED_EVENT = /^(?:Operation|Hurricane|Typhoon|Cyclone|Tropical Storm|Winter Storm|Storm)\s/u;

function isPlace(name: string, gazetteer: Gazetteer | undefined): boolean {
  const cats = gazetteer?.phrases.get(name.toLowerCase());
  return !!cats && cats.some((c) => c === 'city' || c === 'region' || c === 'country');
}

const COUNTRY_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE']);

const GAZETTEER_TYPES: ReadonlyArray<[string, EntityType]> = [
  ['country', 'LOC'], ['region', 'LOC'], ['city', 'LOC'], ['org', 'ORG'], ['team', 'ORG'], ['person', 'PER'],
];

/** One type per entity: the mentions' weighted vote, plus a vote from the gazetteer for a listed name. */
function decideType(text: string, c: Cluster, gazetteer: Gazetteer | undefined): EntityType {
  const fixed = [...c.names.keys()].map(fixedFormType);
  if (fixed[0] && fixed.every((t) => t === fixed[0])) return fixed[0];
  const votes = new Map(c.votes);
  if (gazetteer) {
    // Once per name, however it is written: "HOUSTON" and "Houston" are one vote.
    for (const name of new Set([...c.names.keys()].map((n) => n.toLowerCase()))) {
      const cats = gazetteer.phrases.get(name);
      if (!cats) continue;
      for (const [cat, type] of GAZETTEER_TYPES) if (cats.includes(cat)) votes.set(type, (votes.get(type) ?? 0) + 1.5);
    }
  }
  // Countries are places, also when they act (DESIGN.md); "US" and "UK" too.
  for (const name of c.names.keys()) {
    if (COUNTRY_ACRONYMS.has(name.replace(/\./g, '')) || gazetteer?.phrases.get(name.toLowerCase())?.includes('country')) {
      votes.set('LOC', (votes.get('LOC') ?? 0) + 3);
      break;
    }
  }
  // "HOUSTON, Texas --", "a Houston-area business": a place, whatever else the lists know the word as (a surname).
  if (isWrittenAsPlace(text, c.mentions)) votes.set('LOC', (votes.get('LOC') ?? 0) + 3);
  // Titles of works are written in quotation marks (at least half the time): “Annie Hall”.
  const quoted = c.mentions.filter((m) => /[“"‘]$/u.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^[,.!?]?[”"’]/u.test(text.slice(m.end, m.end + 2))).length;
  if (quoted * 2 >= c.mentions.length) votes.set('MISC', (votes.get('MISC') ?? 0) + 100);
  let best: EntityType = c.type;
  let bestVotes = -1;
  for (const [type, v] of votes) if (v > bestVotes) [best, bestVotes] = [type, v];
  if ((best === 'LOC' || best === 'ORG') && isNamedAsKin(text, c, gazetteer)) return 'PER';
  if (isHashtag(text, c.mentions)) return 'MISC';
  if (best === 'PER' && (isSpeakingBody(text, c.mentions) || isWorkplace(text, c.mentions))) return 'ORG';
  if (best !== 'ORG' && !isKnownPlace(c, gazetteer) && isNamedAsCompany(text, c.mentions)) return 'ORG';
  if (best === 'PER' && isAlwaysCounted(text, c.mentions)) return 'MISC';
  if ((best === 'LOC' || best === 'MISC') && isUnknownWord(c, gazetteer) && leadsAnAdministration(text, c.mentions)) return 'PER';
  if (best === 'LOC' && !isKnownPlace(c, gazetteer) && (isWorkplace(text, c.mentions) || hasInstitutionStaff(text, c.mentions))) return 'ORG';
  if (best !== 'ORG' && !isKnownPlace(c, gazetteer) && isPublishedIn(text, c.mentions)) return 'ORG';
  if (best === 'LOC' && !isKnownPlace(c, gazetteer) && (isPostedOn(text, c.mentions) || isUsedAsAService(text, c, true))) return 'MISC';
  if (best === 'LOC' && speaksLikeAnOrganization(text, c, gazetteer)) return 'ORG';
  if ((best === 'LOC' || best === 'MISC') && isTeamOrAcronym(text, c, gazetteer)) return 'ORG';
  if (best === 'ORG' && isUsedAsAService(text, c)) return 'MISC';
  return best;
}

/** A name any list knows as a place, or a country acronym ("US"). */
function isKnownPlace(c: Cluster, gazetteer: Gazetteer | undefined): boolean {
  return [...c.names.keys()].some((n) => COUNTRY_ACRONYMS.has(n.replace(/\./g, '')) || isPlace(n, gazetteer));
}

/** One word that no list knows at all (not a place, organization or common word): "Biden". */
function isUnknownWord(c: Cluster, gazetteer: Gazetteer | undefined): boolean {
  return [...c.names.keys()].every((n) => nameWords(n).length === 1 && !gazetteer?.phrases.has(n.toLowerCase()));
}

/**
 * A one-word "organization" that the text mostly uses as a platform or service (DESIGN.md:
 * software and services are other names): "posted on Twitter", "WhatsApp messages".
 * Acronyms (outlets: "on CNN") stay organizations.
 */
function isUsedAsAService(text: string, c: Cluster, strict = false): boolean {
  const names = [...c.names.keys()];
  if (names.some((n) => nameWords(n).length > 1 || looksLikeAcronym(n))) return false;
  return usesAsService(text, c.mentions, strict) * 2 >= c.mentions.length;
}

/** Kin before a name: only people are someone's son or wife ("son Nalin", "her husband Michael"). */
const KIN_BEFORE = /\b(?:son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter|fiancée?|girlfriend|boyfriend)\s+$/u;

/** A "place" or "organization" the text names as someone's kin, that no list knows otherwise. */
function isNamedAsKin(text: string, c: Cluster, gazetteer: Gazetteer | undefined): boolean {
  for (const name of c.names.keys()) {
    if (isPlace(name, gazetteer) || gazetteer?.phrases.get(name.toLowerCase())?.includes('org')) return false;
  }
  return c.mentions.some((m) => KIN_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));
}

/** "a Scottsbluff squad", "the Holy Family team": a team. */
const TEAM_AFTER = /^\s+(?:squad|team|club|side|eleven)\b/u;

/**
 * A "place" or other name no list knows as a place that the text calls a squad or team,
 * or that is written as a long acronym ("CHSAA", "FEMA": places are rarely acronyms of
 * four letters or more), is an organization.
 */
function isTeamOrAcronym(text: string, c: Cluster, gazetteer: Gazetteer | undefined): boolean {
  const names = [...c.names.keys()];
  if (names.some((n) => COUNTRY_ACRONYMS.has(n.replace(/\./g, '')) || isPlace(n, gazetteer))) return false;
  if (names.every((n) => /^\p{Lu}{4,}$/u.test(n))) return true;
  return c.mentions.some((m) => TEAM_AFTER.test(text.slice(m.end, m.end + 12)));
}

/** Places that are also their own government: "Broward County said". */
const PLACE_GOVERNMENT = /\s(?:County|City|State|Province|District|Region|Borough|Township|Parish)$/u;
/** Verbs after a name that an institution does and a place does not ("the White House said"). */
const SPEAKS = /^(?:['’]s\s+(?:spokes(?:man|woman|person)|chief executive|CEO|board|shares|website|statement)\b|['’]s\s+\p{Ll}+\s+(?:said|says|announced)\b|\s*,?\s*(?:has\s+|had\s+|have\s+)?(?:said|says|announced|announces|declined to comment|confirmed|denied|pledged|told|responded|published|hired|acquired|sued)\b)/u;

/** Words before a name that make it a source, which a place is not: "told Salon", "according to Quora". */
const SPOKEN_TO = /\b(?:told|tells|according to)\s+(?:the\s+)?$/u;

/**
 * A "place" the text makes speak or act, or that is told things, that no list knows as a
 * place ("the White House said", "told Salon", "Alibaba has pledged"): an organization. Countries and cities
 * act too and stay places (DESIGN.md).
 */
function speaksLikeAnOrganization(text: string, c: Cluster, gazetteer: Gazetteer | undefined): boolean {
  for (const name of c.names.keys()) {
    if (COUNTRY_ACRONYMS.has(name.replace(/\./g, '')) || isPlace(name, gazetteer) || PLACE_GOVERNMENT.test(name)) return false;
  }
  return c.mentions.some((m) => SPEAKS.test(text.slice(m.end, m.end + 40)) || SPOKEN_TO.test(text.slice(Math.max(0, m.start - 16), m.start)));
}

/** Words right after a person's name that only a person takes ("Embiid said", "Nalin, who"). */
const PERSON_AFTER = /^(?:['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|family|friend|lawyer|campaign)\b|\s*,?\s*(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|tweeted|posted|explained|argued|noted|recalled|replied|insisted|admitted|testified|stated|claimed|scored|starred|resigned|died|smiled|laughed|shrugged|himself|herself|who|whose|\d{1,3}\s*,)\b)/iu;
const PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Governor|Mayor|Judge|Justice|Coach|Minister|Secretary|son|daughter|wife|husband|brother|sister|mother|father)\.?\s+$/u;

/**
 * A "person" known only by one word that no list knows as a name, and that the text never
 * treats as a person (no title before it, no "said" or "who" after it): in web news that
 * is nearly always a company, team or school ("Avigilon", "Sixers", "Columbine").
 */
function looksLikeNoPerson(text: string, c: Cluster, gazetteer: Gazetteer | undefined): boolean {
  if (!gazetteer) return false;
  for (const name of c.names.keys()) {
    const bare = withoutTitle(name);
    if (bare !== name || nameWords(bare).length > 1) return false;
    const cats = gazetteer.phrases.get(bare.toLowerCase());
    if (cats?.some((k) => k === 'first' || k === 'last' || k === 'person' || k === 'honorific')) return false;
  }
  if (leadsAnAdministration(text, c.mentions)) return false;
  return !c.mentions.some((m) => PERSON_AFTER.test(text.slice(m.end, m.end + 40)) || PERSON_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)));
}

/**
 * A "place" the text also writes in the plural ("Neanderthal" and "Neanderthals") that no
 * list knows as a place is a kind of people or things, like a demonym: places have no plural.
 */
function kindsOfThings(clusters: readonly Cluster[], gazetteer: Gazetteer | undefined): Set<Cluster> {
  const byName = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'LOC') continue;
    for (const n of c.names.keys()) if (nameWords(n).length === 1) byName.set(n, c);
  }
  const out = new Set<Cluster>();
  for (const [name, c] of byName) {
    const singular = name.endsWith('s') ? byName.get(name.slice(0, -1)) : undefined;
    if (!singular || isPlace(name, gazetteer) || isPlace(name.slice(0, -1), gazetteer)) continue;
    out.add(c).add(singular);
  }
  return out;
}

/** A title alone, not a name: "UN Ambassador", "Commerce Secretary" (DESIGN.md: titles are not listed). */
const TITLE_END = /\s(?:Ambassador|Secretary|Minister|President|Senator|Governor|Mayor|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Director|Commissioner)$/u;

/** Demonyms, party adjectives, religions, languages: never other names, nor lone people. */
function isListedAsNoName(c: Cluster, gazetteer: Gazetteer | undefined): boolean {
  // Other names by every cue; people, organizations and places by the lists alone (not
  // by shape: "Brian"; nor party words: the Democrats are also an organization).
  const other = c.type === 'MISC';
  const names = [...c.names.keys()];
  if (c.type !== 'PER' && names.every((n) => TITLE_END.test(n))) return true;
  return names.every((n) => isNotAName(n, gazetteer, other, other));
}

function toEntity(c: Cluster, roles: Map<EntityMention, string>): Entity {
  const forms = [...c.names.keys()].sort((a, b) => caseRank(a) - caseRank(b) || titleRank(a) - titleRank(b) || fuller(b, a) || c.names.get(b)! - c.names.get(a)!);
  const mentions: Span[] = c.mentions.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  let role: string | null = null;
  if (c.type === 'PER') {
    // The first mention (in text order) that comes with a role.
    let at = Infinity;
    for (const m of c.mentions) {
      const r = roles.get(m);
      if (r && m.start < at) [role, at] = [r, m.start];
    }
  }
  return {
    id: '',
    type: c.type,
    name: forms[0]!,
    aliases: forms.slice(1),
    role,
    count: mentions.length,
    firstIndex: mentions[0]!.start,
    mentions,
  };
}
