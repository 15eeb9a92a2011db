/**
 * The popup's one list of who said what: the direct quotes lib/story/quotes finds and the
 * reported statements lib/story/attributions finds, merged so that each quote appears once,
 * then grouped by source. Pure data in, plain data out; the popup only renders it.
 */
import type { Entity, Quote, ReportedStatement, Span } from '../types';

/** A statement mostly inside quotes (by its characters) is that quote said again. */
const QUOTED_SHARE = 0.5;
/** A statement takes a quote in only when it holds (nearly) all of it, so no quoted word is lost. */
const HELD_SHARE = 0.9;

/** One source and what the story reports it said, in text order. */
export interface SourceGroup {
  /** Entity id, or the lower-cased source name, or '' for statements with no source found. */
  key: string;
  /** The source as the popup shows it: the entity's name, else the words of the text. */
  name: string | null;
  entityId: string | null;
  statements: ReportedStatement[];
}

const piecesOf = (s: { start: number; end: number; parts?: Span[] }): Span[] =>
  s.parts && s.parts.length ? s.parts : [{ start: s.start, end: s.end }];

const lengthOf = (spans: readonly Span[]) => spans.reduce((sum, s) => sum + Math.max(0, s.end - s.start), 0);

/** Characters that `a`'s pieces and `b`'s pieces have in common. */
function sharedChars(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  for (const p of a) for (const q of b) shared += Math.max(0, Math.min(p.end, q.end) - Math.max(p.start, q.start));
  return shared;
}

/** A quote as an entry of the list: its words verbatim and the speaker lib/story/quotes named. */
function quoteStatement(quote: Quote): ReportedStatement {
  return {
    start: quote.start, end: quote.end, parts: piecesOf(quote), text: quote.text, kind: 'direct', cue: null,
    source: quote.speaker, sourceEntityId: quote.speakerEntityId, sourceName: quote.speakerName,
  };
}

/** Who a merged entry names: the quote's speaker when it has one, as the CLI and the eval show it. */
function withSpeaker(entry: ReportedStatement, quote: Quote | undefined, fallback: ReportedStatement | null): ReportedStatement {
  if (quote?.speakerName) {
    return { ...entry, source: quote.speaker, sourceEntityId: quote.speakerEntityId, sourceName: quote.speakerName };
  }
  // The quote finder named no one but the statement's source is a known entity ("…," ICE said).
  if (fallback?.sourceEntityId && !entry.sourceName) {
    return { ...entry, source: fallback.source, sourceEntityId: fallback.sourceEntityId, sourceName: fallback.sourceName };
  }
  return entry;
}

/**
 * One entry per quote, plus every reported statement that is not a quote said again, in text
 * order. A direct statement, or one mostly inside quotes without holding one, is dropped for
 * those quotes (their words verbatim, their speaker); a mixed statement that holds a whole
 * quote ("ICE said the operation “targeted …”") keeps its wording, which says more, and takes
 * that quote in, so the reader never sees the same words twice (crediting the quote's speaker
 * unless the statement's own source is a story's entity). A quote no statement covers
 * (the attribution tagger missed it) is still listed, with or without a speaker; a reported
 * statement is listed only with a source.
 */
export function mergeQuotesAndStatements(quotes: readonly Quote[], statements: readonly ReportedStatement[]): ReportedStatement[] {
  const quotePieces = quotes.map(piecesOf);
  const absorbed = new Set<number>();
  const entries: ReportedStatement[] = [];
  const kept: { statement: ReportedStatement; quotes: number[] }[] = [];
  const speakerFor = new Map<number, ReportedStatement>();
  for (const statement of statements) {
    const pieces = piecesOf(statement);
    const size = lengthOf(pieces);
    const overlaps = quotePieces.map((q) => sharedChars(pieces, q));
    const inQuotes = overlaps.reduce((a, b) => a + b, 0);
    const holds = overlaps.flatMap((shared, i) => (!absorbed.has(i) && shared / Math.max(1, lengthOf(quotePieces[i]!)) >= HELD_SHARE ? [i] : []));
    const quoted = size === 0 || inQuotes / size >= QUOTED_SHARE;
    if (quoted && (statement.kind === 'direct' || holds.length === 0)) {
      // The quote is the better entry (verbatim, its speaker); it may still borrow this source.
      overlaps.forEach((shared, i) => shared > 0 && !speakerFor.has(i) && speakerFor.set(i, statement));
      continue;
    }
    // Reported words with no one to credit them to tell the reader nothing about who said
    // what, and most are not statements at all ("9.6% reported binge drinking"): not listed.
    if (!statement.sourceName && holds.length === 0 && statement.kind !== 'direct') continue;
    for (const i of holds) absorbed.add(i);
    kept.push({ statement, quotes: holds });
  }
  for (const { statement, quotes: taken } of kept) {
    // A statement whose source is a named entity keeps it: the quote inside ("Judge Clayson said
    // Axcell … as the defence had claimed, … “taken advantage of others”") is the source's own words.
    const quote = statement.sourceEntityId ? undefined : taken.map((i) => quotes[i]!).find((q) => q.speakerName);
    entries.push(withSpeaker(statement, quote, null));
  }
  quotes.forEach((quote, i) => {
    if (!absorbed.has(i)) entries.push(withSpeaker(quoteStatement(quote), quote, speakerFor.get(i) ?? null));
  });
  return withoutRepeats(entries.sort((a, b) => a.start - b.start || a.end - b.end));
}

/** A statement's words, for telling repeats apart: letters and digits, lower case. */
const wordsOf = (s: ReportedStatement) => s.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Each statement once: a story often says the same thing twice in the same words (the lede
 * retold in the body, a pull quote), and the reader should not see it twice. The first is
 * kept, or the first that names a source when an earlier one names none.
 */
function withoutRepeats(entries: readonly ReportedStatement[]): ReportedStatement[] {
  const out: ReportedStatement[] = [];
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const words = wordsOf(entry);
    const at = seen.get(words);
    if (at === undefined) {
      seen.set(words, out.length);
      out.push(entry);
    } else if (!out[at]!.sourceName && entry.sourceName) out[at] = entry;
  }
  return out;
}

/**
 * The entry of the merged list that shows `quote` (its own, or the statement that took it in),
 * so the eval scores the speaker the reader sees; null if none does.
 */
export function entryShowing(quote: Quote, entries: readonly ReportedStatement[]): ReportedStatement | null {
  const pieces = piecesOf(quote);
  let best: ReportedStatement | null = null;
  let bestShared = 0;
  for (const entry of entries) {
    const shared = sharedChars(piecesOf(entry), pieces);
    if (shared > bestShared) [best, bestShared] = [entry, shared];
  }
  return best;
}

/**
 * Groups statements by who made them: by linked entity, else by the source's name as written
 * ("officials"). Most statements first; at equal counts a source the story names (an entity the
 * reader finds in the lists above) before a description, then the earliest; no source last.
 */
export function groupBySource(statements: readonly ReportedStatement[], entities: readonly Entity[]): SourceGroup[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = new Map<string, SourceGroup>();
  for (const s of statements) {
    const entity = s.sourceEntityId ? byId.get(s.sourceEntityId) : undefined;
    const name = entity?.name ?? s.sourceName ?? null;
    const key = entity ? entity.id : name ? name.toLowerCase() : '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name, entityId: entity?.id ?? null, statements: [] }));
    g.statements.push(s);
  }
  return [...groups.values()].sort((a, b) =>
    Number(a.key === '') - Number(b.key === '') ||
    b.statements.length - a.statements.length ||
    Number(a.entityId === null) - Number(b.entityId === null) ||
    a.statements[0]!.start - b.statements[0]!.start);
}

/** How many statements each entity made, for the people and organizations lists. */
export function statementCounts(statements: readonly ReportedStatement[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) if (s.sourceEntityId) counts.set(s.sourceEntityId, (counts.get(s.sourceEntityId) ?? 0) + 1);
  return counts;
}
