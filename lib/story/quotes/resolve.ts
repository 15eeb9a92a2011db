/**
 * Turns a speaker phrase into who it is, for the popup: "Kenney" → "Jim Kenney", "he" → the
 * person he refers to (the nearest one the text gives that gender), "the agency" → the
 * organization named just before, "the former mayor" / "the 38-year-old" → the person the
 * story gives that role or age, "ICE acting director Tom Homan" → "Tom Homan". With the
 * recognizer's entities the speaker is linked to its entity (`speakerEntityId`); without them
 * the text alone is used. What is shown (`speakerName`) is decided by `label.ts`: never a bare
 * pronoun or word; nothing rather than a guess.
 */
import type { Entity, Span } from '../../types';
import type { QuotePassage } from './quote-passage';
import { firstMentionFrom, FEMALE_NOUNS, MALE_NOUNS, readDiscourse, type Discourse, type Gender, type StoryMention } from './discourse';
import { shownSpeaker, type Referent } from './label';
import { isSpeakerNoun } from './source-heads';
import { ABBREVIATIONS } from '../abbreviations';
import { capitalsAsWritten } from '../capitals';
import { DETERMINERS, NAME_PARTICLES, ORG_NOUNS, PERSON_NOUNS, TITLES } from './lexicon';
import { opensSentenceAt } from './text';

/** What kind of phrase names the speaker. */
type SpeakerKind = 'pronoun' | 'name' | 'nominal';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']); // possessives: "her remark that “…”"
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const PRONOUNS = new Set([...PERSON_PRONOUNS, ...RELATIVE_PRONOUNS, 'i', 'we', 'they', 'it', 'you', 'its', 'their', 'our', 'my']);
const REFLEXIVE = /\s+(?:himself|herself|themselves|itself)$/iu;
// The core of a phrase ends where a comma, relative clause or prepositional tail begins.
const CORE_END = /,|\s(?:who|which|that|of|for|to|at|by|from|with|in|on|obtained|released|published)\s|\s\(/u;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}’'.-]*|(?:de|van|von|bin|al|da|di|del|la|le|du)(?=\s+\p{Lu})|\d+(?=\s+\p{Lu}))`;
// A name never runs over a line break: a heading's last word is no first name ("… Before the Horse⏎⏎Some might think").
const NAME_RUN = new RegExp(`${NAME_WORD}(?:[^\\S\\n]+${NAME_WORD})*`, 'gu');

/** How far before a speaker phrase an entity mention covering its head may start. */
const MAX_NAME_CHARS = 60;

/** How far back a pronoun or description looks for who it means. */
const WINDOW = 1500;

/**
 * Fills `speakerName` and `speakerEntityId` of each quote (in place, and returns them).
 * `entities` come from `lib/entities`; without them names are completed from the text.
 */
export function resolveSpeakers(text: string, quotes: QuotePassage[], entities?: Entity[]): QuotePassage[] {
  const quoted = quotes.flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
  const inQuote = (s: Span) => {
    const i = firstMentionFrom(quoted, s.start + 1) - 1; // the last part starting at or before s
    return i >= 0 && s.start >= quoted[i]!.start && s.end <= quoted[i]!.end;
  };
  const speakers: Referent[] = [];
  let index: NameIndex | null = null;
  const ctx: ResolveContext = {
    text, speakers, inQuote, haveEntities: !!entities,
    story: readDiscourse(text, entities ?? [], inQuote),
    names: () => (index ??= indexNames(text)),
  };

  for (const q of quotes) {
    if (!q.speaker) {
      q.speakerName = null;
      continue;
    }
    const referent = resolve(ctx, q.speaker, namedIn(ctx.story, reportedWordsOf(q)));
    if (referent === NO_ONE) {
      q.speakerEntityId = null;
      q.speakerName = null;
      continue;
    }
    q.speakerEntityId = referent?.entity?.id ?? null;
    q.speakerName = shownSpeaker(q.speaker.text, referent);
    // Remember people who spoke, for a later "he said"; without entities, any named speaker.
    if (referent && (referent.entity ? ctx.story.isPerson(referent.entity) : !entities && kindOf(q.speaker.text) === 'name')) {
      speakers.push({ ...referent, at: q.speaker.start });
    }
  }
  return quotes;
}

/** Pronoun, name (its head is capitalised) or nominal phrase ("the agency", "a source"). */
function kindOf(phrase: string): SpeakerKind {
  const lower = phrase.trim().toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  const words = coreOf(phrase).trim().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // "The CEO of …", "the AP": a determiner before a capitalised word is a description, unless
  // the words after it are a name ("The Scottish Conservatives", "the Associated Press").
  // "The Government said": a determiner and one capitalised common noun is a description too.
  if (words[0]!.toLowerCase() === 'the' && words.length === 2 && (ROLE_ACRONYMS.has(head) || ORG_NOUNS.has(head.toLowerCase()) || PERSON_NOUNS.has(head.toLowerCase()))) return 'nominal';
  return /^\p{Lu}/u.test(head) && !PRONOUNS.has(head.toLowerCase()) ? 'name' : 'nominal';
}

/** Acronyms that name a role, not an organization ("the CEO said"). */
const ROLE_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'MP', 'MEP', 'GM']);

/** The phrase up to where its modifiers start: "Steven Aftergood, director of …" → "Steven Aftergood". */
function coreOf(phrase: string): string {
  const m = CORE_END.exec(phrase);
  return (m ? phrase.slice(0, m.index) : phrase).replace(REFLEXIVE, '');
}

/** What the resolution rules see of the article. */
interface ResolveContext {
  text: string;
  story: Discourse;
  /** Speakers resolved so far, in text order. */
  speakers: readonly Referent[];
  inQuote: (s: Span) => boolean;
  haveEntities: boolean;
  /** The article's full names by surname, built on first use. */
  names: () => NameIndex;
}

function resolve(ctx: ResolveContext, speaker: Span & { text: string }, namedInStatement: ReadonlySet<Entity>): Referent | null {
  const kind = kindOf(speaker.text);
  if (kind === 'pronoun') return resolvePronoun(ctx, speaker, true, namedInStatement);
  const named = nameAcrossOf(ctx, speaker);
  if (named) return named;
  if (kind === 'name') return resolveName(ctx, speaker);
  return appositivePerson(ctx, speaker) ?? resolveNominal(ctx, speaker);
}

/**
 * "A top strategist, John Weaver,", "a professor of management at MIT, Mr Malone": a
 * description naming its person after a comma is that person (the popup had shown the
 * description and dropped the name).
 */
function appositivePerson({ story }: ResolveContext, speaker: Span & { text: string }): Referent | null {
  const named = mentionsBetween(story.mentions, speaker.start, speaker.end).find((m) =>
    m.end <= speaker.end && story.isPerson(m.entity) && /,\s*(?:\p{Lu}\p{L}*\.?\s+)?$/u.test(story.text.slice(speaker.start, m.start)));
  return named ? { name: named.entity.name, entity: named.entity, at: speaker.start } : null;
}

/** "Sen.", "Secretary", "Mr": a title written before a name. */
const isTitle = (word: string) => TITLES.has(word.toLowerCase().replace(/\.$/u, ''));

/** Where a speaker phrase's lead ends: a comma, a bracket or a relative clause. */
const LEAD_END = /,|\s(?:who|which|that)\s|\s\(/u;

/**
 * A name with "of" or "for" in it, which `coreOf` cuts short. "The Department of Energy" is
 * that department, not "the department" meaning the organization named last; "White House
 * Chief of Staff Mark Meadows" and "Department of Correction spokesman Jason Kersten" are the
 * person after the title. The recognizer's mentions say where the names run. Not "Critics of
 * President Trump" or "a spokesman for Mayor Bill de Blasio": only capitalised words or role
 * nouns stand between the title's "of" and its person.
 */
function nameAcrossOf({ story }: ResolveContext, speaker: Span & { text: string }): Referent | null {
  const cut = CORE_END.exec(speaker.text);
  if (!cut || !/^\s(?:of|for)\s$/u.test(cut[0])) return null;
  const lead = LEAD_END.exec(speaker.text);
  const leadEnd = speaker.start + (lead ? lead.index : speaker.text.trimEnd().length);
  const afterCut = speaker.start + cut.index + cut[0].length;
  const inLead = mentionsBetween(story.mentions, speaker.start, leadEnd).filter((m) => m.end <= leadEnd);
  const last = inLead[inLead.length - 1];
  if (last && story.isPerson(last.entity) && last.start > afterCut && last.end >= leadEnd - 2 &&
    isTitleOfNamed(speaker.text.slice(0, cut.index), story.text.slice(afterCut, last.start))) {
    return { name: last.entity.name, entity: last.entity, at: speaker.start };
  }
  const determiner = /^(?:the|a|an)\s+/iu.exec(speaker.text)?.[0].length ?? 0;
  const opening = inLead.find((m) => m.start <= speaker.start + determiner && m.end > afterCut);
  return opening ? { name: opening.entity.name, entity: opening.entity, at: speaker.start } : null;
}

/** "White House Chief" + "Staff", "Department" + "Correction spokesman": a title, its "of" part, then the name. */
function isTitleOfNamed(beforeOf: string, between: string): boolean {
  const head = beforeOf.trim().split(/\s+/).pop()!.toLowerCase();
  if (!TITLES.has(head) && !ORG_NOUNS.has(head)) return false;
  const words = between.trim().split(/\s+/).filter(Boolean);
  while (words.length && isTitle(words[words.length - 1]!)) words.pop();
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || PERSON_NOUNS.has(w.toLowerCase()));
}

/** Mentions of [from, to) in text order (binary search into the sorted list). */
function mentionsBetween(mentions: readonly StoryMention[], from: number, to: number): StoryMention[] {
  const out: StoryMention[] = [];
  for (let i = firstMentionFrom(mentions, from); i < mentions.length && mentions[i]!.start < to; i++) out.push(mentions[i]!);
  return out;
}

/**
 * The name at the head of the phrase, linked to the entity whose mention covers that head. A
 * person's name inside an organization's ("Trump" of "Trump Organization") is the person.
 */
function resolveName({ text, story, names, haveEntities }: ResolveContext, speaker: Span & { text: string }): Referent {
  const core = coreOf(speaker.text);
  const runs = [...core.matchAll(NAME_RUN)];
  const last = runs[runs.length - 1];
  const runStart = speaker.start + (last?.index ?? 0);
  const runEnd = runStart + (last?.[0].length ?? core.length);
  const headStart = text.lastIndexOf(' ', runEnd - 1) + 1;
  // The entity mention at the head: the last one that covers the core's last word, also one
  // starting before the phrase ("Malone" tagged as the source inside the mention "Thomas Malone").
  const inside = mentionsBetween(story.mentions, speaker.start - MAX_NAME_CHARS, runEnd).filter((m) => m.end > runStart && m.end >= runEnd - 2 && m.start <= Math.max(headStart, runStart));
  const hit = inside[inside.length - 1];
  const written = stripTitles(last?.[0] ?? core).replace(/[’']s?$/u, ''); // "Trump’s call for “…”"
  if (hit) {
    const form = text.slice(hit.start, hit.end);
    if (hit.entity.type !== 'ORG' || !isPartOfLongerName(form, hit.entity)) return { name: hit.entity.name, entity: hit.entity, at: speaker.start };
    // "Trump said" where "Trump" was grouped with "Trump Organization": the person, if the story names one.
    const person = story.mentions.find((m) => story.isPerson(m.entity) && [m.entity.name, ...m.entity.aliases].some((f) => f === form || f.endsWith(` ${form}`)));
    if (person) return { name: person.entity.name, entity: person.entity, at: speaker.start };
    return { name: completeSurname(names(), form), entity: null, at: speaker.start };
  }
  // A title alone names no one ("he and former Secretary of State Condoleezza Rice both" cut at "of").
  if (!/\s/.test(written) && isTitle(written)) return NO_ONE;
  // A surname the recognizer missed ("PENCE: …" in a transcript) is the person the story names in full.
  const full = completeSurname(names(), written);
  if (haveEntities && full === written && isCapitalOfTheSentence(text, speaker)) return NO_ONE;
  const entity = full !== written ? story.mentions.find((m) => m.entity.name === full && story.isPerson(m.entity))?.entity ?? null : null;
  return { name: full, entity, at: speaker.start };
}

/** A speaker phrase that names no one: the popup shows no speaker rather than it. */
const NO_ONE: Referent = { name: '', entity: null, at: -1 };

/**
 * A lone word whose only capital is the sentence's: it opens the sentence, and the recognizer
 * did not take it for a name ("Evidence confirming that thesis is now everywhere", "Basically,
 * don't expect …", "Graffiti calling the councillor a thief"). A speaker's kind ("Officials",
 * "Police") and a plural ("Americans") still speak.
 */
function isCapitalOfTheSentence(text: string, speaker: Span & { text: string }): boolean {
  const word = speaker.text.trim().replace(/[,;:]$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.endsWith('s') || isSpeakerNoun(word.toLowerCase())) return false;
  return opensSentenceAt(text, speaker.start);
}

/** "Trump" is a word of "Trump Organization", not the organization's own short form ("ICE"). */
function isPartOfLongerName(form: string, entity: Entity): boolean {
  const lower = form.toLowerCase();
  if (entity.name.toLowerCase() === lower) return false;
  if (/^\p{Lu}{2,}$/u.test(form)) return false; // an acronym is the organization's own name
  return entity.name.toLowerCase().split(/\s+/).includes(lower);
}

/** "Sen. Bernie Sanders" → "Bernie Sanders"; a lone "Mr. Obama" keeps its title; "The Scottish Government" → "Scottish Government". */
function stripTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (isTitle(words[i]!) || DETERMINERS.has(words[i]!.toLowerCase()))) i++;
  if (words.length - i < 2 && i > 0 && /^(?:mr|mrs|ms|dr)\.?$/i.test(words[i - 1]!)) return words.slice(i - 1).join(' ');
  return words.slice(i).join(' ');
}

/** Full names in the text by their last word, built once per article: "Kenney" → "Jim Kenney". */
type NameIndex = Map<string, string>;

/**
 * Indexes every capitalised run of two or three name words (titles and determiners dropped)
 * by its last word, keeping the longest, so a surname can be completed without rescanning.
 */
function indexNames(text: string): NameIndex {
  const index: NameIndex = new Map();
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    let i = sentenceStartIn(words);
    // The name follows the run's last title: "Indiana Gov. Mike Pence" is Mike Pence.
    for (let k = words.length - 2; k >= i; k--) {
      if (isTitle(words[k]!)) {
        i = k + 1;
        break;
      }
    }
    while (i < words.length && (isTitle(words[i]!) || DETERMINERS.has(words[i]!.toLowerCase()))) i++;
    const name = words.slice(i);
    const given = name.filter((w) => !NAME_PARTICLES.has(w));
    if (given.length < 2 || given.length > 3 || given.some((w) => /^\d/.test(w))) continue;
    const last = name[name.length - 1]!.replace(/[’']s$/u, '');
    const full = [...name.slice(0, -1), last].join(' ');
    if (full.length > (index.get(last)?.length ?? 0)) index.set(last, full);
  }
  return index;
}

/**
 * Where the last sentence of a run of capitalised words starts: a run can cross a sentence end
 * or a paragraph break ("… on Sunday.\n\nWALLACE: …", "… on Monday. Trump said"), and "Sunday.
 * WALLACE" is no one's name. A word with a period ends a sentence unless it is an initial
 * ("J.", "J.D.") or an abbreviation ("Gov.", "Calif.").
 */
function sentenceStartIn(words: readonly string[]): number {
  let start = 0;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!;
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !ABBREVIATIONS.has(w.slice(0, -1).toLowerCase())) start = k + 1;
  }
  return start;
}

/** "Kenney" → "Jim Kenney" when the text gives the full name somewhere. */
function completeSurname(names: NameIndex, name: string): string {
  if (/\s/.test(name) || name.length < 2) return name;
  const surname = name.replace(/[’']s$/u, '');
  // A transcript's label in capitals ("WALLACE: …") is the surname the story writes "Wallace".
  return names.get(surname) ?? names.get(capitalsAsWritten(surname)) ?? name;
}

/** A person mentioned before a pronoun or description, as a candidate for it. */
interface Antecedent {
  entity: Entity;
  at: number;
  subject: boolean;
  /** Named as the speaker of a quote (resolved), not only mentioned. */
  spoke: boolean;
}

/**
 * The people mentioned in the paragraph of `at` and the two before (and the speakers resolved
 * there), nearest first, without those whose gender the text gives otherwise.
 */
function antecedents(ctx: ResolveContext, at: number, gender: Gender | null, paragraphs = 3): Antecedent[] {
  const { text, story, speakers } = ctx;
  let horizon = ctx.story.paragraphStart(at);
  for (let i = 1; i < paragraphs && horizon > 0; i++) {
    let end = horizon - 1;
    while (end > 0 && text[end] === '\n') end--; // over the blank line between paragraphs
    horizon = ctx.story.paragraphStart(end);
  }
  horizon = Math.max(horizon, at - 3 * WINDOW);
  const agrees = (e: Entity) => story.isPerson(e) && (!gender || (story.genderOf(e) ?? gender) === gender);
  const found: Antecedent[] = mentionsBetween(story.mentions, horizon, at)
    .filter((m) => m.end <= at && agrees(m.entity))
    .map((m) => ({ entity: m.entity, at: m.start, subject: isSubject(text, m), spoke: false }));
  for (let i = speakers.length - 1; i >= 0 && speakers[i]!.at >= horizon; i--) {
    const s = speakers[i]!;
    if (s.entity && s.at < at && agrees(s.entity)) found.push({ entity: s.entity, at: s.at, subject: true, spoke: true });
  }
  found.sort((a, b) => b.at - a.at);
  // Someone the text gives that gender outranks someone it says nothing about ("Getty Images").
  if (gender && found.some((a) => story.genderOf(a.entity) === gender)) return found.filter((a) => story.genderOf(a.entity) === gender);
  return found;
}

const NO_ENTITIES: ReadonlySet<Entity> = new Set();

/**
 * The words a passage reports outside quotation marks: a reported statement's whole span (it
 * comes with no parts), and for a quote the words between its speaker and its first part ("He
 * said he classed Axcell as a “fully functioning adult”"). Not what follows a quote's speaker
 * after the quote ("“…,” he goes on, and because of Kaplan …": the story again).
 */
function reportedWordsOf(q: QuotePassage): Span[] {
  if (!q.parts.length) return [q];
  const first = q.parts[0]!;
  return q.speaker && q.speaker.end <= first.start ? [{ start: q.speaker.end, end: first.start }] : [];
}

/**
 * The entities a statement's own words name. "He said Morales tore open his shirt": a pronoun
 * never means someone its sentence names in what it reports, so "he" is not Morales. The
 * story has no mentions inside quotation marks, so only reported words count.
 */
function namedIn(story: Discourse, parts: readonly Span[]): ReadonlySet<Entity> {
  const named = new Set<Entity>();
  for (const p of parts) for (const m of mentionsBetween(story.mentions, p.start, p.end)) if (m.end <= p.end) named.add(m.entity);
  return named.size ? named : NO_ENTITIES;
}

/** The opening pronoun of a paragraph, resolved without looking at its own paragraph's opener again. */
function resolvePronounOnce(ctx: ResolveContext, speaker: Span & { text: string }): Referent | null {
  return resolvePronoun(ctx, speaker, false);
}

/** Someone of that gender named as a sentence subject in [from, to): the paragraph's topic may have changed. */
function namedSubjectBetween(ctx: ResolveContext, from: number, to: number, gender: Gender): boolean {
  return mentionsBetween(ctx.story.mentions, from, to).some((m) => m.end <= to && ctx.story.isPerson(m.entity) &&
    ctx.story.genderOf(m.entity) === gender && isSubject(ctx.text, m));
}

/**
 * "he"/"she" → the person last named before it who can be "he"/"she": the subject of a
 * recent sentence before a mere mention, a quote's speaker before a person mentioned since
 * as an object. "Biden, he said, …" is never Biden. "who"/"which" → the name right before it;
 * "it" → the organization named last. "they", "we", "I" are left unresolved.
 */
function resolvePronoun(ctx: ResolveContext, speaker: Span & { text: string }, followOpener = true, namedInStatement: ReadonlySet<Entity> = NO_ENTITIES): Referent | null {
  const { text, story, speakers, haveEntities } = ctx;
  const p = speaker.text.toLowerCase();
  if (RELATIVE_PRONOUNS.has(p)) {
    const before = text.slice(Math.max(0, speaker.start - 80), speaker.start).replace(/[\s,]+$/u, '');
    const end = speaker.start - (text.slice(Math.max(0, speaker.start - 80), speaker.start).length - before.length);
    const m = mentionsBetween(story.mentions, end - 80, end).reverse().find((x) => x.end <= end && x.end >= end - 1);
    if (m) return { name: m.entity.name, entity: m.entity, at: m.start };
    const run = before.match(/(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)$/u);
    return run ? { name: completeSurname(ctx.names(), stripTitles(run[1]!)), entity: null, at: speaker.start } : null;
  }
  if (p === 'it' || p === 'its') {
    const org = mentionsBetween(story.mentions, speaker.start - 600, speaker.start).reverse().find((m) => m.end <= speaker.start && m.entity.type === 'ORG');
    return org ? { name: org.entity.name, entity: org.entity, at: org.start } : null;
  }
  if (!PERSON_PRONOUNS.has(p)) return null;
  const gender: Gender = /^(?:he|him|his)$/.test(p) ? 'm' : 'f';
  // "Biden, he said, also …": the name set off right before the pronoun is what is spoken of.
  const spokenOf = /,\s*$/u.test(text.slice(Math.max(0, speaker.start - 3), speaker.start));
  const setOff = spokenOf ? mentionsBetween(story.mentions, speaker.start - 80, speaker.start).filter((m) => m.end >= speaker.start - 3 && m.end <= speaker.start) : [];
  const excluded = (a: { entity: Entity | null }) => setOff.some((m) => m.entity === a.entity) || (!!a.entity && namedInStatement.has(a.entity));
  let recentSpeaker: Referent | undefined;
  for (let i = speakers.length - 1; i >= 0 && speaker.start - speakers[i]!.at < WINDOW; i--) {
    const s = speakers[i]!;
    if ((!s.entity || (story.genderOf(s.entity) ?? gender) === gender) && !excluded(s)) {
      recentSpeaker = s;
      break;
    }
  }
  if (!haveEntities) return recentSpeaker ?? null;
  // "He was with Mia Farrow … their son, Ronan … “…,” he writes": a paragraph that opens on
  // "He" is about the man of the paragraph before; people named after that are objects.
  const para = story.paragraphStart(speaker.start);
  const opener = /^(?:He|She)\b/u.exec(text.slice(para, para + 4));
  if (followOpener && opener && para < speaker.start && opener[0].toLowerCase() === (gender === 'm' ? 'he' : 'she') && !namedSubjectBetween(ctx, para, speaker.start, gender)) {
    const topic = resolvePronounOnce(ctx, { start: para, end: para + opener[0].length, text: opener[0].toLowerCase() });
    if (topic && !excluded(topic)) return topic;
  }
  const people = antecedents(ctx, speaker.start, gender).filter((a) => !excluded(a));
  // The nearest paragraph that names someone who can be meant; there, the subject of a sentence
  // is what a later "he" most often refers to ("Perdue said he didn’t believe it did Romney in.
  // “…,” he said" is Perdue), so it outranks an object.
  const nearest = people[0] ? ctx.story.paragraphStart(people[0].at) : -1;
  const here = people.filter((a) => ctx.story.paragraphStart(a.at) === nearest);
  const person = here.find((a) => a.subject) ?? here[0];
  if (!person) return recentSpeaker && !describedSince(text, recentSpeaker.at, speaker.start, gender) ? recentSpeaker : null;
  // A quote's speaker outranks a person merely mentioned since ("Trump said of Clinton").
  const meant = recentSpeaker && recentSpeaker.at >= ctx.story.paragraphStart(person.at) && !person.subject ? recentSpeaker : null;
  if (describedSince(text, Math.max(person.at, meant?.at ?? 0), speaker.start, gender)) return null;
  return meant ?? { name: person.entity.name, entity: person.entity, at: person.at };
}

// Not discourse.ts' MALE_NOUNS / FEMALE_NOUNS: those hold roles too ("the congressman", "the
// spokeswoman"), which a story uses for the named person; these describe someone unnamed.
const MEN = 'man|boy|father|husband|son|brother|gunman|gentleman|guy|uncle|grandfather|boyfriend|nephew';
const WOMEN = 'woman|girl|mother|wife|daughter|sister|lady|aunt|grandmother|girlfriend|niece';
const DESCRIBED = { m: new RegExp(`(?:^|[.!?]["”’]?\\s+)(?:The|A|An)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${MEN})\\b`, 'u'),
  f: new RegExp(`(?:^|[.!?]["”’]?\\s+)(?:The|A|An)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${WOMEN})\\b`, 'u') };

/**
 * A sentence opening on a man or woman the story describes but does not name ("The man in red
 * shorts led employees to believe …") after the named person and before the pronoun: "he"
 * then most likely means the man described, whom no name can stand for. Better no speaker
 * than the wrong one.
 */
function describedSince(text: string, from: number, to: number, gender: Gender): boolean {
  return from < to && DESCRIBED[gender].test(text.slice(from, to));
}


/** A mention that opens its sentence, where the subject usually stands. */
function isSubject(text: string, m: Span): boolean {
  // Each mention is asked about once per quote near it: remember the answer (mentions are
  // objects of one story's discourse, so the text is always the same for a given mention).
  let answer = subjectOf.get(m);
  if (answer === undefined) subjectOf.set(m, (answer = readsAsSubject(text, m)));
  return answer;
}

const subjectOf = new WeakMap<Span, boolean>();

function readsAsSubject(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (/(?:^|(?<!\b\p{Lu})[.!?]["”’]?\s+|\n)(?:[\p{L}.-]+\s+){0,3}$/u.test(before)) return true; // not after an initial: "J.D. Salinger and
  // Or followed by its verb: "Sen. David Perdue (R-Ga.) said", "Ham explained".
  return SUBJECT_VERB_AFTER.test(text.slice(m.end, m.end + 80));
}

const SUBJECT_VERB_AFTER = /^(?:\s*\([^)]{0,20}\))?(?:,[^,.]{1,60},)?\s+(?:has |had |also |later |then |was |is )?(?:said|says|told|tells|added|wrote|asked|argued|explained|insisted|noted|warned|\p{Ll}+ed)\b/u;

/** Ranks that make another role of the noun after them ("vice president", "deputy director"). */
const RANKS = new Set(['vice', 'deputy', 'assistant', 'associate', 'lieutenant', 'under', 'sub']);

/** Words of a description that point back to someone already named ("the former mayor", "the 38-year-old"). */
const BACK_POINTING = /^(?:former|ex-|then-|\d+-year-old|longtime|embattled|veteran)/u;

/**
 * "the agency" → the organization named last before it (within a few paragraphs); "the
 * mayor" → the person the story gives that role; "the former mayor", "the 38-year-old" → the
 * person the story is most about among those named lately who can be meant (same gender).
 * Indefinite phrases ("a spokesperson", "an internal document obtained by NBC") stay as written.
 */
function resolveNominal(ctx: ResolveContext, speaker: Span & { text: string }): Referent | null {
  const { text, story, inQuote } = ctx;
  const core = coreOf(speaker.text).trim();
  const words = core.toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length > 5) return null;
  if (/\p{Lu}/u.test(core.slice(3, core.lastIndexOf(' '))) ) return null; // "the Clinton campaign": as written
  const head = words[words.length - 1]!;
  if (ORG_NOUNS.has(head)) {
    const orgs = mentionsBetween(story.mentions, speaker.start - WINDOW, speaker.start).reverse()
      .filter((m) => m.end <= speaker.start && m.entity.type === 'ORG');
    // "the government" → "the Scottish Government" before any other organization named since.
    const byHead = orgs.find((m) => m.entity.name.toLowerCase().split(/\s+/).includes(head));
    if (byHead) return { name: byHead.entity.name, entity: byHead.entity, at: byHead.start };
    const written = namedWithHead(text, speaker.start, head, inQuote);
    if (written) return written;
    if (NAMED_KINDS.has(head)) return null; // "the union", as written, rather than the company named last
    const org = orgs[0];
    if (org && PUBLICATION.test(org.entity.name) && !MEDIA_NOUNS.has(head)) return null; // "the group" after "told Positive News"
    if (org) return { name: org.entity.name, entity: org.entity, at: org.start };
    // A name the recognizer took for a place or person ("SEOUL, Aug. 20 (Yonhap)") is no organization.
    const named = (s: Span) => mentionsBetween(story.mentions, s.start - 200, s.end).some((m) => m.start < s.end && s.start < m.end && m.entity.type !== 'ORG');
    return orgFromText(text, speaker.start, WINDOW, (s) => inQuote(s) || named(s));
  }
  const modifiers = words.slice(1, -1);
  // "the mayor", "the 38-year-old", "the CEO" name a person; "the former employee" only points back.
  const headIsPerson = PERSON_NOUNS.has(head) || /^\d+-year-old$/.test(head) || ROLE_ACRONYMS.has(head.toUpperCase());
  if (!headIsPerson && !modifiers.some((w) => BACK_POINTING.test(w))) return null;
  const gender = FEMALE_NOUNS.has(head) ? 'f' : MALE_NOUNS.has(head) ? 'm' : pronounAfter(ctx, speaker);
  // "the former vice president" is no president: a rank in the description must be in the role.
  const ranks = modifiers.filter((w) => RANKS.has(w));
  const people = antecedents(ctx, speaker.start, gender, 6).filter((a) => ranks.every((r) => story.rolesOf(a.entity).has(r)));
  // The story's own role for someone: "Philadelphia mayor Jim Kenney … the mayor said".
  const byRole = people.find((a) => story.rolesOf(a.entity).has(head));
  if (byRole) return { name: byRole.entity.name, entity: byRole.entity, at: byRole.at };
  // "the former mayor", "the 38-year-old": a description standing for someone named before; the
  // one the story keeps coming back to (most mentions), when the text does not tell otherwise.
  // Not "the former employee", "the ex-associate": people a story describes rather than names.
  if (!headIsPerson || (!BACK_POINTING.test(head) && !modifiers.some((w) => BACK_POINTING.test(w)))) return null;
  let best: Antecedent | null = null;
  for (const a of people) if (!best || a.entity.count > best.entity.count) best = a;
  return best ? { name: best.entity.name, entity: best.entity, at: best.at } : null;
}

/** "the 38-year-old said as he tried …": a subject pronoun later in the description's sentence. */
function pronounAfter({ text }: ResolveContext, speaker: Span): Gender | null {
  const rest = text.slice(speaker.end, speaker.end + 120).split(/[.?!\n“"]/u)[0]!;
  const m = /\b(he|she)\b/iu.exec(rest);
  return m ? (m[1]!.toLowerCase() === 'he' ? 'm' : 'f') : null;
}

/**
 * Kinds of organization whose names say their kind ("the union" is a union, "the government"
 * a government, "the county" a county): when no organization so named comes before, the one
 * named last is more often another kind ("the union said" after Ford, "the military said"
 * after Hamas; 14 of 17 such guesses on the English web stories of ../shared/data/dates were
 * wrong, against 8 of 23 for "the company", "the group", "the agency").
 */
const NAMED_KINDS = new Set(['government', 'county', 'city', 'state', 'district', 'court', 'military', 'army', 'navy', 'union',
  'association', 'federation', 'league', 'campaign', 'department', 'ministry', 'committee', 'commission', 'council', 'embassy', 'regime', 'administration']);

/**
 * A newspaper or journal's name is mostly the story's outlet or source ("told Positive News",
 * "published in Proceedings of the National Academy of Sciences", a photo credit to The Seattle
 * Times), not what "the group" or "the company" refers back to: named last, it leaves the phrase
 * as written (the organization named before it was no better on the English web stories).
 * Only a media noun ("the paper") may mean one.
 */
const PUBLICATION = /\b(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Observer|Telegraph|Magazine|Proceedings|Review|Daily)\b/u;
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'magazine', 'outlet', 'publication', 'website', 'site', 'network', 'channel', 'station']);

/** "the government" → "Scottish Government" written shortly before, when no entity has that name. */
function namedWithHead(text: string, at: number, head: string, inQuote: (s: Span) => boolean): Referent | null {
  const from = Math.max(0, at - WINDOW);
  const Head = head[0]!.toUpperCase() + head.slice(1);
  let best: Referent | null = null;
  for (const m of text.slice(from, at).matchAll(new RegExp(`(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}${Head}\\b`, 'gu'))) {
    const span = { start: from + m.index!, end: from + m.index! + m[0].length };
    const name = stripTitles(m[0]);
    if (!inQuote(span) && name.includes(' ')) best = { name, entity: null, at: span.start };
  }
  return best;
}

const ORG_HEADS = /\b(?:Agency|Department|Service|Committee|Commission|Campaign|Party|Police|Bureau|Office|Administration|Council|Court|Times|Post|News|Inc|Corp|Company|Group|Association|Foundation|Institute|University|Network|Enforcement|Board|Ministry|Union)\b/u;

/** Without entities: the last acronym ("ICE") or organisation-like name before `at`. */
function orgFromText(text: string, at: number, window: number, inQuote: (s: Span) => boolean): Referent | null {
  const from = Math.max(0, at - window);
  const slice = text.slice(from, at);
  let best: Referent | null = null;
  for (const m of slice.matchAll(/\b\p{Lu}{2,6}\b|(?:\p{Lu}[\p{L}.]*\s+){1,5}(?:Agency|Department|Service|Committee|Commission|Campaign|Party|Police|Bureau|Office|Administration|Council|Court|Times|Post|News|Inc|Corp|Company|Group|Association|Foundation|Institute|University|Network|Enforcement|Board|Ministry|Union)\b/gu)) {
    const span = { start: from + m.index!, end: from + m.index! + m[0].length };
    if (!inQuote(span) && (ORG_HEADS.test(m[0]) || /^\p{Lu}{2,6}$/u.test(m[0]))) best = { name: m[0].trim(), entity: null, at: span.start };
  }
  return best;
}
