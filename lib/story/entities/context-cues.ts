/**
 * What the words right around a name say about its kind, read in a short window before and
 * after each mention (linear in the mentions, never a scan of the text per mention):
 * someone works *at* an organization, a newspaper *said* something, a hashtag is a campaign,
 * an administration is a person's. Patterns of news writing, never lists of names.
 */
import type { EntityMention } from '../../types.ts';
import { datelineAt } from '../dateline.ts';

const before = (text: string, m: EntityMention, n: number) => text.slice(Math.max(0, m.start - n), m.start);
const after = (text: string, m: EntityMention, n: number) => text.slice(m.end, m.end + n);

/** An occupation then "at": "a strategist at Cantor Fitzgerald", "professor at Emory". */
const WORKS_AT = /\b(?:strategist|analyst|economist|professor|researcher|scientist|executive|manager|partner|engineer|editor|reporter|correspondent|columnist|lawyer|attorney|spokes(?:man|woman|person)|fellow|lecturer|employee|founder|co-founder|officer|director|adviser|advisor|consultant|trader|banker|investor|physician|nurse|doctor|teacher)s?\s+at\s+(?:the\s+)?$/u;

/** Someone's job is *at* it: an organization, not a person or a place ("an analyst at Cantor Fitzgerald"). */
export function isWorkplace(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => WORKS_AT.test(before(text, m, 40)));
}

/** A word made from a place: "a Houston-area business", "a Raleigh-based firm", "a Texas-born singer". */
const PLACE_SUFFIX = /^[-‐‑](?:area|based|born|native|wide)\b/u;
/** The place of the dateline opening the mention's paragraph ("HOUSTON, Texas (KTRK) --"). */
const isDatelinePlace = (text: string, m: EntityMention) =>
  (m.start === 0 || text[m.start - 1] === '\n') && m.end - m.start <= (datelineAt(text.slice(m.start, m.start + 160))?.placeEnd ?? 0);

/** Written where only a place goes: in a dateline, or in a word made from a place. */
export function isWrittenAsPlace(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => PLACE_SUFFIX.test(after(text, m, 8)) || isDatelinePlace(text, m));
}

/** Words people exclaim; one followed by a comma or "!" is no name ("‘Oh, we got a report’"; Sandra Oh keeps hers). */
const INTERJECTIONS = new Set(['Oh', 'Ah', 'Aw', 'Wow', 'Hey', 'Uh', 'Um', 'Ugh', 'Hmm', 'Yeah', 'Yep', 'Nope', 'Oops', 'Whoa', 'Ouch', 'Alas']);

/** Every mention is an interjection: the word alone, then a comma or "!". */
export function isInterjection(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.every((m) => INTERJECTIONS.has(text.slice(m.start, m.end)) && /^[,!]/u.test(after(text, m, 1)));
}

/** A reporting verb right after the name. */
const REPORTS = /^\s*(?:said|says|reported|reports|wrote|writes|published|publishes|announced|announces)\b/u;

/**
 * "the Rodong Sinmun said", "the Spokesman-Review reported": a name after a lower-case
 * "the" that speaks is a newspaper, agency or other body; a person is never "the X".
 */
export function isSpeakingBody(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => /(?:^|[^\p{L}])the\s+$/u.test(before(text, m, 6)) && REPORTS.test(after(text, m, 16)));
}

/** "#MeToo": a hashtag is a campaign or movement, an other name. */
export function isHashtag(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => text[m.start - 1] === '#');
}

/** "the Biden administration", "the Obama presidency": only a person leads one. */
const LED_BY_PERSON = /^\s+(?:administration|presidency|campaign)\b/u;

/** A name that leads an administration, presidency or campaign ("The Biden campaign’s pledge"). */
export function leadsAnAdministration(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => /(?:^|[^\p{L}])[Tt]he\s+$/u.test(before(text, m, 6)) && LED_BY_PERSON.test(after(text, m, 16)));
}

/** Words before a platform, app or service that an organization does not take ("on TikTok", "the social media platform TikTok"). */
const SERVICE_BEFORE = /\b(?:on|via|joining|joined|using|use of|downloaded|deleted|platform|app|apps|service|site|website)\s+$/u;
const SERVICE_AFTER = /^\s+(?:messages?|groups?|accounts?|posts?|videos?|apps?|feeds?|pages?|users?|channels?|chats?|threads?|influencers?|creators?|handles?|followers)\b/u;

/** Words before a service that a place never takes (a place is also "on" a coast or "via" a route). */
const SERVICE_ONLY_BEFORE = /\b(?:joining|joined|using|use of|downloaded|deleted|platform|app|apps)\s+$/u;

/**
 * How many of the mentions the text uses as a platform or service; `strict` leaves out
 * "on" and "via", which places take too ("on Zandmotor beach").
 */
export function usesAsService(text: string, mentions: readonly EntityMention[], strict = false): number {
  const cue = strict ? SERVICE_ONLY_BEFORE : SERVICE_BEFORE;
  return mentions.filter((m) => cue.test(before(text, m, 24)) || SERVICE_AFTER.test(after(text, m, 14))).length;
}

/** Posted on a site: "according to answers posted on Quora" (places are not posted on). */
const POSTED_ON = /\b(?:posted|published|shared|wrote|written|writing|posting|sharing)\s+on\s+$/u;

/** Whether the text says things were posted or published on it: a site or service, not a place. */
export function isPostedOn(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => POSTED_ON.test(before(text, m, 24)));
}

/** Where writing is published: "published last month in The New Yorker", "a study in Nature". */
const PUBLISHED_IN = /\b(?:published|appeared|wrote|writes|writing|essay|article|op-ed|column|paper|study|editorial)\s+(?:\p{Ll}+\s+){0,2}in\s+(?:the\s+|The\s+)?$/u;

/** Whether writing is published in it: a newspaper, magazine or journal (an organization). */
export function isPublishedIn(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => PUBLISHED_IN.test(before(text, m, 48)));
}

/** Kinds of companies, then examples: "department stores like Barney’s and Neiman Marcus", "giants such as". */
const COMPANIES_LIKE = /\b(?:companies|company|firms|stores|retailers|brands|banks|lenders|publishers|outlets|chains|automakers|carmakers|airlines|insurers|startups|giants|labels|studios|manufacturers|makers|businesses|corporations|conglomerates|houses)\s+(?:like|such as|including)\s+(?:\p{Lu}[^,;.!?]{0,40}?(?:,\s*|\s+and\s+|\s+or\s+)){0,3}$/u;

/** Named as an example of a kind of company: an organization. */
export function isNamedAsCompany(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => COMPANIES_LIKE.test(before(text, m, 120)));
}

/**
 * "for a Diet Coke,": a person is not counted with "a" (a product is). Not when a noun
 * follows: "a Payton Pritchard layup" is the person's.
 */
export function isAlwaysCounted(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.length > 0 && mentions.every((m) => /(?:^|[^\p{L}])an?\s+$/u.test(before(text, m, 4)) && /^(?:\s*[,.;:!?)”"’]|\s+(?:and|or)\b|\s*$)/u.test(after(text, m, 6)));
}

/** Staff only an institution has, right after its name: "White House communications director", "Kremlin spokesman". */
const INSTITUTION_STAFF = /^\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|press secretary|chief of staff|communications director|aides?|advisers?|advisors?|counsel)\b/u;

/** Whether the text names staff of it: an institution (towns have officials too, so not "officials"). */
export function hasInstitutionStaff(text: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => INSTITUTION_STAFF.test(after(text, m, 40)));
}
