/**
 * One list of statements for the popup: the direct quotes as lib/story/quotes finds them
 * (its hand rules and ranker are measured to be the better judge of words in quotation
 * marks and their speakers) plus the tagger's reported and mixed statements that are not
 * mostly those quotes. A reported fragment of fewer than four words ("said the operation")
 * tells the reader nothing: the popup lists statements, as it lists quotes, from four words on.
 * A reported statement whose source names no one (none found, "I", "you", "it" left
 * unresolved, "Basically") is left out too: without quotation marks, nothing but the tagger
 * vouches for it, and on web pages nearly all of them are no one's statement ("I recommend
 * that you do the same", "damage again appears to be widespread").
 */
import type { Quote, ReportedStatement, Span } from '../../types';
import { wordCount } from '../quotes/text';

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

export function combineWithQuotes(statements: readonly ReportedStatement[], quotes: readonly Quote[]): ReportedStatement[] {
  const quoted = quotes.flatMap((q) => q.parts ?? [{ start: q.start, end: q.end }]);
  const reported = statements.filter((s) => coveredShare(s.parts, quoted) < 0.5 && wordCount(s.text) >= MIN_WORDS && s.sourceName !== null);
  const direct: ReportedStatement[] = quotes.map((q) => ({
    start: q.start, end: q.end,
    parts: q.parts ?? [{ start: q.start, end: q.end }],
    text: q.text, kind: 'direct', cue: null,
    source: q.speaker, sourceEntityId: q.speakerEntityId, sourceName: q.speakerName,
  }));
  return [...reported, ...direct].sort((a, b) => a.start - b.start);
}
