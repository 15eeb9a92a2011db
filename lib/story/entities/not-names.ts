/**
 * Words the tagger marks as names that a reader does not want listed (DESIGN.md, popup gold):
 * demonyms and nationalities ("American", "Californians", "Northern Irish"), party adjectives
 * and members ("Republican", "Democrats"), religions and their members ("Jewish",
 * "Catholics"), languages ("Spanish"). Events, laws, products and works stay.
 */
import type { Gazetteer } from './gazetteer.ts';
import { PERSON_TITLES } from '../abbreviations.ts';

const PARTY = new Set(
  ('republican republicans democrat democrats democratic tory tories labourite socialist socialists communist communists ' +
    'nazi nazis fascist fascists marxist marxists maoist maoists zionist zionists ' +
    'conservative conservatives liberal liberals libertarian libertarians progressive progressives').split(' '),
);

const FAITH_AND_KIN = new Set(
  ('christian christians catholic catholics protestant protestants evangelical evangelicals jewish jew jews muslim muslims ' +
    'islamic islamist islamists hindu hindus buddhist buddhists sikh sikhs mormon mormons orthodox anglican anglicans ' +
    'baptist baptists methodist methodists atheist atheists latino latinos latina latinas latinx hispanic hispanics ' +
    'native natives indigenous aboriginal asian asians arab arabs caucasian black blacks white whites ' +
    'english spanish french german mandarin cantonese arabic hebrew yiddish latin russian portuguese italian hindi urdu ' +
    'irish welsh scots dutch british swiss flemish basque catalan kurdish kurds maori inuit ' +
    'celsius fahrenheit').split(' '),
);

/** Words that only qualify a demonym: "Native American", "Northern Irish", "Chinese-owned". */
const QUALIFIERS = new Set(
  ('native northern southern eastern western north south east west central upper lower pro anti inter non ' +
    'owned born based led backed made speaking american-born').split(' '),
);

/** Gazetteer entries listed as demonyms that are really country names. */
const COUNTRY_LOOKALIKES = new Set(['philippines', 'laos']);

/** A capitalized word shaped like a demonym: "Californian", "Floridians", "Scottish", "Taiwanese". */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ians?|ans|ese|ish)$/u;

function isDemonymWord(word: string, gazetteer: Gazetteer | undefined, byShape: boolean, parties: boolean): boolean {
  const lower = word.toLowerCase();
  if (FAITH_AND_KIN.has(lower) || (parties && PARTY.has(lower))) return true;
  if (COUNTRY_LOOKALIKES.has(lower)) return false;
  const cats = gazetteer?.phrases.get(lower);
  if (cats?.includes('demonym')) return true;
  if (cats?.some((c) => c === 'country' || c === 'city' || c === 'region')) return false;
  return byShape && DEMONYM_SHAPE.test(word);
}

/**
 * Whether a name is a demonym, nationality, party adjective, religion or language rather
 * than a name to list: every word of it is one of those, or a qualifier of one. `byShape`
 * also counts words shaped like demonyms ("Floridians"): right for other names, wrong for
 * people ("Brian"). `parties` also counts party words ("Republican"): right for other
 * names, wrong for organizations ("the Democrats" as a party).
 */
export function isNotAName(name: string, gazetteer?: Gazetteer, byShape = true, parties = true): boolean {
  const words = name.split(/[\s\-‐‑]+/).filter(Boolean);
  let demonyms = 0;
  for (const word of words) {
    if (isDemonymWord(word.replace(/['’]s$/u, ''), gazetteer, byShape, parties)) demonyms++;
    else if (!QUALIFIERS.has(word.toLowerCase())) return false;
  }
  return demonyms > 0;
}

/**
 * Tokens the tagger takes for names on sports and business pages: time zones, "No.", positions,
 * classes ("4A", "Class B"); and a question word alone, which a page of questions ("What do you
 * call …?") had listed 155 times as an organization.
 */
const NEVER_NAMES = /^(?:No\.?|Nos\.?|[ECMP][SD]T|GMT|UTC|BST|CET|CEST|AM|PM|a\.m\.|p\.m\.|QB|RB|WR|TE|TDs?|OT|\d[A-Z]{1,2}|Class(?: \d?[A-Z]{1,2})?|What|Why|How|Where|When|Which|Whose|Whom)$/u;

/** A person's title written short and alone ("Rep.", "Dr."): the tagger took it for a name. */
const isTitleAlone = (text: string) => text.endsWith('.') && PERSON_TITLES.includes(text.slice(0, -1).toLowerCase());

/**
 * A mention tidied for listing: a leading ranking or number dropped ("No. 2 Columbine" →
 * "Columbine"), a leading "None of" ("None of Loveland's wins") and a trailing "No."
 * too, and null for a token that is never a name ("No.", "EDT", "4A").
 */
export function tidyMention<M extends { start: number; end: number; text: string }>(m: M): M | null {
  const lead = /^(?:(?:No\.?|#)\s*)?\d+\s+(?=\p{Lu})|^(?:None|All|Each|Some|Most|Both|Many|Much|Any|One|Neither|Either) of\s+(?=\p{Lu})/u.exec(m.text);
  let tidy = lead ? { ...m, start: m.start + lead[0].length, text: m.text.slice(lead[0].length) } : m;
  const trail = /\s+(?:No\.?|#)$/u.exec(tidy.text);
  if (trail) tidy = { ...tidy, end: tidy.end - trail[0].length, text: tidy.text.slice(0, -trail[0].length) };
  // Dashes and quotation marks before a name are not part of it ("—Peter, 34", "‘Good Bones").
  const punct = /^[—–\-‘’'“”"\s]+(?=[\p{L}\d])/u.exec(tidy.text);
  if (punct) tidy = { ...tidy, start: tidy.start + punct[0].length, text: tidy.text.slice(punct[0].length) };
  // A name inside a word made from it: "anti-Trump", "post-Brexit", "Raleigh-based", "Israeli-occupied".
  // (Only word-making prefixes: "al-Assad", "de-Gaulle" keep their particles.)
  const prefix = /^(?:anti|pro|post|pre|neo|pan|non|ex|mid|un|sub|super|ultra|trans|inter|counter|semi|quasi|pseudo)-(?=\p{Lu})/u.exec(tidy.text);
  if (prefix) tidy = { ...tidy, start: tidy.start + prefix[0].length, text: tidy.text.slice(prefix[0].length) };
  const suffix = DERIVED_SUFFIX.exec(tidy.text);
  if (suffix) tidy = { ...tidy, end: tidy.end - suffix[0].length, text: tidy.text.slice(0, -suffix[0].length) };
  const bare = tidy.text.trim();
  // An acronym in the plural ("UFOs", "NGOs", "EVs") is a common noun: names have no plural.
  if (bare.length < 2 || NEVER_NAMES.test(bare) || isTitleAlone(bare) || /^\p{Lu}{2,6}s$/u.test(bare)) return null;
  return COMMON_ABBREVIATIONS.has(bare.replace(/(?<=\p{Lu})s$/u, '')) || COMMON_NOUNS.has(bare) ? null : tidy;
}

/** Common nouns and beings that are capitalized by habit, not names: "the Internet", "God". */
const COMMON_NOUNS = new Set(['Internet', 'Web', 'WiFi', 'Wi-Fi', 'God']);

/** Words that make an adjective of a name: "Raleigh-based", "Koch-backed", "Mississippi-born" (not "Pee-wee", "Co-operative"). */
const DERIVED_SUFFIX = new RegExp(
  String.raw`(?<=[\p{L}\d.])-(?:${('based backed led owned born area native aligned controlled brokered dominated occupied related specific ' +
    'induced themed certified first style era language speaking made funded run sponsored linked affiliated bound friendly ' +
    'centric inspired like wide level type playing district defined focused oriented powered listed bred raised educated ' +
    'trained registered supported allied leaning designed built').split(' ').join('|')})$`,
  'u',
);

/**
 * Abbreviations of common nouns, not names of anything (DESIGN.md lists no common nouns):
 * "AI agents", "an OBGYN", "STD prevention", "the CEO". Specific diseases ("COVID-19",
 * "HIV") and named things stay.
 */
const COMMON_ABBREVIATIONS = new Set(
  ('AI AGI CEO CFO COO CTO GDP CPI DNA RNA STD STI OBGYN OB-GYN ICU IVF MRI PTSD ADHD OCD IQ PhD MBA GPS TV EV SUV ' +
    'ATM LED USB PDF URL FAQ DIY CPR BMI IPO ETF VPN API LGBT LGBTQ LGBTQ+ RV MVP GPA DUI DWI ID HD HDR SSD HDD CPU GPU RAM LCD OLED').split(' '),
);

/**
 * Acronyms the text spells out in lower-case words, so of common nouns, not names:
 * "artificial intelligence (AI)", "AI (artificial intelligence)", "sexually transmitted
 * diseases (STDs)". One pass over the text.
 */
export function commonTermAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  // The acronym's letters are the initials of the last content words before it, or of the words after it.
  const spells = (words: string, acronym: string, fromEnd: boolean) => {
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    const content = words.split(/\s+/).filter((w) => w && !SMALL_WORDS.has(w));
    const used = fromEnd ? content.slice(-letters.length) : content;
    return letters.length >= 2 && used.map((w) => w[0]!.toUpperCase()).join('') === letters;
  };
  // From each bracketed acronym, the lower-case words right before it (a bounded look back).
  for (const m of text.matchAll(/\(\s*(\p{Lu}[\p{Lu}&-]{1,7})s?\s*\)/gu)) {
    const words = text.slice(Math.max(0, m.index! - 100), m.index!).split(/\s+/).slice(1, -1);
    let k = words.length;
    while (k > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k - 1]!)) k--;
    if (words.length - k >= 2 && spells(words.slice(k).join(' '), m[1]!, true)) out.add(m[1]!);
  }
  for (const m of text.matchAll(/\b(\p{Lu}[\p{Lu}&-]{1,7})s?\s*\(\s*(\p{Ll}[\p{Ll}\s-]{3,80}?)\s*\)/gu)) {
    if (spells(m[2]!, m[1]!, false)) out.add(m[1]!);
  }
  return out;
}

const SMALL_WORDS = new Set('of and for the to in on a an or with'.split(' '));
