/**
 * Groups quoted segments into passages: one passage is what one speaker says in one go.
 * A quote interrupted by its attribution (“…,” he said, “…”), quoted fragments of one
 * sentence, and a quote running over paragraphs each make a single passage.
 */
import type { Span } from '../types';
import { speakerAfter } from './attribution';
import type { Segment } from './segments';
import type { SentenceStart } from './sentences';
import { isSpeechVerb } from './speaker';
import { isWord, tokenize } from './text';

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

/**
 * Two segments of one paragraph are one utterance when what lies between them is only the
 * attribution ("…,” she said, “…” or "…,” she said. “…”), or when they are fragments of
 * one sentence with no reporting verb between them (“a big problem” but “nobody cares”).
 * A second reporting verb ("she said, adding that “…”") starts a new utterance.
 */
function sameUtterance(text: string, a: Segment, b: Segment, starts: readonly SentenceStart[]): boolean {
  const tokens = tokenize(text, a.close + 1, b.open);
  const words = tokens.filter((t) => isWord(t.text));
  const breaks = starts.filter((s) => s.at > a.close && s.at <= b.open);
  const verbs = tokens.map((_, i) => i).filter((i) => isSpeechVerb(tokens, i));
  if (!speakerAfter(tokens)) return verbs.length === 0 && breaks.length === 0 && words.length <= 25;
  const gapStart = tokens[0]?.start ?? b.open;
  if (!breaks.every((s) => s.at === b.open || s.at === gapStart && s.soft)) return false;
  const last = tokens[tokens.length - 1]!.text;
  if (last === '.') return words.length <= 40; // the attribution is a sentence of its own
  if (!/^[,:;—–-]$/.test(last)) return false; // the second piece is woven into a new clause
  return verbs.length <= 1 && tokens.length - (verbs[0] ?? 0) <= 10; // "he said," / "Kenney said in a statement,"
}
