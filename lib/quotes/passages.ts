/**
 * Groups quoted segments into passages: one passage is what one speaker says in one go.
 * A quote interrupted by its attribution (“…,” he said, “…”), quoted fragments of one
 * sentence, and a quote running over paragraphs each make a single passage.
 */
import type { Span } from '../types';
import { SPEECH_VERBS } from './lexicon';
import type { Segment } from './segments';
import type { SentenceStart } from './sentences';

/** Segments that belong together, in text order, plus a transcript label if one opened it. */
export interface Passage {
  segments: Segment[];
  /** "PENCE:" at the start of the quoted words: the label names the speaker. */
  label: Span | null;
}

// An all-capitals speaker label opening a transcript line: "WALLACE: Do you …".
const LABEL_RE = /^\s*([\p{Lu}][\p{Lu}.'’\- ]{1,30}):\s+/u;

/** The transcript label at the start of a segment, if any. */
export function transcriptLabel(text: string, seg: Segment): Span | null {
  const m = LABEL_RE.exec(text.slice(seg.start, Math.min(seg.end, seg.start + 40)));
  if (!m || m[1]!.trim().split(/\s+/).length > 3) return null;
  const start = seg.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.trimEnd().length };
}

/**
 * Builds passages from the segments that read as speech. `sentences[p]` are the sentence
 * starts of paragraph p.
 */
export function groupPassages(
  text: string,
  segments: readonly Segment[],
  sentences: readonly (readonly SentenceStart[])[],
): Passage[] {
  const out: Passage[] = [];
  let current: Passage | null = null;
  for (const seg of segments) {
    const label = transcriptLabel(text, seg);
    const last = current?.segments[current.segments.length - 1];
    const joins = current && last && !label && (
      seg.continued && last.close === -1 && last.para === seg.para - 1 ||
      last.para === seg.para && last.close >= 0 && sameUtterance(text, last, seg, sentences[seg.para]!)
    );
    if (joins) {
      current!.segments.push(seg);
    } else {
      current = { segments: [seg], label };
      out.push(current);
    }
  }
  return out;
}

const WORD_RE = /[\p{L}]+/gu;

/**
 * Two segments of one paragraph are one utterance when nothing but their own sentence lies
 * between them, or when what lies between is just the attribution ("…,” she said. “…").
 */
function sameUtterance(text: string, a: Segment, b: Segment, starts: readonly SentenceStart[]): boolean {
  const between = starts.filter((s) => s.at > a.close && s.at <= b.open);
  if (between.length === 0) return true;
  const gap = text.slice(a.close + 1, b.open);
  const words = gap.match(WORD_RE) ?? [];
  if (words.length > 30) return false;
  // Only the attribution sentence may sit in between: breaks at its start and end.
  const gapStart = a.close + 1 + (gap.length - gap.trimStart().length);
  if (!between.every((s) => s.at === b.open || s.at === gapStart && s.soft)) return false;
  return words.some((w) => w === w.toLowerCase() && SPEECH_VERBS.has(w));
}
