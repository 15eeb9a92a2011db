/**
 * Decides when two names in one article refer to the same thing: a surname and the full
 * name, an acronym and its expansion, a short and a long form of an organization.
 */
import type { EntityType } from '../../types.ts';
import { isAcronymOf } from './rules.ts';

/** The name as the popup shows it: quotes and a trailing possessive dropped, spaces tidied. */
export function normalizeName(name: string): string {
  return name
    .replace(/['’]s$/u, '') // a possessive ("Jim’s") is not part of the name
    .replace(/[‘“”"]|(?<!\p{L})’|’(?!\p{L})/gu, '') // quotation marks; a ’ between letters is an apostrophe ("O’Brien")
    .replace(/(?<=\p{L})'(?=\s|$)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a name, without punctuation-only parts. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
}

/** Written like an acronym: "ICE", "U.S.", "NBC", "ERO". */
export function looksLikeAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,8}$|^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(name);
}

/**
 * Whether `short` is another way to write `long` (same article, compatible types): a
 * person's surname or given name, an acronym of the full name, or the first words of it
 * ("NBC" for "NBC News").
 */
export function isAliasOf(short: string, shortType: EntityType, long: string, longType: EntityType): boolean {
  const s = nameWords(short);
  const l = nameWords(long);
  if (s.length >= l.length) return false;
  if (shortType === 'PER' || longType === 'PER') {
    if (shortType !== longType) return false;
    // "Kenney" for "Jim Kenney"; "Sessions" for "Jeff Sessions"; "Bush" for "George W. Bush".
    if (s.length === 1) return s[0] === l[l.length - 1] || s[0] === l[0];
    // "Forrest Jones" for "Michael Forrest Jones"; "George Bush" for "George W. Bush".
    const isEnding = s.every((w, i) => w === l[l.length - s.length + i]);
    const isFirstAndLast = s.length === 2 && s[0] === l[0] && s[1] === l[l.length - 1];
    return isEnding || isFirstAndLast;
  }
  if (looksLikeAcronym(short) && isAcronymOf(short, long)) return true;
  // "NBC" for "NBC News": the short name is the long one's first words. Before a company's
  // legal form ("Remain Co.", "Alibaba Group") whatever type the tagger gave the short one.
  if (!s.every((w, i) => w === l[i])) return false;
  return shortType === longType || l.slice(s.length).every((w) => CORPORATE_FORMS.has(w));
}

/** A company's legal form or group word after its name. */
const CORPORATE_FORMS = new Set('Co. Co Inc. Inc Corp. Corp Corporation Ltd. Ltd LLC plc PLC AG SA Group Holdings Company'.split(' '));

/** Honorifics and titles that may lead a name: "Mr Yousaf", "Congressman Clyburn", "Mayor Pete". */
const TITLES = new Set(
  ('mr mrs ms mx miss messrs dr sir dame prof professor rev reverend fr father sister brother sen senator rep ' +
    'representative gov governor gen general lt col sgt capt captain cmdr adm president vice mayor congressman ' +
    'congresswoman councilman councilwoman judge justice secretary minister chancellor premier king queen prince ' +
    'princess pope lord lady baroness baron coach chief officer detective sheriff ambassador commissioner ' +
    'speaker cardinal bishop rabbi imam pastor deputy attorney').split(' '),
);

/** The name without the titles that lead it ("Mr. Obama" → "Obama"); unchanged when only a title is left. */
export function withoutTitle(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && TITLES.has(words[k]!.replace(/\.$/, '').toLowerCase()) && /^\p{Lu}/u.test(words[k]!)) k++;
  return k ? words.slice(k).join(' ') : name;
}

/** Short forms of English given names: "Jim" is James, "Bill" William ("Much of Jim’s analysis", about James Hansen). */
const SHORT_GIVEN_NAMES = new Map<string, string[]>(
  ('Jim:James Jimmy:James Bill:William Billy:William Will:William Bob:Robert Bobby:Robert Rob:Robert Mike:Michael ' +
    'Joe:Joseph Tom:Thomas Tommy:Thomas Dick:Richard Rick:Richard Rich:Richard Dave:David Dan:Daniel Danny:Daniel ' +
    'Chris:Christopher,Christine,Christina Matt:Matthew Tony:Anthony Steve:Steven,Stephen Ed:Edward Ted:Edward,Theodore ' +
    'Kate:Katherine,Catherine,Kathryn Katie:Katherine,Catherine Liz:Elizabeth Beth:Elizabeth Sue:Susan Pat:Patrick,Patricia ' +
    'Alex:Alexander,Alexandra Nick:Nicholas Ben:Benjamin Sam:Samuel,Samantha Andy:Andrew Greg:Gregory Jeff:Jeffrey ' +
    'Jon:Jonathan Ken:Kenneth Larry:Lawrence Chuck:Charles Charlie:Charles Fred:Frederick Jerry:Gerald Meg:Margaret ' +
    'Peggy:Margaret Jenny:Jennifer Vicky:Victoria Abby:Abigail Tim:Timothy Don:Donald Ron:Ronald Phil:Philip,Phillip ' +
    'Nate:Nathan,Nathaniel Josh:Joshua Zach:Zachary Becky:Rebecca Debbie:Deborah Cathy:Catherine,Cathy Mandy:Amanda').split(' ')
    .map((pair) => { const [short, full] = pair.split(':'); return [short!, full!.split(',')]; }),
);

/** The full given names a short one stands for ("Jim" → ["James"]); empty when none. */
export function fullGivenNames(name: string): readonly string[] {
  return SHORT_GIVEN_NAMES.get(name) ?? [];
}
