/**
 * Rules for what a tagger trained on 1996 Reuters wire copy gets wrong in today's web news.
 * Each rule is general (a pattern of news writing), never a list of particular names.
 */
import type { EntityMention, EntityType } from '../../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized } from './shape.ts';
import { isCalendarWord } from './calendar.ts';
import { isNotAName } from './not-names.ts';
import { splitAtPosition, teamsOfSportsStory } from './sports.ts';
import { asLaw, courtCases, fixedFormNames, isInstitutionHead, isPeriod, joinInstitutions, SENTENCE_OPENERS, stormsInBrackets, nationalInstitutions, quotedTitles } from './name-kinds.ts';
import { countLeading } from '../sorted.ts';
import { PERSON_TITLES } from '../abbreviations.ts';

/** Post-processes the tagger's mentions; returns them sorted by position, without overlaps. */
export function applyRules(text: string, tokens: readonly Token[], mentions: readonly EntityMention[], gazetteer?: Gazetteer): EntityMention[] {
  let out = mentions.map(withoutLeadingPreposition).filter((m): m is EntityMention => m !== null && !isCalendarWord(m.text));
  out = out.flatMap(splitAtPosition).map((m) => retypedByHead(withoutTrailingDemonym(m, gazetteer), gazetteer)).filter((m) => !isPeriod(m.text));
  out = withTeams(text, out);
  out = joinInstitutions(text, institutionsOfPlaces(text, out)).map((m) => asLaw(text, withoutTrailingTitle(m)));
  out = replaceOverlapping(nationalInstitutions(text, out), courtCases(text));
  out = replaceOverlapping(out, quotedTitles(text));
  out = dropLabelLines(text, out);
  out = withEvents(text, out);
  out = replaceOverlapping(withFixedFormNames(text, out), stormsInBrackets(text));
  out = withCapitalizedVariants(text, out);
  out = withAcronymDefinitions(text, tokens, out);
  out = withRepeatedNames(tokens, out);
  out = withNamedSources(text, out);
  out = withTitledPeople(text, out);
  out = withSitesPostedOn(text, out);
  return out.sort((a, b) => a.start - b.start);
}

/** A capitalized preposition that opens a sentence, a quotation or a byline is not part of the name after it (“For Black people …”). */
const LEADING_PREPOSITION = /^[“"‘']?(?:By|BY|In|IN|At|AT|On|From|For|With|To|After|Before|Under|Via)\s+(?=\S)/;

/** "By VICE News" -> "VICE News"; "In Philadelphia" -> "Philadelphia". */
function withoutLeadingPreposition(m: EntityMention): EntityMention | null {
  const lead = LEADING_PREPOSITION.exec(m.text);
  if (!lead) return m;
  const start = m.start + lead[0].length;
  return start < m.end ? { ...m, start, text: m.text.slice(lead[0].length) } : null;
}

/**
 * A demonym after a name belongs to the noun after it, not to the name: "the Pueblo of
 * Isleta Indian tribe" → "Pueblo of Isleta"; "Washington Native American" → "Washington".
 */
function withoutTrailingDemonym(m: EntityMention, gazetteer?: Gazetteer): EntityMention {
  if (m.type === 'PER' || !gazetteer || isNotAName(m.text, gazetteer, false, false)) return m; // all demonym: dropped later
  const words = m.text.split(' ');
  let keep = words.length;
  while (keep > 1 && isNotAName(words.slice(keep - 1).join(' '), gazetteer, false, false)) keep--;
  // Only a tail that is a demonym (with its qualifiers), never the whole name.
  if (keep === words.length || !isNotAName(words.slice(keep).join(' '), gazetteer, false, false)) return m;
  const text = words.slice(0, keep).join(' ');
  return { ...m, end: m.start + text.length, text };
}

/** Titles a person holds in an institution, written between the institution and the name. */
const TRAILING_TITLES = new Set('Justice Judge Chief Secretary Minister Ambassador Chairman Chairwoman Chair Commissioner Director President Spokesman Spokeswoman Spokesperson CEO Chancellor Provost Dean Superintendent Administrator'.split(' '));

/**
 * "Supreme Court Justice" + "Raquel Montoya-Lewis": the title belongs to the person, not
 * to the institution ("Department of Justice" keeps its "of" part: the word before must be the institution's).
 */
function withoutTrailingTitle(m: EntityMention): EntityMention {
  if (m.type !== 'ORG') return m;
  const words = m.text.split(' ');
  let keep = words.length;
  while (keep > 1 && TRAILING_TITLES.has(words[keep - 1]!)) keep--;
  if (keep === words.length || !isInstitutionHead(words[keep - 1]!)) return m;
  const text = words.slice(0, keep).join(' ');
  return { ...m, end: m.start + text.length, text };
}

/** Last words that make any name an organization: "The Washington Post", "Acme Corp.". */
const ORG_HEADS = new Set(
  ('Institute University College Foundation Association Council Committee Agency Ministry Party ' +
    'Corp Corp. Inc Inc. Ltd Ltd. LLC Co. Post Times Journal Herald Tribune Gazette Chronicle Observer ' +
    'Guardian Telegraph Magazine').split(' '),
);
/** Last words that make a *person's* or a place's name an organization ("Counterpoint Research", "Skyhorse Publishing"). */
const ORG_HEADS_NOT_PERSON = new Set(
  ('Research Group Holdings Partners Capital Bank Company Corporation Network Networks Systems ' +
    'Technologies Labs Airlines Motors Pharmaceuticals Industries Club Press Publishing Publishers Books Media ' +
    'Studios Records Entertainment Pictures Images Films Productions Brands Foods Software').split(' '),
);
/** Last words that make a name a place: "Steve Jobs Theater", "Grace Road". */
const PLACE_HEADS = new Set(
  ('Theater Theatre Stadium Arena Airport Park Square Street Road Avenue Bridge Hall Center Centre ' +
    'Museum Hospital Station Harbor Harbour Island Islands River Lake Mountain Mountains Valley Beach ' +
    'Boulevard Quay Plaza Highway Parkway Expressway Pier Wharf Canal Terrace').split(' '),
);
/** Gazetteer categories of people and places: a word in them is not only an organization. */
const NOT_ONLY_ORG = ['first', 'last', 'person', 'city', 'country', 'region', 'demonym', 'common'];

/**
 * A person's name never ends in "Research" or "Theater": retype such names by their last
 * word. And a single word the gazetteer knows only as an organization ("Google") is one.
 */
function retypedByHead(m: EntityMention, gazetteer?: Gazetteer): EntityMention {
  const words = m.text.split(' ');
  const head = words[words.length - 1]!;
  if (words.length > 1 && m.type !== 'ORG' && ORG_HEADS.has(head)) return { ...m, type: 'ORG' };
  // A place can end in "Bank" ("West Bank"), not in "Publishing" or "Group"; nor can an other name.
  if (words.length > 1 && (m.type !== 'ORG' && (m.type !== 'LOC' || head !== 'Bank')) && ORG_HEADS_NOT_PERSON.has(head)) return { ...m, type: 'ORG' };
  if (words.length > 1 && m.type === 'PER' && PLACE_HEADS.has(head)) return { ...m, type: 'LOC' };
  if (words.length === 1 && gazetteer && m.type !== 'ORG') {
    const cats = gazetteer.phrases.get(m.text.toLowerCase());
    if (cats && cats.includes('org') && !cats.some((c) => NOT_ONLY_ORG.includes(c))) return { ...m, type: 'ORG' };
  }
  return m;
}

/**
 * Drops mentions that are a whole paragraph of one to three words ("News", "FYI.",
 * "Uncommon Knowledge"): page furniture that Readability keeps (section labels, ad slots,
 * show names), unless the name is also used in running text. Paragraphs are separated by blank lines in extracted articles.
 */
function dropLabelLines(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const isLabel = (m: EntityMention) => {
    if (m.text.split(' ').length > 3) return false;
    const before = text.slice(Math.max(0, m.start - 2), m.start);
    const after = /^[.:!?]*(?:\n\n|\s*$)/.exec(text.slice(m.end, m.end + 6));
    return (m.start === 0 || before === '\n\n') && after !== null;
  };
  const labels = mentions.filter(isLabel);
  if (labels.length === 0) return [...mentions];
  const elsewhere = new Set(mentions.filter((m) => !isLabel(m)).map((m) => m.text));
  return mentions.filter((m) => !isLabel(m) || elsewhere.has(m.text));
}

/**
 * Named events and operations: "Operation Safe City", "Hurricane Harvey", "Typhoon Haiyan";
 * the name may be quoted after the keyword: Operation ‘Safe City’.
 */
const EVENT_KEYWORDS = String.raw`(?:Operation|Hurricane|Typhoon|Cyclone|Tropical Storm|Winter Storm|Storm)`;
const EVENT_RE = new RegExp(String.raw`\b${EVENT_KEYWORDS}\s+([‘'"“](?=\p{Lu}))?\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3}`, 'gu');
const EVENT_START_RE = new RegExp(`^${EVENT_KEYWORDS}\\s`, 'u');

/** Marks named events as MISC, replacing whatever the tagger made of their words. */
function withEvents(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const events: EntityMention[] = [];
  for (const m of text.matchAll(EVENT_RE)) {
    let end = m.index! + m[0].length;
    if (m[1] && /[’'"”]/.test(text[end] ?? '')) end++; // close the quote the name opened
    events.push({ start: m.index!, end, type: 'MISC', text: text.slice(m.index!, end) });
  }
  return replaceOverlapping(mentions, events);
}

/**
 * Headlines in capitals ("ICE ARRESTS … IN “OPERATION SAFE CITY”") name the events the body
 * names in mixed case. (Only events: for other names, CoNLL's capitalized headlines show the
 * tagger does better on its own than by copying the body's type.)
 */
function withCapitalizedVariants(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const extra: EntityMention[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const upper = m.text.toUpperCase();
    if (m.type !== 'MISC' || !EVENT_START_RE.test(m.text) || upper === m.text || seen.has(upper)) continue;
    seen.add(upper);
    for (let at = text.indexOf(upper); at >= 0; at = text.indexOf(upper, at + 1)) {
      const end = at + upper.length;
      if (/[\p{L}\d]/u.test(text[at - 1] ?? '') || /[\p{L}\d]/u.test(text[end] ?? '')) continue;
      if (mentions.some((x) => x.start === at && x.end === end && x.type === m.type)) continue;
      extra.push({ start: at, end, type: m.type, text: upper });
    }
  }
  return replaceOverlapping(mentions, extra);
}

/** Teams named with a record ("Legacy (7-4)") are organizations there and wherever else the same name is used. */
function withTeams(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const teams = teamsOfSportsStory(text);
  if (teams.length === 0) return [...mentions];
  const names = new Set(teams.map((t) => t.text));
  return replaceOverlapping(mentions, teams).map((m) => (names.has(m.text) && m.type !== 'ORG' ? { ...m, type: 'ORG' } : m));
}

/** Adds `extra` mentions, removing any existing mention that overlaps one of them. */
function replaceOverlapping(mentions: readonly EntityMention[], extra: readonly EntityMention[]): EntityMention[] {
  if (extra.length === 0) return [...mentions];
  const kept = mentions.filter((m) => !extra.some((e) => e.start < m.end && m.start < e.end));
  return [...kept, ...extra];
}

/**
 * "U.S. Immigrations and Customs Enforcement (ICE)": the acronym in brackets names the same
 * thing as the name before it, so it gets the name's type there and wherever else it is used.
 */
function withAcronymDefinitions(text: string, tokens: readonly Token[], mentions: readonly EntityMention[]): EntityMention[] {
  // Votes for each defined acronym's type: its definition and each use of the acronym.
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (acronym: string, type: EntityType) => {
    const v = votes.get(acronym) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(acronym, v);
  };
  for (const m of mentions) {
    const after = /^\s*\(\s*(\p{Lu}[\p{Lu}\d&.-]{1,9})\s*\)/u.exec(text.slice(m.end, m.end + 16));
    if (after && m.type !== 'PER' && isAcronymOf(after[1]!, m.text)) vote(after[1]!, m.type);
  }
  if (votes.size === 0) return [...mentions];
  for (const m of mentions) if (votes.has(m.text)) vote(m.text, m.type);
  const defined = new Map<string, EntityType>();
  for (const [acronym, v] of votes) defined.set(acronym, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  const out = mentions.map((m) => (defined.has(m.text) ? { ...m, type: defined.get(m.text)! } : m));
  const covered = (t: Token) => out.some((m) => m.start <= t.start && t.end <= m.end);
  for (const t of tokens) {
    const type = defined.get(t.text);
    if (type && !covered(t)) out.push({ start: t.start, end: t.end, type, text: t.text });
  }
  return out;
}

/** Whether `acronym` can abbreviate `name`: its letters are initials of the name's words, in order. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}\p{Ll}\d]/gu, '').toUpperCase();
  const words = name.split(/[\s-]+/).filter((w) => w && isCapitalized(w));
  if (letters.length < 2 || words.length === 0) return false;
  // Greedy: each letter must start one of the remaining capitalized words (or continue one).
  let w = 0;
  let i = 0;
  while (i < letters.length && w < words.length) {
    const word = words[w]!.replace(/[^\p{L}\d]/gu, '').toUpperCase();
    if (word[0] === letters[i]) {
      i++;
      // Letters can also come from inside a word: "NAPM", "HealthSouth" -> "HS".
      let k = 1;
      while (i < letters.length && k < word.length && /\p{Lu}/u.test(words[w]![k] ?? '') && words[w]![k]!.toUpperCase() === letters[i]) {
        i++;
        k++;
      }
    }
    w++;
  }
  // The last word must give a letter ("U.S." is not "University of South Australia"),
  // unless the words left are a last "and …" part ("CDC": "… Control and Prevention").
  return i === letters.length && (w === words.length || name.includes(` and ${words[w]!}`));
}

/**
 * One name, one type, everywhere in the article: a surname used alone after the full name
 * ("Jeff Sessions" ... "sued Sessions"), or a name the tagger caught once and missed later.
 */
/** 1 for each token that a mention overlaps: each mention marks its own tokens (linear, not tokens × mentions). */
function coveredTokens(tokens: readonly Token[], mentions: readonly EntityMention[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) {
    // From the first token that ends after the mention starts (tokens are in text order).
    for (let i = countLeading(tokens, (t) => t.end <= m.start); i < tokens.length && tokens[i]!.start < m.end; i++) covered[i] = 1;
  }
  return covered;
}

function withRepeatedNames(tokens: readonly Token[], mentions: readonly EntityMention[]): EntityMention[] {
  const known = new Map<string, EntityType>();
  for (const m of mentions) {
    if (!known.has(m.text)) known.set(m.text, m.type);
    const parts = m.text.split(' ');
    const surname = parts[parts.length - 1]!;
    if (m.type === 'PER' && parts.length > 1 && surname.length > 2 && !known.has(surname)) known.set(surname, 'PER');
  }
  const out = [...mentions];
  // Words written in lower case, collected on first need (few stories repeat a name at a sentence start).
  let lowerWords: Set<string> | null = null;
  const inLowerCase = (word: string) => (lowerWords ??= new Set(tokens.filter((t) => t.text === t.text.toLowerCase()).map((t) => t.text))).has(word);
  const covered = coveredTokens(tokens, mentions);
  tokens.forEach((t, i) => {
    const type = known.get(t.text);
    // Single capitalized words only; a sentence-initial one may be an ordinary word ("May"),
    // unless the article never writes it in lower case.
    if (!type || covered[i] || !isCapitalized(t.text) || t.text.length < 3) return;
    if (t.sentenceStart && inLowerCase(t.text.toLowerCase())) return;
    if ((i > 0 && !covered[i - 1] && isCapitalized(tokens[i - 1]!.text) && !tokens[i - 1]!.sentenceStart) ||
        (i + 1 < tokens.length && isCapitalized(tokens[i + 1]!.text))) return; // part of a longer name
    out.push({ start: t.start, end: t.end, type, text: t.text });
  });
  return out;
}

/** "According to the Spokesman-Review,", "told the Senate": a source after "the", then punctuation or a lower-case word. */
const NAMED_SOURCE = /\b(?:[Aa]ccording to|told|tells)\s+the\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})(?=[,.;:]|\s+\p{Ll})/gu;

/**
 * A source the tagger missed: what "according to the" or "told the" names is an
 * organization (a newspaper, agency or body); a person is never "the X". One pass over the text.
 */
function withNamedSources(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return withPatternNames(text, mentions, NAMED_SOURCE, 'ORG', (name) => name.replace(/['’]s$/u, ''));
}

/**
 * A politician's or doctor's written title and then a given name and a surname: "Gov. Ray
 * Calloway", "Sen. Tammy Baldwin", "Dr. Anthony Fauci". Only abbreviated titles, which name a
 * person's office and nothing else, and only two or three name words ("Dr. Martens" is a brand).
 */
const TITLED_PERSON = new RegExp(
  String.raw`\b(?:${PERSON_TITLES.map((t) => t[0]!.toUpperCase() + t.slice(1)).join('|')})\.\s+((?:\p{Lu}\p{Ll}+|\p{Lu}\.)(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)){1,2})(?![\p{L}'’-])`,
  'gu',
);

/** A titled person the tagger missed (`TITLED_PERSON`). */
function withTitledPeople(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return withPatternNames(text, mentions, TITLED_PERSON, 'PER');
}

/**
 * Adds the fixed-form names (`fixedFormNames`) the tagger missed. One the tagger read as
 * the end of a longer name takes its place ("UK Covid" → "Covid"); one inside a longer
 * name stays part of it ("Bruno Mars", "COVID-19 Task Force").
 */
function withFixedFormNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const fixed = fixedFormNames(text);
  if (fixed.length === 0) return [...mentions];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const drop = new Set<EntityMention>();
  const add: EntityMention[] = [];
  let i = 0;
  for (const f of fixed.sort((a, b) => a.start - b.start)) {
    while (i < sorted.length && sorted[i]!.end <= f.start) i++;
    const over: EntityMention[] = [];
    for (let k = i; k < sorted.length && sorted[k]!.start < f.end; k++) over.push(sorted[k]!);
    if (f.type === 'LOC' ? over.length > 0 : over.some((x) => x.end > f.end)) continue;
    over.forEach((x) => drop.add(x));
    add.push(f);
  }
  return [...mentions.filter((m) => !drop.has(m)), ...add];
}

const OPENER = new RegExp(`^(?:${SENTENCE_OPENERS})$`, 'u');

/** "University of", "Saint Mary's College of the": an institution word (capitalized, after up to three more name words) and "of" right before a place. */
const INSTITUTION_OF = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u;

/**
 * "attended University of New Mexico", "published in Proceedings of the National Academy of
 * Sciences": the tagger found the place or organization and left out the institution before
 * it; the two together are one organization.
 */
function institutionsOfPlaces(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type !== 'LOC' && m.type !== 'ORG') return m;
    const lead = INSTITUTION_OF.exec(text.slice(Math.max(0, m.start - 60), m.start));
    // (An organization after "Secretary of" is the secretary's department, not part of a name.)
    if (!lead || !isInstitutionHead(lead[2]!) || (m.type === 'ORG' && lead[2] === 'Secretary')) return m;
    // The name words before the institution word, without a sentence-opening "The" or "In".
    const names = lead[1]!.split(/\s+/).filter(Boolean);
    while (names.length && (OPENER.test(names[0]!) || names.some(isCalendarWord))) names.shift();
    const kept = names.length ? lead[1]!.slice(lead[1]!.indexOf(names[0]!)) : '';
    const start = m.start - (lead[0].length - lead[1]!.length) - kept.length;
    return { start, end: m.end, type: 'ORG', text: text.slice(start, m.end) };
  });
}

/** "writing on Twitter:", "posted on Instagram": a site or service, then no more capitalized words. */
const POSTED_ON_SITE = /\b(?:posted|posting|writing|wrote|written|shared|sharing|tweeted|published)\s+on\s+(\p{Lu}[\p{L}\d]*(?:\.\p{Ll}{2,3})?)(?![\p{L}\d’'-]|\s+\p{Lu})/gu;

/**
 * A site or service the tagger missed, written on or posted on: an other name (DESIGN.md:
 * software and services). Days are not sites ("posted on Monday"). One pass over the text.
 */
function withSitesPostedOn(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return withPatternNames(text, mentions, POSTED_ON_SITE, 'MISC');
}

/**
 * Names the tagger missed where a phrase marks them (the pattern's first group), as mentions of
 * `type`: never one that overlaps a name it found, nor one that opens with a day or month
 * ("posted on Monday"). One pass over the text.
 */
function withPatternNames(text: string, mentions: readonly EntityMention[], pattern: RegExp, type: EntityType, trim = (name: string) => name): EntityMention[] {
  const found: EntityMention[] = [];
  let covered: Uint8Array | null = null;
  for (const m of text.matchAll(pattern)) {
    const name = trim(m[1]!);
    const start = m.index! + m[0].length - m[1]!.length;
    const end = start + name.length;
    covered ??= coveredChars(text, mentions);
    if (isCalendarWord(name.split(/\s+/)[0]!) || isCovered(covered, start, end)) continue;
    found.push({ start, end, type, text: name });
  }
  return found.length ? [...mentions, ...found] : [...mentions];
}

/** 1 for each character of `text` inside a mention: overlap checks in linear time. */
function coveredChars(text: string, mentions: readonly EntityMention[]): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  return covered;
}

function isCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i]) return true;
  return false;
}
