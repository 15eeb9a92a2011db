/**
 * Kinds of names that news writes in a recognisable shape, whatever the words: laws and
 * treaties ("Investment Company Act of 1940", "Paris Climate Accord"), court cases
 * ("Roe v. Wade"), institutions with an "of" part ("National Institute of Mental Health",
 * "Intergovernmental Panel on Climate Change"), and geological and archaeological periods ("Pliocene", "Middle Paleolithic"), which are not
 * names a reader wants listed. Shapes, never lists of particular names.
 */
import type { EntityMention } from '../../types.ts';
import { isCalendarWord } from './rules.ts';

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

export function courtCases(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(COURT_CASE)) {
    const name = m[0].replace(/(?:\s+(?:of|the))+$/u, '');
    out.push({ start: m.index!, end: m.index! + name.length, type: 'MISC', text: name });
  }
  return out;
}

/** Last words of institutions whose name goes on with "of", "on" or "for" ("Institute of …"). */
const INSTITUTION_HEADS = new Set(
  ('Institute Institutes Institution Panel Council Committee Commission Department Ministry Office Bureau Academy ' +
    'University College School Association Society Federation Union League Board Agency Authority Centre Center ' +
    'Foundation Fund Bank Court Service Organization Organisation Proceedings Secretary Division Museum').split(' '),
);

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
