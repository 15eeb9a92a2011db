/**
 * Sentence starts within a paragraph, found outside quoted words so that a quote with full
 * stops inside it stays one piece of its sentence ("“A. B,” he said." is one sentence).
 */
import type { Span } from '../../types';
import { nextMark, type Segment } from './segments';
import { keepsPeriod } from './text';
import { countLeading } from '../sorted';

/** Where a sentence starts; `soft` when it follows a quote ending in . ? or !. */
export interface SentenceStart {
  at: number;
  /** The break follows a closing quotation mark: the next words may still be its attribution. */
  soft: boolean;
}

const TERMINAL = '.?!…';
const TERMINAL_RE = /[.?!…]/g;
const TRAILING = '.?!…)]”’"\'»';

/** Sentence starts of paragraph `p` (the first is `p.start`), given its quoted segments. */
export function sentenceStarts(text: string, p: Span, segs: readonly Segment[]): SentenceStart[] {
  const out: SentenceStart[] = [{ at: p.start, soft: false }];
  let k = 0;
  for (let i = p.start; i < p.end; i++) {
    while (k < segs.length && segs[k]!.open < i && (segs[k]!.close === -1 ? p.end : segs[k]!.close) < i) k++;
    i = Math.min(nextMark(TERMINAL_RE, text, i, p.end), segs[k] && segs[k]!.open >= i ? segs[k]!.open : p.end);
    if (i >= p.end) break;
    const seg = segs[k];
    if (seg && i === seg.open) {
      if (seg.close === -1) break;
      const inner = text.slice(seg.start, seg.end).trimEnd();
      const at = nextStart(text, seg.close + 1, p.end);
      if (at > 0 && TERMINAL.includes(inner[inner.length - 1] ?? '')) out.push({ at, soft: true });
      i = seg.close;
      continue;
    }
    const c = text[i]!;
    if (!TERMINAL.includes(c)) continue;
    if (c === '.' && !endsSentence(text, i, p.start)) continue;
    let j = i + 1;
    while (j < p.end && TRAILING.includes(text[j]!) && !(seg && j === seg.open)) j++;
    const at = nextStart(text, j, p.end);
    if (at > 0) {
      out.push({ at, soft: false });
      i = at - 1;
    }
  }
  return out;
}

/** Offset of the next sentence's first character after `j`, or -1 if it does not start one. */
function nextStart(text: string, j: number, end: number): number {
  if (j >= end || !/\s/.test(text[j]!)) return -1;
  while (j < end && /\s/.test(text[j]!)) j++;
  if (j >= end) return -1;
  return /[\p{Lu}\p{N}“"‘'«„(\[—–-]/u.test(text[j]!) ? j : -1;
}

/**
 * Longest word looked at before a period: abbreviations and initials are short ("w.va.",
 * "Ph.D."), and a cap keeps a run of thousands of dotted letters ("a.a.a.…") linear.
 */
const MAX_WORD_BEFORE_PERIOD = 32;

/** A period ends a sentence unless it closes an abbreviation or an initial. */
export function endsSentence(text: string, i: number, lo: number): boolean {
  let s = i;
  const stop = Math.max(lo, i - MAX_WORD_BEFORE_PERIOD);
  while (s > stop && /[\p{L}\p{N}.’'\-]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, i + 1);
  if (word === '.') return true;
  return !keepsPeriod(word);
}

/** Index of the sentence containing offset `at`. */
export function sentenceIndex(starts: readonly SentenceStart[], at: number): number {
  return Math.max(0, countLeading(starts, (s) => s.at <= at) - 1);
}
