/**
 * Pairs quotation marks into quoted segments: the words between one opening and one
 * closing mark, at the outermost level (a nested ‘Safe City’ stays inside its quote).
 * Handles curly and straight double quotes, guillemets « », low „ “ quotes, single quotes
 * used as the outer level (with apostrophes told apart), and quotes that run over
 * paragraphs (an opening mark left unclosed, the next paragraph re-opening with a mark).
 */
import type { Span } from '../../types';

/** One run of quoted words between a pair of marks (or a mark and the paragraph end). */
export interface Segment extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended with the quote open. */
  close: number;
  /** Index of the paragraph holding the segment. */
  para: number;
  /** The segment re-opens a quote left open at the end of the previous paragraph. */
  continued: boolean;
  /** Double (“ ” " « » „) or single (‘ ’ ') marks at the outer level. */
  kind: 'double' | 'single';
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const SINGLE_OPEN = '‘‚‹';
const SINGLE_CLOSE = '’›';
const OPENING_CONTEXT = '([{—–-/';
const CLOSING_CONTEXT = '.,;:!?)]}—–-…';
const ANY_MARK = '“”„«»"‘’‚‹›\'';

const DOUBLE_MARKS = /["“”„«»]/g;
const DOUBLE_MARKS_AND_PAIRS = /["“”„«»]|''/g;
const SINGLE_MARKS = /['‘’‚‹›]/g;

/** The last match found per pattern, so scans that move forward never search the same text twice. */
const lastFound = new WeakMap<RegExp, { text: string; from: number; at: number }>();

/** Offset of the next character matching `marks` at or after `from` (`end` if none). */
export function nextMark(marks: RegExp, text: string, from: number, end: number): number {
  // A search runs to the next match anywhere in the text; on a page of many paragraphs without
  // marks that is the whole rest of the text, every paragraph. Reuse it while it still lies ahead.
  const known = lastFound.get(marks);
  let at: number;
  if (known && known.text === text && known.from <= from && known.at >= from) at = known.at;
  else {
    marks.lastIndex = from;
    const m = marks.exec(text);
    at = m ? m.index : text.length;
    lastFound.set(marks, { text, from, at });
  }
  return at < end ? at : end;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A mark that can open: something after it, nothing word-like glued before it. */
function leftFlanking(text: string, i: number, lo: number): boolean {
  const prev = i > lo ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  return isSpace(prev) || OPENING_CONTEXT.includes(prev!) || ANY_MARK.includes(prev!);
}

/** A mark that can close: something before it, nothing word-like glued after it. */
function rightFlanking(text: string, i: number, hi: number): boolean {
  const prev = text[i - 1];
  const next = i + 1 < hi ? text[i + 1] : undefined;
  if (isSpace(prev)) return false;
  return isSpace(next) || CLOSING_CONTEXT.includes(next!) || ANY_MARK.includes(next!);
}

/** Options for `findSegments`. */
export interface SegmentOptions {
  /**
   * Read two apostrophes ('') as a double quotation mark, as typewriter-era archives write
   * it. Off by default: web pages use “ ” or ", and '' there is more often feet and inches.
   */
  twoApostrophes?: boolean;
}

/**
 * Finds the outermost quoted segments of `text`, paragraph by paragraph, in text order.
 * `paras` are the paragraph spans (see `paragraphs`).
 */
export function findSegments(text: string, paras: Span[], options: SegmentOptions = {}): Segment[] {
  const out: Segment[] = [];
  const inTag = markupTags(text);
  let carried = false; // previous paragraph ended inside a double quote
  paras.forEach((p, para) => {
    const startsWithOpener = '“"«„'.includes(text[p.start]!);
    const doubles = doubleSegments(text, p, para, carried && startsWithOpener, !!options.twoApostrophes, inTag);
    carried = doubles.length > 0 && doubles[doubles.length - 1]!.close === -1;
    // With '' left unread, single marks inside a ''…'' quote are still its nested level.
    const typewriter = !options.twoApostrophes && text.slice(p.start, p.end).includes("''");
    const outer = typewriter ? doubleSegments(text, p, para, false, true, inTag) : doubles;
    const singles = singleSegments(text, p, para, outer, inTag);
    out.push(...mergeLevels(doubles, singles));
  });
  return out;
}

/**
 * Markup left in the text (`<tweet tweet-date="…">`, `<a href="…">`): the quotation marks of
 * its attribute values quote nothing. Returns a test for offsets inside such a tag.
 */
function markupTags(text: string): (i: number) => boolean {
  const tags: Span[] = [];
  if (text.includes('<')) {
    const re = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g;
    for (let m = re.exec(text); m; m = re.exec(text)) tags.push({ start: m.index, end: m.index + m[0].length });
  }
  return (i) => {
    // Tags are in text order and do not overlap: binary search for the last one starting at or before i.
    let lo = 0;
    let hi = tags.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tags[mid]!.start <= i) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && i < tags[hi]!.end;
  };
}

function doubleSegments(text: string, p: Span, para: number, continued: boolean, twoApostrophes: boolean, inTag: (i: number) => boolean): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  let openCh = '';
  let width = 1; // the opening mark's length: 2 for '' (two apostrophes, as the NYT writes)
  const push = (close: number) => {
    out.push({
      open, close, start: open + width, end: close === -1 ? trimEnd(text, open + width, p.end) : close,
      para, continued: continued && out.length === 0 && open === p.start, kind: 'double',
    });
    open = -1;
  };
  const marks = twoApostrophes ? DOUBLE_MARKS_AND_PAIRS : DOUBLE_MARKS;
  for (let i = p.start; i < p.end; i++) {
    i = nextMark(marks, text, i, p.end);
    if (i >= p.end) break;
    if (inTag(i)) continue;
    let c = text[i]!;
    const pair = twoApostrophes && c === "'" && text[i + 1] === "'";
    if (pair) c = '"';
    if (c === '"') {
      const at = i;
      if (pair) i++; // flanking is judged on the outer sides of the pair
      const before = at > p.start ? text[at - 1] : undefined;
      const after = i + 1 < p.end ? text[i + 1] : undefined;
      const canOpen = !isSpace(after) && (isSpace(before) || OPENING_CONTEXT.includes(before!) || ANY_MARK.includes(before!));
      const canClose = !isSpace(before) && (isSpace(after) || CLOSING_CONTEXT.includes(after!) || ANY_MARK.includes(after!));
      if (open >= 0) push(at);
      else if (canOpen || !canClose) { open = at; openCh = c; width = pair ? 2 : 1; }
    } else if (DOUBLE_OPEN.includes(c)) {
      if (open >= 0 && c === '“' && (openCh === '„' || rightFlanking(text, i, p.end) && !leftFlanking(text, i, p.start))) {
        push(i); // „…“ (German), or a “ typed where ” was meant
      } else if (open >= 0 && c === '“' && openCh === '“' && nestedCloser(text, i + 1, p.end) >= 0) {
        // “… when “your team” needs to be held accountable.” — the same marks nested: skip the
        // inner pair, the outer quote goes on.
        i = nestedCloser(text, i + 1, p.end);
      } else {
        // An opener while one is pending: the pending one was stray; start again here.
        open = i;
        openCh = c;
        width = 1;
      }
    } else if (DOUBLE_CLOSE.includes(c)) {
      if (open >= 0) push(i);
      else if (c === '”' && leftFlanking(text, i, p.start) && !rightFlanking(text, i, p.end)) {
        open = i; // a ” typed where “ was meant
        openCh = c;
        width = 1;
      }
    }
  }
  if (open >= 0) push(closedByApostrophesAtEnd(text, open + width, p.end));
  return out.filter((s) => s.end > s.start);
}

/**
 * Where two apostrophes after a sentence's punctuation end the paragraph ("…to guests.''", as
 * some wires close a quote opened with "), the quote closes there; -1 otherwise (open to the end).
 * Only there: elsewhere on the web '' is more often inches.
 */
function closedByApostrophesAtEnd(text: string, start: number, end: number): number {
  const last = trimEnd(text, start, end);
  return last - 3 >= start && /[.,!?]''$/u.test(text.slice(last - 3, last)) ? last - 2 : -1;
}

/**
 * The ” closing an inner quote opened just before `from`, when another ” follows it before any
 * new “ in the paragraph (so the outer quote still closes); -1 when the marks do not nest.
 */
function nestedCloser(text: string, from: number, end: number): number {
  let inner = -1;
  for (let j = from; j < end; j++) {
    const c = text[j]!;
    if (c === '“') return -1;
    if (c !== '”') continue;
    if (inner >= 0) return inner;
    inner = j;
  }
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** True when the single mark at `i` is an apostrophe: "don’t", "O’Neill", "’90s". */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isAlnum(prev) && isAlnum(next)) return true;
  if (/\d/.test(next ?? '') && /^\d+s\b/.test(text.slice(i + 1, i + 6))) return true; // ’90s
  return /^(?:em|til|cause|n)\b/i.test(text.slice(i + 1, i + 7)) && isSpace(prev); // ’em
}

function singleSegments(text: string, p: Span, para: number, doubles: Segment[], inTag: (i: number) => boolean): Segment[] {
  const out: Segment[] = [];
  const insideDouble = (i: number) => doubles.some((d) => i >= d.open && i <= (d.close === -1 ? d.end : d.close));
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    i = nextMark(SINGLE_MARKS, text, i, p.end);
    if (i >= p.end) break;
    const c = text[i]!;
    if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue; // '' is a double mark
    if (insideDouble(i) || isApostrophe(text, i) || inTag(i)) continue;
    if (open < 0) {
      if ((c === "'" || SINGLE_OPEN.includes(c)) && leftFlanking(text, i, p.start)) open = i;
      continue;
    }
    if ((c === "'" || SINGLE_CLOSE.includes(c)) && rightFlanking(text, i, p.end)) {
      // "Sanders’ campaign": a possessive s’ closes only if no later closer could.
      if (text[i - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && laterCloser(text, i + 1, p.end, insideDouble)) continue;
      out.push({ open, close: i, start: open + 1, end: i, para, continued: false, kind: 'single' });
      open = -1;
    } else if (SINGLE_OPEN.includes(c) && leftFlanking(text, i, p.start)) {
      open = i;
    }
  }
  return out.filter((s) => s.end > s.start);
}

function laterCloser(text: string, from: number, end: number, skip: (i: number) => boolean): boolean {
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if ((c === "'" || SINGLE_CLOSE.includes(c)) && !skip(i) && !isApostrophe(text, i) && rightFlanking(text, i, end)) return true;
  }
  return false;
}

/** Keeps the outermost level: a single-quoted segment wrapping doubles replaces them. */
function mergeLevels(doubles: Segment[], singles: Segment[]): Segment[] {
  const outer = singles.filter((s) => !doubles.some((d) => d.open < s.open && s.close <= d.end));
  const kept = doubles.filter((d) => !outer.some((s) => s.open < d.open && d.end <= s.close));
  return [...kept, ...outer].sort((a, b) => a.open - b.open);
}
