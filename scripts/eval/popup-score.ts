/**
 * Scores one story's popup against its gold popup, as DESIGN.md ("Metrics", popup) defines it.
 * Pure: plain data in, counts and an error list out, so that the scorer itself is unit-tested.
 */
import type { EntityType } from '../../lib/types.ts';
import { prf } from '../lib/stats.ts';
import { greedyMatch } from '../../lib/story/greedy-match.ts';

export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface GoldQuote {
  text: string;
  parts?: string[];
  /** The speaker entity's `name`, a description of an unnamed source, or null. */
  speaker: string | null;
}

export interface GoldPopup {
  entities: GoldEntity[];
  quotes: GoldQuote[];
}

/** What the popup lists, in the popup's order. */
export interface ListedEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface ListedQuote {
  text: string;
  /** The speaker as the popup shows it, or null. */
  speaker: string | null;
}

export type EntityErrorKind = 'junk' | 'wrong-type' | 'split' | 'missed';

export interface PopupError {
  kind: EntityErrorKind | 'quote-false-alarm' | 'quote-missed' | 'wrong-speaker';
  /** The listed or gold name (entities), or the quote's first words (quotes). */
  text: string;
  type?: EntityType;
  /** For wrong-type and split: the gold entity's name and type; for wrong-speaker: the gold speaker. */
  gold?: string;
  /** For wrong-speaker: the shown speaker. */
  shown?: string | null;
}

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** The order of the popup's sections; within a section, the analysis order. */
export function popupOrder<T extends { type: EntityType }>(entities: readonly T[]): T[] {
  return ENTITY_TYPES.flatMap((type) => entities.filter((e) => e.type === type));
}

export interface TypeCounts {
  listed: number;
  gold: number;
  matched: number;
}

export interface PopupCounts {
  stories: number;
  byType: Record<EntityType, TypeCounts>;
  listed: number;
  gold: number;
  matched: number;
  junk: number;
  wrongType: number;
  split: number;
  missed: number;
  quotes: { listed: number; gold: number; matched: number; rightSpeaker: number };
}

export function emptyCounts(): PopupCounts {
  return {
    stories: 0,
    byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { listed: 0, gold: 0, matched: 0 }])) as Record<EntityType, TypeCounts>,
    listed: 0, gold: 0, matched: 0, junk: 0, wrongType: 0, split: 0, missed: 0,
    quotes: { listed: 0, gold: 0, matched: 0, rightSpeaker: 0 },
  };
}

export function addCounts(into: PopupCounts, c: PopupCounts): void {
  into.stories += c.stories;
  for (const t of ENTITY_TYPES) {
    into.byType[t].listed += c.byType[t].listed;
    into.byType[t].gold += c.byType[t].gold;
    into.byType[t].matched += c.byType[t].matched;
  }
  for (const k of ['listed', 'gold', 'matched', 'junk', 'wrongType', 'split', 'missed'] as const) into[k] += c[k];
  for (const k of ['listed', 'gold', 'matched', 'rightSpeaker'] as const) into.quotes[k] += c.quotes[k];
}

const HONORIFICS = /^(?:mr|mrs|ms|mx|miss|messrs|dr|prof|sir|dame|rev|fr)\.?\s+/;

/**
 * A name form as the metric compares it: lower-cased, without a leading "the", honorifics,
 * a possessive 's and punctuation ("The U.S.'s" → "us", "Mr. Obama" → "obama").
 */
export function normalizeForm(form: string): string {
  let s = form.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  s = s.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
  s = s.replace(/[-‐‑–—/]+/gu, ' ').replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(/^the\s+/, '').replace(HONORIFICS, '').trim();
  }
  return s;
}

const formsOf = (e: { name: string; aliases: readonly string[] }): Set<string> =>
  new Set([e.name, ...e.aliases].map(normalizeForm).filter(Boolean));

const shares = (a: Set<string>, b: Set<string>) => [...a].some((f) => b.has(f));

/** The words of a quote or description, lower-cased, as a set. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []);
}

/** Whether two quotes are the same quote: word sets overlap ≥ 0.6 of the smaller and ≥ 0.4 of the larger. */
export function quoteOverlap(a: Set<string>, b: Set<string>): number | null {
  if (a.size === 0 || b.size === 0) return null;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const small = Math.min(a.size, b.size);
  const large = Math.max(a.size, b.size);
  return inter >= 0.6 * small && inter >= 0.4 * large ? inter / large : null;
}

/**
 * Whether the shown speaker is the gold one: it shares a form with the gold speaker entity
 * (its name or aliases), or, for an unnamed source (not an entity), contains half of the
 * description's words. A gold quote without a speaker is right only when none is shown.
 * A shown "description (Name)" counts with both of its parts.
 */
export function speakerIsRight(shown: string | null, gold: string | null, entities: readonly GoldEntity[]): boolean {
  if (gold === null) return shown === null || shown.trim() === '';
  if (!shown) return false;
  const shownForms = new Set([shown, ...(/^(.*?)\s*\(([^()]+)\)$/u.exec(shown)?.slice(1) ?? [])].map(normalizeForm).filter(Boolean));
  const goldKey = normalizeForm(gold);
  const entity = entities.find((e) => normalizeForm(e.name) === goldKey);
  if (entity) return shares(shownForms, formsOf(entity));
  if (shownForms.has(goldKey)) return true;
  const words = wordSet(gold);
  const said = wordSet(shown);
  let inside = 0;
  for (const w of words) if (said.has(w)) inside++;
  return words.size > 0 && inside >= words.size / 2;
}

/** Scores one story. `listed` must be in the popup's order (see `popupOrder`). */
export function scoreStory(listed: readonly ListedEntity[], quotes: readonly ListedQuote[], gold: GoldPopup): { counts: PopupCounts; errors: PopupError[] } {
  const counts = emptyCounts();
  const errors: PopupError[] = [];
  counts.stories = 1;
  const goldForms = gold.entities.map(formsOf);
  const matchedGold = new Set<number>();
  for (const g of gold.entities) counts.byType[g.type].gold++;
  counts.gold = gold.entities.length;

  for (const entry of listed) {
    counts.listed++;
    counts.byType[entry.type].listed++;
    const forms = formsOf(entry);
    const key = normalizeForm(entry.name);
    const candidates = gold.entities
      .map((g, j) => j)
      .filter((j) => !matchedGold.has(j) && gold.entities[j]!.type === entry.type && shares(forms, goldForms[j]!));
    // Of several gold entities sharing a form, the one whose forms hold the listed name first.
    const j = candidates.find((k) => goldForms[k]!.has(key)) ?? candidates[0];
    if (j !== undefined) {
      matchedGold.add(j);
      counts.matched++;
      counts.byType[entry.type].matched++;
      continue;
    }
    const split = gold.entities.findIndex((g, k) => matchedGold.has(k) && g.type === entry.type && shares(forms, goldForms[k]!));
    if (split >= 0) {
      counts.split++;
      errors.push({ kind: 'split', text: entry.name, type: entry.type, gold: `${gold.entities[split]!.name} (${entry.type})` });
      continue;
    }
    const other = gold.entities.findIndex((g, k) => g.type !== entry.type && shares(forms, goldForms[k]!));
    if (other >= 0) {
      counts.wrongType++;
      errors.push({ kind: 'wrong-type', text: entry.name, type: entry.type, gold: `${gold.entities[other]!.name} (${gold.entities[other]!.type})` });
      continue;
    }
    counts.junk++;
    errors.push({ kind: 'junk', text: entry.name, type: entry.type });
  }
  gold.entities.forEach((g, j) => {
    if (matchedGold.has(j)) return;
    counts.missed++;
    errors.push({ kind: 'missed', text: g.name, type: g.type });
  });

  // Quotes: one-to-one, the best overlapping pairs first.
  const listedWords = quotes.map((q) => wordSet(q.text));
  const goldWords = gold.quotes.map((q) => wordSet(q.text || (q.parts ?? []).join(' ')));
  const quoteMatch = greedyMatch(listedWords, goldWords, quoteOverlap);
  const usedGold = new Set(quoteMatch.values());
  counts.quotes.listed = quotes.length;
  counts.quotes.gold = gold.quotes.length;
  const head = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}…` : s);
  quotes.forEach((q, i) => {
    const j = quoteMatch.get(i);
    if (j === undefined) {
      errors.push({ kind: 'quote-false-alarm', text: head(q.text), shown: q.speaker });
      return;
    }
    counts.quotes.matched++;
    const g = gold.quotes[j]!;
    if (speakerIsRight(q.speaker, g.speaker, gold.entities)) counts.quotes.rightSpeaker++;
    else errors.push({ kind: 'wrong-speaker', text: head(q.text), shown: q.speaker, gold: g.speaker ?? '(none)' });
  });
  gold.quotes.forEach((g, j) => {
    if (!usedGold.has(j)) errors.push({ kind: 'quote-missed', text: head(g.text), gold: g.speaker ?? '(none)' });
  });
  return { counts, errors };
}

/** The summary figures of DESIGN.md's popup metric. */
export function summarize(c: PopupCounts) {
  const entity = prf(c.matched, c.listed, c.gold);
  const quote = prf(c.quotes.matched, c.quotes.listed, c.quotes.gold);
  const quoteSpeaker = prf(c.quotes.rightSpeaker, c.quotes.listed, c.quotes.gold);
  return {
    entity,
    junkRate: c.listed ? c.junk / c.listed : 0,
    splitRate: c.listed ? c.split / c.listed : 0,
    wrongTypeRate: c.listed ? c.wrongType / c.listed : 0,
    quote,
    speakerAccuracy: c.quotes.matched ? c.quotes.rightSpeaker / c.quotes.matched : 0,
    quoteSpeaker,
  };
}
