/**
 * One list of statements for the popup: the direct quotes as lib/story/quotes finds them
 * (its hand rules and ranker are measured to be the better judge of words in quotation
 * marks and their speakers) plus the tagger's reported and mixed statements that are not
 * mostly those quotes. A reported fragment of fewer than four words ("said the operation")
 * tells the reader nothing: the popup lists statements, as it lists quotes, from four words on.
 * A reported statement whose source names no one (none found, "I", "you", "it" left
 * unresolved, "Basically") is left out too: without quotation marks, nothing but the tagger
 * vouches for it, and on web pages nearly all of them are no one's statement ("I recommend
 * that you do the same", "damage again appears to be widespread"). A colon alone is a cue only
 * for a person or organization the story names (an interview's guest, a transcript's speaker),
 * and only where the name opens its sentence, as a speaker's label does: "Disadvantages: The
 * method requires practice", "California: Students can use …" are headings, and "That poses a
 * problem for Microsoft: It's betting …" is the writer's sentence.
 */
import type { Entity, Quote, ReportedStatement, Span } from '../../types';
import { opensSentenceAt, wordCount } from '../quotes/text';

const MIN_WORDS = 4;

/** Share of a statement's characters that lie inside quotes already listed. */
function coveredShare(parts: readonly Span[], quoted: readonly Span[]): number {
  let inside = 0;
  let total = 0;
  for (const p of parts) {
    total += p.end - p.start;
    for (const q of quoted) inside += Math.max(0, Math.min(p.end, q.end) - Math.max(p.start, q.start));
  }
  return total > 0 ? inside / total : 0;
}

/**
 * Whether the popup can vouch for a reported statement: it names its source (lib/quotes' label
 * names none for "I", "Basically" or a description of a thing: "The chart", "the salad"), and a
 * lone colon is the label of a named speaker.
 */
function vouchedFor(text: string, s: ReportedStatement, speakers: ReadonlySet<string>): boolean {
  if (s.sourceName === null) return false;
  if (s.cue?.text.trim() !== ':') return true;
  return s.sourceEntityId !== null && speakers.has(s.sourceEntityId) && !!s.source && opensSentenceAt(text, s.source.start);
}

/** `text` is the article text the statements and quotes were found in (their offsets are into it). */
export function combineWithQuotes(text: string, statements: readonly ReportedStatement[], quotes: readonly Quote[], entities: readonly Entity[] = []): ReportedStatement[] {
  const quoted = quotes.flatMap((q) => q.parts ?? [{ start: q.start, end: q.end }]);
  const speakers = new Set(entities.filter((e) => e.type === 'PER' || e.type === 'ORG').map((e) => e.id));
  const reported = statements.filter((s) => coveredShare(s.parts, quoted) < 0.5 && wordCount(s.text) >= MIN_WORDS && vouchedFor(text, s, speakers));
  const direct: ReportedStatement[] = quotes.map((q) => ({
    start: q.start, end: q.end,
    parts: q.parts ?? [{ start: q.start, end: q.end }],
    text: q.text, kind: 'direct', cue: null,
    source: q.speaker, sourceEntityId: q.speakerEntityId, sourceName: q.speakerName,
  }));
  return [...reported, ...direct].sort((a, b) => a.start - b.start);
}
