/**
 * Finds the role the article gives a person: "Philadelphia mayor Jim Kenney",
 * "Attorney General Jeff Sessions", "ICE spokesperson, Sarah Rodriguez",
 * "Jim Kenney, the mayor of Philadelphia,".
 */
import type { EntityMention, Span } from '../../types.ts';
import { countLeading } from '../sorted.ts';

/** Nouns that name a position; a role phrase ends (or, after the name, starts) with one. */
export const ROLE_NOUNS = new Set(
  (
    'mayor director spokesperson spokesman spokeswoman president minister secretary attorney general ' +
    'chairman chairwoman chair chief executive ceo cfo coo founder cofounder co-founder senator sen. ' +
    'governor gov. representative rep. congressman congresswoman lawmaker commissioner ambassador judge ' +
    'justice professor prof. captain coach manager official officer spokesman leader head king queen ' +
    'prince princess premier chancellor sheriff prosecutor lawyer attorney counsel adviser advisor ' +
    'analyst economist editor correspondent reporter columnist author writer administrator deputy ' +
    'superintendent commander lieutenant colonel sergeant admiral inspector marshal agent detective ' +
    'councilman councilwoman councillor councilmember candidate nominee speaker treasurer comptroller ' +
    'auditor dean chancellor principal pastor bishop cardinal pope rabbi imam player striker midfielder ' +
    'goalkeeper defender pitcher quarterback owner partner president-elect vice-president dr. mr. mrs. ms.'
  ).split(' '),
);

/** Words that may qualify a role noun: "acting director", "former deputy press secretary". */
const ROLE_MODIFIERS = new Set(
  (
    'acting deputy former vice assistant associate senior junior chief interim executive general press ' +
    'foreign prime state federal national regional district county city top former ex- then- lead ' +
    'managing principal special finance defence defense interior health justice trade labor labour ' +
    'education energy homeland security public police fire immigration communications media campaign ' +
    'u.s. us white house new first second supreme high appeals circuit majority minority party union'
  ).split(' '),
);

/** Small words that may sit inside a role phrase ("mayor of Philadelphia", "secretary of state"). */
const LINKS = new Set(['of', 'for', 'the', 'and', '&']);

const LEADING_LINKS = /^(?:(?:of|for|the|and|&)\s+)+/i;

const WORD_RE = /[\p{L}\d][\p{L}\d.&'’-]*|,/gu;

/**
 * Which mention covers a word, found by binary search over mentions sorted by start: role
 * finding asks this for every word near every person, so a scan of all mentions made
 * long lists of names quadratic.
 */
export class MentionCover {
  private readonly sorted: EntityMention[];
  constructor(mentions: readonly EntityMention[]) {
    this.sorted = [...mentions].sort((a, b) => a.start - b.start);
  }
  /** Whether a mention matching `test` holds [start, end). */
  covers(start: number, end: number, test: (m: EntityMention) => boolean): boolean {
    const lo = countLeading(this.sorted, (m) => m.start <= start);
    // Mentions rarely overlap: the few starting at or before `start` are enough.
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
      const n = this.sorted[k]!;
      if (n.start <= start && end <= n.end && test(n)) return true;
    }
    return false;
  }
}

/**
 * The role given to the person at `mention` (null if none), looked for right before the name
 * and in an appositive right after it. `names` are all mentions, so organization and place
 * names count as part of a role ("ICE acting director").
 */
export function roleAt(text: string, mention: Span, names: readonly EntityMention[] | MentionCover): string | null {
  const cover = names instanceof MentionCover ? names : new MentionCover(names);
  const before = roleBefore(text, mention, cover);
  // A bare honorific ("Sen.") says less than an appositive ("the majority leader").
  if (before && !/^\S+\.$/.test(before)) return before;
  return roleAfter(text, mention, cover) ?? before;
}

/** The role of each of `people` that has one (`names`: every mention of the text). */
export function rolesFor(text: string, people: readonly EntityMention[], names: readonly EntityMention[]): Map<EntityMention, string> {
  const cover = new MentionCover(names);
  const roles = new Map<EntityMention, string>();
  for (const m of people) {
    const role = roleAt(text, m, cover);
    if (role) roles.set(m, role);
  }
  return roles;
}

/** "then-", "ex-", "now-" written onto the first word of a role. */
const TIME_PREFIX = /^(?:then|ex|now|former)-/iu;
/** An honorific the walk took in at the role's end: how the name is addressed, not a role. */
const TRAILING_HONORIFIC = /\s+(?:Dr|Mr|Mrs|Ms|Prof)\.?$/u;
/** Links that join two roles ("founder and chairman"), not a place and a role ("New Jersey and President"). */
const JOINS = new Set(['and', '&']);
const isRoleWord = (word: string) => ROLE_NOUNS.has(word.toLowerCase()) || ROLE_MODIFIERS.has(word.toLowerCase());

/** Capitalized words that open a sentence or clause rather than belong to a title. */
const NOT_TITLE = new Set(
  ('the a an on in at but and as after for by with from to of this that when while if also ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday today').split(' '),
);

const isNameAt = (names: MentionCover, start: number, end: number) => names.covers(start, end, (n) => n.type !== 'PER');
const isPersonAt = (names: MentionCover, start: number, end: number) => names.covers(start, end, (n) => n.type === 'PER');

/** A role phrase is a few words: the text read back from a name is at most this long. */
const ROLE_WINDOW = 160;

/** "Philadelphia mayor Jim Kenney", "ICE spokesperson, Sarah Rodriguez". */
function roleBefore(text: string, mention: Span, names: MentionCover): string | null {
  const windowStart = Math.max(0, mention.start - ROLE_WINDOW);
  // The line break is looked for inside the window only: a scan back over a long line
  // for every name was quadratic.
  const windowText = text.slice(windowStart, mention.start);
  const newline = windowText.lastIndexOf('\n');
  const from = windowStart + newline + 1;
  const before = text.slice(from, mention.start);
  const words = [...before.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length }));
  // A window cut mid-line may have cut its first word: never read that one.
  if (newline < 0 && windowStart > 0 && text[windowStart - 1] !== '\n') words.shift();
  // Only whitespace (or one comma) may separate the role from the name.
  if (!/^[\s,]*$/.test(text.slice(words[words.length - 1]?.end ?? mention.start, mention.start))) return null;
  let k = words.length - 1;
  if (k >= 0 && words[k]!.text === ',') k--;
  if (k < 0 || !ROLE_NOUNS.has(words[k]!.text.toLowerCase())) return null;
  const end = words[k]!.end;
  let start = words[k]!.start;
  // A title written in capitals ("Commerce Secretary") may be led by other capitalized words.
  const titleCase = /^\p{Lu}/u.test(words[k]!.text);
  for (k--; k >= 0; k--) {
    const w = words[k]!;
    const lw = w.text.toLowerCase();
    // Only spaces may separate the words of a role ("WASHINGTON — President" is two things).
    if (w.text === ',' || !/^\s+$/.test(text.slice(w.end, start))) break;
    const bare = w.text.replace(TIME_PREFIX, ''); // "then-Attorney General", "now-Transportation Secretary"
    const lowerBare = bare.toLowerCase();
    const ok =
      ROLE_NOUNS.has(lowerBare) ||
      ROLE_MODIFIERS.has(lowerBare) ||
      isNameAt(names, w.start, w.end) ||
      (LINKS.has(lw) && k > 0 && lw !== 'the' && (!JOINS.has(lw) || isRoleWord(words[k - 1]!.text))) ||
      (titleCase && /^\p{Lu}\p{Ll}+$/u.test(bare) && !NOT_TITLE.has(lowerBare) && !isPersonAt(names, w.start, w.end));
    if (ok) {
      start = w.start;
      continue;
    }
    // "EU industry chief": up to two plain nouns between an organization or place and the role.
    const named = namedBefore(words, k, names, text);
    if (named < 0) break;
    start = words[named]!.start;
    k = named;
  }
  // A link the walk took in and then found nothing before ("the grandson of South Carolina
  // Congressman …", "Kim and Interior Minister …") joins the role to the sentence, not to a title.
  const role = ownRoleAfterLink(withoutRankBeforeName(text.slice(start, end).replace(/\s+/g, ' ').replace(LEADING_LINKS, '')))
    .replace(TRAILING_HONORIFIC, ''); // "Chief Medical Examiner Dr. Laura Carbone"
  return /^(mr|mrs|ms|dr)\.?$/i.test(role) ? null : role;
}

/**
 * "Stéphane Dujarric, spokesman for UN secretary general Antonio Guterres": a role, "for", and
 * a second role before the name. The first is someone else's (Dujarric is the spokesman); the
 * name's own role follows "for". "Secretary of State spokesperson Ned Price" stays whole: "of"
 * makes an office's title.
 */
function ownRoleAfterLink(role: string): string {
  const words = role.split(' ');
  for (let i = words.length - 2; i >= 1; i--) {
    const roleFor = words[i] === 'for' && ROLE_NOUNS.has(words[i - 1]!.toLowerCase()); // "spokesman for UN secretary general"
    const ofTitle = words[i] === 'of' && ROLE_NOUNS.has(words[i + 1]!.toLowerCase()); // "defender of President Donald Trump"
    if (roleFor || ofTitle) return words.slice(i + 1).join(' ');
  }
  return role;
}

/**
 * "U.S. Marshals spokesman Inspector Frank Lempka", "police spokesman Officer Sean Hickman": a
 * rank in capitals right after a lower-case role is how the name is addressed, not more of the
 * role ("Commerce Secretary", "ICE acting director" stay whole).
 */
function withoutRankBeforeName(role: string): string {
  const words = role.split(' ');
  const rank = words[words.length - 1]!;
  const before = words[words.length - 2];
  const isRole = (w: string) => ROLE_NOUNS.has(w.toLowerCase());
  return before && /^\p{Lu}/u.test(rank) && isRole(rank) && /^\p{Ll}/u.test(before) && isRole(before) ? words.slice(0, -1).join(' ') : role;
}

/** Words that end a role phrase when met walking back from the name ("the Pentagon under President Barack Obama"). */
const STOP = new Set(('the a an that this said says told and or but to for with by at in on as is was were who which ' +
  'under over after before during against between into from about like than via').split(' '));

/**
 * If words[k] (and possibly words[k - 1]) are plain lower-case nouns right after a
 * non-person name, the index of that name's word; otherwise -1.
 */
function namedBefore(words: ReadonlyArray<{ text: string; start: number; end: number }>, k: number, names: MentionCover, text: string): number {
  for (let j = k; j >= 0 && j >= k - 2; j--) {
    const w = words[j]!;
    if (j < k && !/^\s+$/.test(text.slice(w.end, words[j + 1]!.start))) return -1;
    if (isNameAt(names, w.start, w.end)) return j < k ? j : -1;
    if (!/^\p{Ll}+$/u.test(w.text) || STOP.has(w.text)) return -1;
  }
  return -1;
}

/** "Jim Kenney, the mayor of Philadelphia, said". */
function roleAfter(text: string, mention: Span, names: MentionCover): string | null {
  const after = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”]{2,60}?)(?=[,.;:)]|\s+(?:said|says|told|added)\b)/u.exec(text.slice(mention.end, mention.end + 80));
  if (!after) return null;
  const phrase = after[1]!.trim();
  if (/\s\p{Lu}$/u.test(phrase)) return null; // cut at an abbreviation's period: "founder and chairman of U.S. Games"
  const words = phrase.split(/\s+/);
  if (words.length > 6) return null;
  const offset = mention.end + after.index! + after[0].indexOf(phrase);
  let pos = offset;
  for (const w of words) {
    const at = text.indexOf(w, pos);
    pos = at + w.length;
    const lw = w.toLowerCase();
    if (!(ROLE_NOUNS.has(lw) || ROLE_MODIFIERS.has(lw) || LINKS.has(lw) || isNameAt(names, at, at + w.length))) return null;
  }
  return words.some((w) => ROLE_NOUNS.has(w.toLowerCase())) ? phrase : null;
}
