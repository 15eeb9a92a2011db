/**
 * Kinds of names that news writes in a recognisable shape, whatever the words: laws and
 * treaties ("Investment Company Act of 1940", "Paris Climate Accord"), court cases
 * ("Roe v. Wade"), institutions with an "of" part ("National Institute of Mental Health",
 * "Intergovernmental Panel on Climate Change"), and geological and archaeological periods ("Pliocene", "Middle Paleolithic"), which are not
 * names a reader wants listed. Shapes, never lists of particular names.
 */
import type { EntityMention, EntityType } from '../../types.ts';
import { isCalendarWord } from './calendar.ts';

/** Last words of laws, treaties and agreements: other names (MISC), not organizations. */
const LAW_HEADS = /\s(?:Act|Acts|Accord|Accords|Treaty|Convention|Protocol|Agreement|Amendment|Doctrine|Charter|Directive|Ordinance|Statute|Resolution)$/u;

/**
 * Retypes a law or treaty as MISC and takes in its year ("… Act of 1940"). A name that is
 * an organization by its first words stays one ("Convention Center" does not end in a head).
 */
export function asLaw(text: string, m: EntityMention): EntityMention {
  if (!LAW_HEADS.test(m.text)) return m;
  const year = /^ of (?:1[6-9]|20)\d\d\b/u.exec(text.slice(m.end, m.end + 9));
  const end = year ? m.end + year[0].length : m.end;
  return { ...m, end, type: 'MISC', text: text.slice(m.start, end) };
}

/** "Roe v. Wade", "Brown v. Board of Education": court cases, as MISC ("vs." is a game, not a case). */
const COURT_CASE = /(?<![\p{L}\d])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+v\.\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the)){0,4}/gu;
/** What every COURT_CASE match holds. */
const VERSUS = /\sv\.\s/u;

export function courtCases(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  // Most stories cite no case: one linear scan spares a match try at every capital.
  if (!VERSUS.test(text)) return out;
  for (const m of text.matchAll(COURT_CASE)) {
    const lead = LEADING_OPENER.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(lead).replace(/(?:\s+(?:of|the))+$/u, '');
    out.push({ start: m.index! + lead, end: m.index! + lead + name.length, type: 'MISC', text: name });
  }
  return out;
}

/** Capitalized words that open sentences and never start a name written after them. */
export const SENTENCE_OPENERS = 'The|A|An|And|But|Or|So|Then|When|While|If|After|Before|Also|Now|In|On|At|For|With|From|By|Meanwhile|Still|Yet';
const LEADING_OPENER = new RegExp(`^(?:${SENTENCE_OPENERS})\\s+(?=\\p{Lu})`, 'u');

/** Last words of institutions whose name goes on with "of", "on" or "for" ("Institute of …"). */
const INSTITUTION_HEADS = new Set(
  ('Institute Institutes Institution Panel Council Committee Commission Department Ministry Office Bureau Academy ' +
    'University College School Association Society Federation Union League Board Agency Authority Centre Center ' +
    'Foundation Fund Bank Court Service Organization Organisation Proceedings Secretary Division Museum').split(' '),
);

/** Whether a word ends institutions' names ("Court", "Department", "Council"). */
export function isInstitutionHead(word: string): boolean {
  return INSTITUTION_HEADS.has(word);
}

/** " and Alcoholism", " and Human Services": one or two capitalized words (no acronym), then no more. */
const AND_PART = /^ and \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?![\p{L}\d'’-]| \p{Lu})/u;

/**
 * Joins an organization that ends in an institution word with the capitalized name after
 * "of", "on" or "for": "U.N. Intergovernmental Panel" + "on Climate Change". The part after
 * may be a mention of its own or words the tagger left out; "the" may follow "of".
 */
export function joinInstitutions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: EntityMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const head = m.text.split(' ').pop()!;
    const more = m.type === 'ORG' && m.text.includes(' of ') ? AND_PART.exec(text.slice(m.end, m.end + 40)) : null;
    if (more && !sorted.some((x) => x.type !== 'ORG' && x.type !== 'MISC' && x.start >= m.end && x.start < m.end + more[0].length)) {
      // "National Institute of Alcohol Abuse" + "and Alcoholism": the name goes on after "and".
      const end = m.end + more[0].length;
      while (i + 1 < sorted.length && sorted[i + 1]!.start < end) i++;
      out.push({ ...m, end, text: text.slice(m.start, end) });
      continue;
    }
    const rest = INSTITUTION_HEADS.has(head) && m.type !== 'PER'
      ? /^ (?:of|on|for)(?: the)? (?:\p{Lu}[\p{L}'’&-]*)(?: (?:\p{Lu}[\p{L}'’&-]*|and|of|for|on|the)(?= ))*(?: \p{Lu}[\p{L}'’&-]*)?/u.exec(text.slice(m.end, m.end + 120))
      : null;
    if (!rest) {
      out.push(m);
      continue;
    }
    // The joined name ends at its last capitalized word, never with "and" or "of", and
    // before a day or month ("the Security Council on Friday").
    const words = rest[0].split(' ');
    const day = words.findIndex((w, k) => k > 0 && isCalendarWord(w));
    const tail = (day > 0 ? words.slice(0, day).join(' ') : rest[0]).replace(/(?: (?:and|of|for|on|the))+$/u, '');
    if (!/\p{Lu}/u.test(tail)) {
      out.push(m);
      continue;
    }
    const end = m.end + tail.length;
    // Mentions swallowed by the join are dropped.
    while (i + 1 < sorted.length && sorted[i + 1]!.start < end) i++;
    out.push({ ...m, end, type: 'ORG', text: text.slice(m.start, end) });
  }
  return out;
}

/** Geological and archaeological periods: "Pliocene", "Cenozoic", "Middle Paleolithic", "Jurassic". */
const PERIOD = /^(?:(?:Early|Middle|Late|Upper|Lower)\s+)?\p{Lu}\p{Ll}+(?:cene|zoic|lithic)$/u;

export function isPeriod(name: string): boolean {
  return PERIOD.test(name);
}

/** Short words a title in Title Case leaves in lower case ("The Purple Rose of Cairo"). */
const TITLE_SMALL_WORDS = new Set('a an the and or nor but of in on at to for from by with as into over under vs. her his my our your their its'.split(' '));

/**
 * Titles of works written in quotation marks: “Radio Days”, “The Purple Rose of Cairo“,
 * “Two Days in March,”. Two to ten words, first and last capitalized, every other word
 * capitalized or a small word, so quoted speech ("Outlook not so good") is never one.
 */
export function quotedTitles(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d])[“"‘]([^“”"‘’\n]{3,80}?)[,.!?]?[”"’“](?![\p{L}\d])/gu)) {
    const inner = m[1]!.replace(/[,.!?]$/u, '');
    const words = inner.split(' ');
    if (words.length < 2 || words.length > 10) continue;
    const isCap = (w: string) => /^[\p{Lu}\d]/u.test(w);
    if (!isCap(words[0]!) || !isCap(words[words.length - 1]!)) continue;
    if (!words.every((w) => isCap(w) || TITLE_SMALL_WORDS.has(w))) continue;
    const start = m.index! + 1;
    out.push({ start, end: start + inner.length, type: 'MISC', text: inner });
  }
  return out;
}

/** Capitalized words that make a demonym before them an institution: "Scottish Parliament". */
const NATIONAL_INSTITUTIONS = new Set(
  ('Parliament Government Assembly Senate Congress Cabinet Executive Labour Conservatives Liberals Greens Party ' +
    'Police Army Navy Treasury Ministry Office Council Court Federation League Union Academy Embassy Consulate').split(' '),
);

/**
 * "Scottish" + "Parliament": the tagger reads the demonym as an other name and leaves the
 * institution out; the two together are one organization.
 */
export function nationalInstitutions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type !== 'MISC' || /\s/.test(m.text)) return m;
    const next = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\d-])/u.exec(text.slice(m.end, m.end + 20));
    if (!next || !NATIONAL_INSTITUTIONS.has(next[1]!)) return m;
    const end = m.end + next[0].length;
    return { ...m, end, type: 'ORG', text: text.slice(m.start, end) };
  });
}

/**
 * Names news writes in a fixed form that a 1996 tagger never saw: the pandemic's disease
 * ("COVID-19", "Covid", "post-COVID" recovery) is an other name; the planets by name,
 * capitalized ("Earth’s climate", "on Mars"), are places.
 */
const DISEASE_NAME = String.raw`(?:COVID|Covid)(?:-19)?`;
const PLANET_NAME = 'Earth|Mars|Venus|Jupiter|Saturn|Neptune|Uranus';
const DISEASE = new RegExp(String.raw`(?<![\p{L}\d])${DISEASE_NAME}(?![\p{L}\d])`, 'gu');
const PLANET = new RegExp(String.raw`(?<![\p{L}\d-])(?:${PLANET_NAME})(?![\p{L}\d-])`, 'gu');
const IS_DISEASE = new RegExp(`^${DISEASE_NAME}$`, 'u');
const IS_PLANET = new RegExp(`^(?:${PLANET_NAME})$`, 'u');

/** The type of a fixed-form name ("COVID-19" MISC, "Earth" LOC), or null. */
export function fixedFormType(name: string): EntityType | null {
  return IS_DISEASE.test(name) ? 'MISC' : IS_PLANET.test(name) ? 'LOC' : null;
}

export function fixedFormNames(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(DISEASE)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'MISC', text: m[0] });
  for (const m of text.matchAll(PLANET)) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'LOC', text: m[0] });
  return out;
}

/** A storm's name in brackets after the storm: "The first named storm was in September (Agnes)". */
const STORM_IN_BRACKETS = /\b(?:storms?|hurricanes?|typhoons?|cyclones?)\b[^.!?()\n]{0,80}\((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)/gu;

/** Storms named in brackets, as other names (events), like "Storm Babet". */
export function stormsInBrackets(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(STORM_IN_BRACKETS)) {
    const start = m.index! + m[0].length - 1 - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: 'MISC', text: m[1]! });
  }
  return out;
}
