/**
 * Turns a speaker phrase into who it is, for the popup: "Kenney" → "Jim Kenney", "he" → the
 * person he refers to, "the agency" → the organization named just before, "ICE acting
 * director Tom Homan" → "Tom Homan". With the recognizer's entities the speaker is linked to
 * its entity (`speakerEntityId`); without them the text alone is used. When the reference is
 * unclear the phrase is shown as written.
 */
import type { Entity, Span } from '../../types';
import type { QuotePassage } from './index';
import { DETERMINERS, NAME_PARTICLES, ORG_NOUNS, PERSON_NOUNS, TITLES } from './lexicon';

/** What kind of phrase names the speaker. */
type SpeakerKind = 'pronoun' | 'name' | 'nominal';

/** A name occurrence linked to an entity. */
interface LinkedMention extends Span {
  entity: Entity;
}

/** Who a speaker phrase refers to: a display name and, when known, an entity. */
interface Referent {
  name: string;
  entity: Entity | null;
  /** Where that name was last seen, to pick the nearest antecedent. */
  at: number;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']); // possessives: "her remark that “…”"
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const PRONOUNS = new Set([...PERSON_PRONOUNS, ...RELATIVE_PRONOUNS, 'i', 'we', 'they', 'it', 'you']);
// The core of a phrase ends where a comma, relative clause or prepositional tail begins.
const CORE_END = /,|\s(?:who|which|that|of|for|at|by|from|with|in|on|obtained|released|published)\s|\s\(/u;
const NAME_RUN = /(?:\p{Lu}[\p{L}’'.-]*|(?:de|van|von|bin|al|da|di|del|la|le|du)(?=\s+\p{Lu}))(?:\s+(?:\p{Lu}[\p{L}’'.-]*|(?:de|van|von|bin|al|da|di|del|la|le|du)(?=\s+\p{Lu})))*/gu;

/**
 * Fills `speakerName` and `speakerEntityId` of each quote (in place, and returns them).
 * `entities` come from `lib/entities`; without them names are completed from the text.
 */
export function resolveSpeakers(text: string, quotes: QuotePassage[], entities?: Entity[]): QuotePassage[] {
  const quoted = quotes.flatMap((q) => q.parts);
  const inQuote = (s: Span) => quoted.some((q) => s.start >= q.start && s.end <= q.end);
  const linked: LinkedMention[] = (entities ?? [])
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .filter((m) => !inQuote(m))
    .sort((a, b) => a.start - b.start);
  const speakers: Referent[] = [];
  let index: NameIndex | null = null;
  const ctx: ResolveContext = {
    text, linked, speakers, inQuote, haveEntities: !!entities,
    names: () => (index ??= indexNames(text)),
  };

  for (const q of quotes) {
    if (!q.speaker) continue;
    const referent = resolve(ctx, q.speaker);
    q.speakerName = referent?.name ?? q.speaker.text;
    q.speakerEntityId = referent?.entity?.id ?? null;
    // Remember people who spoke, for a later "he said"; without entities, any named speaker.
    if (referent && (referent.entity ? referent.entity.type === 'PER' : !entities && kindOf(q.speaker.text) === 'name')) {
      speakers.push({ ...referent, at: q.speaker.start });
    }
  }
  return quotes;
}

/** Pronoun, name (its head is capitalised) or nominal phrase ("the agency", "a source"). */
function kindOf(phrase: string): SpeakerKind {
  const lower = phrase.trim().toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  const core = coreOf(phrase);
  const words = core.text.trim().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  return /^\p{Lu}/u.test(head) && !PRONOUNS.has(head.toLowerCase()) ? 'name' : 'nominal';
}

/** The phrase up to where its modifiers start: "Steven Aftergood, director of …" → "Steven Aftergood". */
function coreOf(phrase: string): { text: string; offset: number } {
  const m = CORE_END.exec(phrase);
  return { text: m ? phrase.slice(0, m.index) : phrase, offset: 0 };
}

/** What the resolution rules see of the article. */
interface ResolveContext {
  text: string;
  /** Entity mentions outside quotes, in text order. */
  linked: readonly LinkedMention[];
  /** Speakers resolved so far, in text order. */
  speakers: readonly Referent[];
  inQuote: (s: Span) => boolean;
  haveEntities: boolean;
  /** The article's full names by surname, built on first use. */
  names: () => NameIndex;
}

function resolve(ctx: ResolveContext, speaker: Span & { text: string }): Referent | null {
  const kind = kindOf(speaker.text);
  if (kind === 'pronoun') return resolvePronoun(ctx, speaker);
  if (kind === 'name') return resolveName(ctx, speaker);
  return resolveNominal(ctx, speaker);
}

/** The name at the head of the phrase, linked to the entity whose mention it is. */
function resolveName({ linked, names }: ResolveContext, speaker: Span & { text: string }): Referent {
  const core = coreOf(speaker.text).text;
  const runs = [...core.matchAll(NAME_RUN)];
  const last = runs[runs.length - 1];
  const runStart = speaker.start + (last?.index ?? 0);
  const runEnd = runStart + (last?.[0].length ?? core.length);
  // The entity mention at the head: the last one inside the phrase's core.
  const hit = [...linked].reverse().find((m) => m.start < runEnd && m.end > runStart && m.start >= speaker.start);
  if (hit) return { name: hit.entity.name, entity: hit.entity, at: speaker.start };
  const name = stripTitles(last?.[0] ?? core).replace(/[’']s?$/u, ''); // "Trump’s call for “…”"
  return { name: completeSurname(names(), name), entity: null, at: speaker.start };
}

/** "Sen. Bernie Sanders" → "Bernie Sanders"; a lone "Mr. Obama" keeps its title. */
function stripTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
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
    let i = 0;
    while (i < words.length && (TITLES.has(words[i]!.toLowerCase().replace(/\.$/, '')) || DETERMINERS.has(words[i]!.toLowerCase()))) i++;
    const name = words.slice(i);
    const given = name.filter((w) => !NAME_PARTICLES.has(w));
    if (given.length < 2 || given.length > 3) continue;
    const last = name[name.length - 1]!.replace(/[’']s$/u, '');
    const full = [...name.slice(0, -1), last].join(' ');
    if (full.length > (index.get(last)?.length ?? 0)) index.set(last, full);
  }
  return index;
}

/** "Kenney" → "Jim Kenney" when the text gives the full name somewhere. */
function completeSurname(names: NameIndex, name: string): string {
  if (/\s/.test(name) || name.length < 2) return name;
  return names.get(name.replace(/[’']s$/u, '')) ?? name;
}


/**
 * "he"/"she" → the person last named before it: the speaker of a recent quote or, with
 * entities, the last person mentioned. "who"/"which" → the name right before it.
 */
function resolvePronoun(ctx: ResolveContext, speaker: Span & { text: string }): Referent | null {
  const { text, linked, speakers, haveEntities } = ctx;
  const p = speaker.text.toLowerCase();
  if (RELATIVE_PRONOUNS.has(p)) {
    const before = text.slice(Math.max(0, speaker.start - 80), speaker.start).replace(/[\s,]+$/u, '');
    const end = speaker.start - (text.slice(Math.max(0, speaker.start - 80), speaker.start).length - before.length);
    const m = [...linked].reverse().find((x) => x.end <= end && x.end >= end - 1);
    if (m) return { name: m.entity.name, entity: m.entity, at: m.start };
    const run = before.match(/(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)$/u);
    return run ? { name: completeSurname(ctx.names(), stripTitles(run[1]!)), entity: null, at: speaker.start } : null;
  }
  if (p === 'it') {
    const org = [...linked].reverse().find((m) => m.end <= speaker.start && m.entity.type === 'ORG' && speaker.start - m.end < 600);
    return org ? { name: org.entity.name, entity: org.entity, at: org.start } : null;
  }
  if (!PERSON_PRONOUNS.has(p)) return null;
  const recentSpeaker = [...speakers].reverse().find((s) => speaker.start - s.at < 1500);
  if (!haveEntities) return recentSpeaker ?? null;
  // People named before the pronoun, nearest first, within its paragraph and the two before.
  let horizon = speaker.start;
  for (let i = 0; i < 3 && horizon > 0; i++) horizon = paragraphStart(text, Math.max(0, horizon - 2));
  const people = [...linked].reverse().filter((m) => m.end <= speaker.start && m.start >= horizon && m.entity.type === 'PER');
  // The subject of a sentence is what a later "he" most often refers to ("Perdue said he
  // didn’t believe it did Romney in. “…,” he said" is Perdue), so it outranks an object.
  const subject = people.find((m) => isSubject(text, m));
  const person = subject ?? people[0];
  if (!person) return recentSpeaker ?? null;
  // A quote's speaker outranks a person merely mentioned since ("Trump said of Clinton").
  if (recentSpeaker && recentSpeaker.at >= paragraphStart(text, person.start) && !isSubject(text, person)) return recentSpeaker;
  return { name: person.entity.name, entity: person.entity, at: person.start };
}

function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at) + 1;
}

/** A mention that opens its sentence, where the subject usually stands. */
function isSubject(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (/(?:^|[.!?]["”’]?\s+|\n)(?:[\p{L}.-]+\s+){0,3}$/u.test(before)) return true;
  // Or followed by its verb: "Sen. David Perdue (R-Ga.) said", "Ham explained".
  return SUBJECT_VERB_AFTER.test(text.slice(m.end, m.end + 80));
}

const SUBJECT_VERB_AFTER = /^(?:\s*\([^)]{0,20}\))?(?:,[^,.]{1,60},)?\s+(?:has |had |also |later |then |was |is )?(?:said|says|told|tells|added|wrote|asked|argued|explained|insisted|noted|warned|\p{Ll}+ed)\b/u;

/**
 * "the agency" → the organization named last before it (within a few paragraphs); "the
 * mayor" → the person the text gives that role. Indefinite phrases ("a spokesperson",
 * "an internal document obtained by NBC") stay as written.
 */
function resolveNominal({ text, linked, inQuote }: ResolveContext, speaker: Span & { text: string }): Referent | null {
  const words = coreOf(speaker.text).text.trim().toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length > 4) return null;
  if (/\p{Lu}/u.test(coreOf(speaker.text).text.slice(3))) return null; // "the Clinton campaign": as written
  const head = words[words.length - 1]!;
  const window = 1500;
  if (ORG_NOUNS.has(head)) {
    const org = [...linked].reverse().find((m) => m.end <= speaker.start && m.entity.type === 'ORG' && speaker.start - m.end < window);
    return org ? { name: org.entity.name, entity: org.entity, at: org.start } : orgFromText(text, speaker.start, window, inQuote);
  }
  if (PERSON_NOUNS.has(head)) {
    const person = [...linked].reverse().find((m) => m.end <= speaker.start && m.entity.type === 'PER' &&
      !!m.entity.role && m.entity.role.toLowerCase().split(/\s+/).includes(head));
    return person ? { name: person.entity.name, entity: person.entity, at: person.start } : null;
  }
  return null;
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
