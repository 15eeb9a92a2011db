/**
 * What the story says about its people and organizations, read once per article, for linking a
 * speaker phrase to who it means: where each entity is mentioned (outside quotes), which
 * entities are people, the gender the text gives a person ("Bloomberg … he", "Ms. Haley"), and
 * the role words it attaches to them ("billionaire Michael Bloomberg", "Jim Rich, a former
 * editor", "Vivek Ramaswamy, 38,"). Everything here is linear in the text (one pass per cue,
 * binary searches over mentions), so a long or crafted page stays cheap.
 */
import type { Entity, Span } from '../../types';
import { givenNameGender } from './given-names';
import { PERSON_NOUNS, PREPOSITIONS } from './lexicon';
import { countLeading } from '../sorted';

/** A mention of an entity outside quotation marks. */
export interface StoryMention extends Span {
  entity: Entity;
}

export type Gender = 'm' | 'f';

export interface Discourse {
  text: string;
  /** Entity mentions outside quotes, in text order. */
  mentions: readonly StoryMention[];
  /** People: PER entities none of whose names is also an organization's name ("Hachette"). */
  isPerson(entity: Entity): boolean;
  /** The gender the text gives a person, when its cues agree. */
  genderOf(entity: Entity): Gender | null;
  /** Lower-case role words the text attaches to a person ("mayor", "38-year-old"). */
  rolesOf(entity: Entity): ReadonlySet<string>;
  /** Start of the sentence holding offset `at` (a cheap split on . ? ! and line breaks). */
  sentenceStart(at: number): number;
  /** Start of the paragraph (line) holding offset `at`. */
  paragraphStart(at: number): number;
}

const MALE_PRONOUNS = /^(?:he|him|his|himself)$/i;
const MALE_TITLES = /(?:^|\s)(?:Mr|Sir|Lord|King|Prince|Father|Brother)\.?\s+$/u;
const FEMALE_TITLES = /(?:^|\s)(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister)\.?\s+$/u;

/** How far back (characters) a pronoun's person is looked for: keeps a sentence without end cheap. */
const PRONOUN_REACH = 400;

/** Nouns that say a person's gender, in a role or a descriptor ("the congresswoman"). */
export const FEMALE_NOUNS = new Set(('woman women mother wife daughter sister girl lady grandmother congresswoman ' +
  'chairwoman spokeswoman businesswoman councilwoman actress queen princess widow girlfriend aunt niece').split(' '));
export const MALE_NOUNS = new Set(('man men father husband son brother boy gentleman grandfather congressman ' +
  'chairman spokesman businessman councilman actor king prince widower boyfriend uncle nephew').split(' '));

/**
 * Builds the story's discourse model. `inQuote` tells whether a span lies inside quoted words
 * (pronouns and names there belong to the speaker's own sentence, not the story's).
 */
export function readDiscourse(text: string, entities: readonly Entity[], inQuote: (s: Span) => boolean): Discourse {
  const mentions: StoryMention[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .filter((m) => !inQuote(m))
    .sort((a, b) => a.start - b.start);

  const orgForms = new Set<string>();
  for (const e of entities) if (e.type === 'ORG') for (const f of [e.name, ...e.aliases]) orgForms.add(f.toLowerCase());
  const persons = new Set(entities.filter((e) => e.type === 'PER' && ![e.name, ...e.aliases].some((f) => orgForms.has(f.toLowerCase()))));

  const starts = sentenceStarts(text);
  const lines = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
  const sentenceStart = (at: number) => starts[lastAtOrBefore(starts, at)] ?? 0;

  const votes = new Map<Entity, { m: number; f: number }>();
  const vote = (e: Entity, g: Gender, weight: number) => {
    const v = votes.get(e) ?? { m: 0, f: 0 };
    v[g] += weight;
    votes.set(e, v);
  };
  const people = mentions.filter((m) => persons.has(m.entity));
  const roles = new Map<Entity, Set<string>>();
  for (const m of people) {
    // Titles: "Mr. Obama", "Ms Haley".
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    if (MALE_TITLES.test(before)) vote(m.entity, 'm', 3);
    else if (FEMALE_TITLES.test(before)) vote(m.entity, 'f', 3);
    const words = roles.get(m.entity) ?? new Set<string>();
    for (const w of roleWords(text, m)) words.add(w);
    roles.set(m.entity, words);
  }
  for (const e of persons) {
    // "Nikki Haley": a given name that is nearly always a woman's or a man's.
    if (/^(?:Mr|Sir|Lord)\.?\s/u.test(e.name)) vote(e, 'm', 3);
    if (/^(?:Mrs|Ms|Miss|Dame|Lady)\.?\s/u.test(e.name)) vote(e, 'f', 3);
    const given = e.name.split(/\s+/);
    const g = given.length > 1 ? givenNameGender(given[0]!) : null;
    if (g) vote(e, g, 3);
    const words = roles.get(e) ?? new Set<string>();
    for (const w of (e.role ?? '').toLowerCase().split(/[\s,]+/)) if (w) words.add(w);
    roles.set(e, words);
  }
  for (const [e, words] of roles) {
    for (const w of words) {
      if (FEMALE_NOUNS.has(w)) vote(e, 'f', 2);
      else if (MALE_NOUNS.has(w)) vote(e, 'm', 2);
    }
  }
  // Pronouns: one that follows exactly one person in its sentence (or, if none there, in the
  // sentence before) is that person's. Ambiguous sentences ("Haley told Ramaswamy she …") say nothing.
  for (const p of text.matchAll(/\b(?:he|him|his|himself|she|her|hers|herself)\b/giu)) {
    const at = p.index!;
    if (inQuote({ start: at, end: at + p[0].length })) continue;
    const g: Gender = MALE_PRONOUNS.test(p[0]) ? 'm' : 'f';
    const s = sentenceStart(at);
    const found = distinctBetween(people, Math.max(s, at - PRONOUN_REACH), at);
    if (found.length === 1) vote(found[0]!, g, 1);
    else if (found.length === 0 && s > 0) {
      // The sentence before: only a person opening it (its subject) is a safe guess.
      const prev = Math.max(sentenceStart(s - 1), s - PRONOUN_REACH);
      const first = people[firstMentionFrom(people, prev)];
      if (first && first.end <= s && isOpening(text, prev, first.start)) vote(first.entity, g, 0.5);
    }
  }
  const genders = new Map<Entity, Gender | null>();
  for (const [e, v] of votes) genders.set(e, v.m >= 1 && v.m >= 2 * v.f ? 'm' : v.f >= 1 && v.f >= 2 * v.m ? 'f' : null);

  const none: ReadonlySet<string> = new Set();
  return {
    text,
    mentions,
    isPerson: (e) => persons.has(e),
    genderOf: (e) => genders.get(e) ?? null,
    rolesOf: (e) => roles.get(e) ?? none,
    sentenceStart,
    // Binary search over line starts: text.lastIndexOf('\n', at) would read a long paragraph whole.
    paragraphStart: (at) => lines[lastAtOrBefore(lines, at)] ?? 0,
  };
}

/** The mention at `at` opens the sentence starting at `from` (at most a short phrase before it). */
function isOpening(text: string, from: number, at: number): boolean {
  return /^[“"‘]?(?:\p{L}+\s+){0,2}$/u.test(text.slice(from, at));
}

/** Index of the last element of sorted `xs` that is ≤ `at` (0 when none is). */
function lastAtOrBefore(xs: readonly number[], at: number): number {
  return Math.max(0, countLeading(xs, (x) => x <= at) - 1);
}

/** Sentence starts of the whole text: after . ? ! (and closing marks) plus space, and after line breaks. */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/[.?!…]["”’)\]]*\s+|\n+/gu)) out.push(m.index! + m[0].length);
  return out;
}

/** Index of the first mention starting at or after `at`. */
export function firstMentionFrom(mentions: readonly Span[], at: number): number {
  return countLeading(mentions, (m) => m.start < at);
}

/** The distinct entities of `mentions` lying within [from, to), in text order; at most two are looked for. */
function distinctBetween(mentions: readonly StoryMention[], from: number, to: number): Entity[] {
  const out: Entity[] = [];
  for (let i = firstMentionFrom(mentions, from); i < mentions.length && mentions[i]!.end <= to; i++) {
    const e = mentions[i]!.entity;
    if (!out.includes(e)) out.push(e);
    if (out.length > 1) break;
  }
  return out;
}

/** A noun for what a person is or does: a listed one, or a shape such nouns take ("entrepreneur", "strategist"). */
function isRoleNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || FEMALE_NOUNS.has(word) || MALE_NOUNS.has(word) ||
    /(?:er|or|ist|ian|eur|ent|ant|ee|-old)$/u.test(word) && word.length > 4;
}

/** Role words that look like verb forms or adverbs. */
const ROLE_ENDINGS = new Set(['elected', 'appointed', 'acting', 'founding', 'ranking', 'retired', 'deputy', 'ex-wife', 'ally']);
const ROLE_STOP = new Set('the a an and or but of to for with by at in on as is was were said says told who which that this from'.split(' '));

/**
 * Lower-case words right before a name ("billionaire", "Philadelphia mayor" → "mayor"), an
 * appositive right after it (", a former editor of the Daily News," → "former", "editor"), and
 * an age (", 38," → "38-year-old").
 */
function roleWords(text: string, m: Span): string[] {
  const out: string[] = [];
  const before = text.slice(Math.max(0, m.start - 60), m.start).split(/\s+/).filter(Boolean);
  // Walk back over role words and capitalised qualifiers ("New York"), stopping at a small word.
  // Lower-case words right before the name, up to a capitalised word ("Philadelphia mayor"),
  // and only when the one next to the name is a role noun: "met Sarah Rodriguez" is no role.
  const run: string[] = [];
  for (let i = before.length - 1; i >= 0 && run.length < 3; i--) {
    const w = before[i]!.replace(/^[“"‘(]+/u, '');
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) break;
    // Verbs, adverbs and prepositions end the run: "derided Vivek Ramaswamy", "visibly enraged".
    if (ROLE_STOP.has(w) || PREPOSITIONS.has(w) || /(?:ed|ing|ly)$/u.test(w) && !ROLE_ENDINGS.has(w)) break;
    run.push(w);
  }
  if (run.length && isRoleNoun(run[0]!)) out.push(...run);
  const after = text.slice(m.end, m.end + 90);
  const age = /^,\s+(\d{1,3}),/u.exec(after);
  if (age) out.push(`${age[1]}-year-old`);
  const appositive = /^,\s+(?:the|a|an|who is|who was)\s+([^,.;:()“”"]{2,60}?)(?=[,.;:)]|\s+(?:said|says|told|added)\b)/u.exec(after);
  if (appositive) for (const w of appositive[1]!.split(/\s+/)) if (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !ROLE_STOP.has(w)) out.push(w);
  return out;
}
