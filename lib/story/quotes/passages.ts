/**
 * Groups quoted segments into passages: one passage is what one speaker says in one go.
 * A quote interrupted by its attribution (“…,” he said, “…”), quoted fragments of one
 * sentence, and a quote running over paragraphs each make a single passage.
 */
import type { Span } from '../../types';
import { speakerAfter } from './patterns';
import type { Segment } from './segments';
import { sentenceIndex, type SentenceStart } from './sentences';
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
 * starts of paragraph p. A passage holds at most one attribution between its pieces, so
 * "“A,” she said. “B,” she added." gives two quotes, as does a continued paragraph with an
 * attribution of its own.
 */
export function groupPassages(
  text: string,
  segments: readonly Segment[],
  sentences: readonly (readonly SentenceStart[])[],
): Passage[] {
  const out: Passage[] = [];
  let current: (Passage & { gaps: number }) | null = null;
  const start = (segs: Segment[], label: Span | null) => {
    current = { segments: segs, label, gaps: 0 };
    out.push(current);
  };
  for (const seg of segments) {
    const label = transcriptLabel(text, seg);
    const cur = current as (Passage & { gaps: number }) | null;
    const last = cur?.segments[cur.segments.length - 1];
    if (!cur || !last || label) {
      start([seg], label);
      continue;
    }
    if (seg.continued && last.close === -1 && last.para === seg.para - 1) {
      cur.segments.push(seg);
      continue;
    }
    const link = last.para === seg.para && last.close >= 0 ? sameUtterance(text, last, seg, sentences[seg.para]!) : null;
    if (link === 'fragment') {
      cur.segments.push(seg);
    } else if (link === 'attribution' && !hasOwnAttribution(text, seg, sentences[seg.para]!)) {
      // A paragraph that continued the quote but carries its own attribution starts anew
      // (whatever attributions the passage held before that paragraph).
      const k = cur.segments.findIndex((s) => s.para === seg.para);
      if (k > 0 && cur.segments[k]!.continued) {
        const moved = cur.segments.splice(k);
        out.pop();
        out.push({ segments: cur.segments, label: cur.label });
        start([...moved, seg], null);
        current!.gaps = 1;
      } else if (cur.gaps === 0) {
        cur.segments.push(seg);
        cur.gaps++;
      } else {
        start([seg], null);
      }
    } else {
      start([seg], null);
    }
  }
  return out.map(({ segments: segs, label }) => ({ segments: segs, label }));
}

/** "“B,” the candidate said." — a segment followed by an attribution of its own. */
function hasOwnAttribution(text: string, seg: Segment, starts: readonly SentenceStart[]): boolean {
  if (seg.close === -1) return false;
  const lineEnd = text.indexOf('\n', seg.close);
  const end = starts[sentenceIndex(starts, seg.close + 1) + 1]?.at ?? (lineEnd < 0 ? text.length : lineEnd);
  return speakerAfter(tokenize(text, seg.close + 1, end), false, false) !== null;
}

/**
 * Two segments of one paragraph are one utterance when what lies between them is only the
 * attribution ("…,” she said, “…” or "…,” she said. “…”), or when they are fragments of
 * one sentence with no reporting verb between them (“a big problem” but “nobody cares”).
 * A second reporting verb ("she said, adding that “…”") starts a new utterance.
 */
function sameUtterance(text: string, a: Segment, b: Segment, starts: readonly SentenceStart[]): 'fragment' | 'attribution' | null {
  const tokens = tokenize(text, a.close + 1, b.open);
  const words = tokens.filter((t) => isWord(t.text));
  const breaks: SentenceStart[] = [];
  for (let i = sentenceIndex(starts, a.close) + 1; i < starts.length && starts[i]!.at <= b.open; i++) breaks.push(starts[i]!);
  const verbs = tokens.map((_, i) => i).filter((i) => isSpeechVerb(tokens, i));
  if (!speakerAfter(tokens)) return verbs.length === 0 && breaks.length === 0 && words.length <= 25 ? 'fragment' : null;
  const gapStart = tokens[0]?.start ?? b.open;
  if (!breaks.every((s) => s.at === b.open || s.at === gapStart && s.soft)) return null;
  const last = tokens[tokens.length - 1]!.text;
  // The attribution is a sentence of its own (its last word may be an abbreviation: "Calif.").
  if (last === '.' || /\p{L}\.$/u.test(last)) return words.length <= 40 ? 'attribution' : null;
  // “…,” she said, and “…” — the second piece goes on with the same speaker.
  const andGoesOn = /^(?:and|but)$/.test(last) && tokens[tokens.length - 2]?.text === ',' && /^\p{Ll}/u.test(text.slice(b.start, b.end).trimStart());
  if (!andGoesOn && !/^[,:;—–-]$/.test(last)) return null; // the second piece is woven into a new clause
  // “A.” He added: “B” — A was complete; the attribution introduces a new quote.
  if (/[.?!]$/.test(text.slice(a.start, a.end).trimEnd())) return null;
  // "he said," / "Kenney said in a statement,"; a long appositive only when the second piece
  // goes on in lower case: “The risk,” said Leamer, an economist at …, “is that …”.
  const goesOn = /^\p{Ll}/u.test(text.slice(b.start, b.end).trimStart());
  return verbs.length <= 1 && (goesOn || tokens.length - (verbs[0] ?? 0) <= 10) ? 'attribution' : null;
}
