/**
 * Finds who said a passage: the attribution in the words between its segments, right after
 * it ("…,” the agency said), right before it (Kenney said: “…”, according to X, a partial
 * quote's sentence subject), in the sentence or paragraph introducing it ("He said:"), or
 * the speaker of the quote just before it when the passage simply continues that speech.
 */
import type { Span } from '../types';
import type { Passage } from './passages';
import type { Segment } from './segments';
import { sentenceIndex, type SentenceStart } from './sentences';
import {
  inRelativeClause, isSpeechVerb, nameRunEnd, nameRunStart, subjectAfter, subjectBefore, type TokenRange,
} from './speaker';
import {
  CLAUSE_WORDS, CORE_SPEECH_VERBS, DETERMINERS, PERSON_NOUNS, PREPOSITIONS, SPEAKER_PRONOUNS, SPEECH_VERBS, TITLES,
  VERB_MODIFIERS,
} from './lexicon';
import { isCapitalized, isWord, tokenize, type Token } from './text';

/** The article as the attribution rules see it. */
export interface Context {
  text: string;
  paras: Span[];
  sentences: SentenceStart[][];
  /** Quoted stretches (marks included), masked out of attribution windows. */
  quoted: Span[];
}

/** How a speaker was found, kept for debugging and for the eval's breakdown. */
export type AttributionRule =
  | 'interruption' | 'after' | 'before' | 'colon' | 'according-to' | 'subject'
  | 'previous-sentence' | 'continuation' | 'label' | 'dash';

/** A speaker phrase in the text and the rule that found it. */
export interface Attribution extends Span {
  rule: AttributionRule;
}

const STOP = /^[.?!;“”"«»„]$/u;

/** Start and end offsets of the sentence holding `at` in paragraph `para`. */
function sentenceAt(ctx: Context, para: number, at: number): Span {
  const starts = ctx.sentences[para]!;
  const i = sentenceIndex(starts, at);
  return { start: starts[i]!.at, end: starts[i + 1]?.at ?? ctx.paras[para]!.end };
}

const toSpan = (tokens: readonly Token[], r: TokenRange): Span => ({ start: tokens[r.from]!.start, end: tokens[r.to]!.end });

/**
 * The attribution after a quote (or between two of its segments): "he said", "said X",
 * "the agency said in a statement", "according to X", "— X". `strict` asks for the
 * speaker to open the window (used when the window is the next sentence).
 */
export function speakerAfter(tokens: readonly Token[], strict = false, anyVerb = !strict): TokenRange | null {
  let i0 = 0;
  let dash = false;
  while (i0 < tokens.length && !isWord(tokens[i0]!.text)) {
    const t = tokens[i0]!.text;
    if (STOP.test(t) || t === '(') return null;
    if (/^[—–-]$/.test(t)) dash = true;
    i0++;
  }
  if (i0 >= tokens.length) return null;
  const hi = tokens.length - 1;
  if (tokens[i0]!.lower === 'according' && tokens[i0 + 1]?.lower === 'to') return subjectAfter(tokens, i0 + 1, hi);
  // "…” and he said he hoped …": a new clause, unless it ends on ", said X." after all.
  if (NEW_CLAUSE.has(tokens[i0]!.lower)) return strict ? null : finalAttribution(tokens, hi);
  const limit = Math.min(hi, i0 + 24);
  for (let k = i0; k <= limit; k++) {
    const t = tokens[k]!;
    // The window ends at its sentence's end, so a period inside is an abbreviation's.
    if (STOP.test(t.text) && t.text !== '.') break;
    if (!isSpeechVerb(tokens, k)) continue;
    // Only the first reporting verb can attribute; a later one belongs to another clause.
    if (strict && !CORE_SPEECH_VERBS.has(t.lower)) return null;
    if (k === i0) return strict || /ing$/.test(t.lower) ? null : subjectAfter(tokens, k, hi);
    const r = subjectBefore(tokens, k, i0);
    // Near the quote, or opening a clause of its own: "” than that of the CIA, Zuckoff said".
    if (r && /^(?:who|which)$/.test(tokens[r.from]!.lower)) return null;
    if (r && (r.from <= i0 + 4 || tokens[r.from - 1]!.text === ',')) return r;
    if (!r && tokens[k - 1]!.text === ',' && !strict && !/ing$/.test(t.lower)) return subjectAfter(tokens, k, hi);
    return null;
  }
  if (dash && isCapitalized(tokens[i0]!.text)) return { from: i0, to: nameRunEnd(tokens, i0, hi) };
  return anyVerb ? subjectWithAnyVerb(tokens, i0, hi) : null;
}

/**
 * "… and Clevelanders get nervous, said Christine Link.": an attribution closing the
 * sentence after its last comma, either "said X" or "X said".
 */
function finalAttribution(tokens: readonly Token[], hi: number): TokenRange | null {
  let end = hi;
  while (end >= 0 && !isWord(tokens[end]!.text)) end--;
  let c = end;
  while (c >= 0 && tokens[c]!.text !== ',') c--;
  if (c < 0 || end - c > 14) return null;
  const v = c + 1;
  if (isSpeechVerb(tokens, v) && !/ing$/.test(tokens[v]!.lower)) return subjectAfter(tokens, v, end);
  for (let k = v + 1; k <= Math.min(end, v + 6); k++) {
    if (!isSpeechVerb(tokens, k)) continue;
    const r = subjectBefore(tokens, k, v);
    return r && r.from === v ? r : null;
  }
  return null;
}

/**
 * "“…,” Toomey fumed on Tuesday": a speaker opening the window, followed by a verb that is
 * not in the reporting-verb list. Right after a quote, that is still its attribution.
 */
function subjectWithAnyVerb(tokens: readonly Token[], i0: number, hi: number): TokenRange | null {
  const t = tokens[i0]!;
  let r: TokenRange | null = null;
  if (/^(?:he|she|they|i|we)$/.test(t.lower)) r = { from: i0, to: i0 };
  else if (isCapitalized(t.text) && !DETERMINERS.has(t.lower) && !LEADING_WORDS.has(t.lower)) r = { from: i0, to: nameRunEnd(tokens, i0, hi) };
  else if (AFTER_QUOTE_DETERMINERS.has(t.lower)) {
    let e = i0;
    while (e + 1 <= hi && e - i0 < 6 && isWord(tokens[e + 1]!.text) && !isVerbLike(tokens[e + 1]) && !CLAUSE_WORDS.has(tokens[e + 1]!.lower)) e++;
    if (e > i0) r = { from: i0, to: e };
  }
  if (!r) return null;
  let k = r.to + 1;
  while (k <= hi && (VERB_MODIFIERS.has(tokens[k]!.text) || /ly$/.test(tokens[k]!.text))) k++;
  const verb = tokens[k];
  return verb && isVerbLike(verb) && !AUXILIARIES.has(verb.lower) ? r : null;
}

/** Determiners that may open a speaker phrase right after a quote ("the senator fumed"). */
const AFTER_QUOTE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);
/** Prepositions before an -ing reporting verb: "continued by saying", "upon saying". */
const ING_PREPOSITIONS = new Set(['by', 'upon', 'after', 'before', 'without', 'while', 'when', 'in', 'on', 'with', 'for']);
/** Words opening a new clause after a quote: what follows is not its attribution. */
const NEW_CLAUSE = new Set(['and', 'but', 'or', 'so', 'until', 'while', 'because', 'although', 'though', 'if', 'when', 'as', 'after', 'before', 'since', 'than', 'whereas', 'unless', 'then']);
/** "…,” said Rep. Bobby Scott at the time, adding that “…”": the speaker of an earlier verb. */
function earlierSpeaker(tokens: readonly Token[], hi: number): TokenRange | null {
  for (let k = hi; k >= 0; k--) {
    if (!isSpeechVerb(tokens, k) || /ing$/.test(tokens[k]!.lower)) continue;
    return subjectBefore(tokens, k, 0) ?? subjectAfter(tokens, k, hi);
  }
  return null;
}

/** Tokens after which a new clause (and its subject) may begin. */
const CLAUSE_BREAKS = new Set([',', ';', '—', '–', ')', 'because', 'that', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'as', 'if', 'and', 'but']);
const LEADING_WORDS = new Set(['and', 'but', 'so', 'yet', 'still', 'also', 'then', 'now', 'meanwhile', 'however', 'instead', 'indeed', 'plus', 'or']);
const INTRODUCERS = new Set([
  'at', 'in', 'on', 'after', 'before', 'during', 'with', 'for', 'by', 'from', 'as', 'when', 'while',
  'since', 'although', 'though', 'if', 'because', 'asked', 'speaking', 'addressing', 'despite', 'unlike',
  'like', 'according', 'over', 'under', 'about', 'to', 'of', 'into', 'through', 'amid', 'without', 'once',
]);
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'should', 'may', 'might', 'must']);
const IRREGULAR_PAST = new Set([
  'took', 'made', 'went', 'gave', 'came', 'got', 'saw', 'told', 'said', 'wrote', 'spoke', 'sat', 'stood',
  'led', 'left', 'ran', 'won', 'lost', 'met', 'put', 'set', 'sent', 'kept', 'held', 'brought', 'thought',
  'began', 'became', 'felt', 'knew', 'found', 'paid', 'read', 'heard', 'struck', 'shook', 'threw', 'drew',
  'bought', 'sought', 'taught', 'fought', 'hit', 'cut', 'let', 'quit', 'rose', 'fell', 'chose', 'broke',
  'laid', 'sold', 'built', 'spent', 'meant', 'dealt', 'caught', 'wore', 'drove', 'rode', 'stole', 'ate',
  'forgave', 'sang', 'swore', 'bore', 'tore', 'grew', 'blew', 'flew', 'withdrew', 'overcame', 'understood',
  'fled', 'fed', 'shot', 'hid', 'lit', 'shut', 'hurt', 'cost', 'cast', 'burst', 'sank', 'rang', 'stuck',
  'hung', 'swung', 'dug', 'bit', 'slid', 'woke', 'froze', 'forgot', 'lay', 'lent', 'bent',
]);

/** A rough test for a finite verb after a subject: "-ed", "-s", an auxiliary, "didn’t". */
function isVerbLike(t: Token | undefined): boolean {
  if (!t || t.text !== t.lower || !isWord(t.text)) return false;
  const w = t.lower;
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || SPEECH_VERBS.has(w)) return true;
  if (/n[’']t$/.test(w)) return true;
  return /[^e]ed$|[^aeiou]ied$|[^s]s$/.test(w) && !/(?:us|is|ss|ous|ics|ness)$/.test(w);
}

/**
 * The subject of a clause starting at `lo`: the phrase up to its first finite verb, over
 * an appositive ("Priorities USA, a pro-Clinton super PAC, emailed") and adverbs
 * ("Trump quickly took"). Null when the clause opens with a preposition or has no verb.
 */
function clauseSubject(tokens: readonly Token[], lo: number, hi: number): TokenRange | null {
  let i = lo;
  while (i <= hi && (!isWord(tokens[i]!.text) || LEADING_WORDS.has(tokens[i]!.lower))) i++;
  if (i > hi) return null;
  const first = tokens[i]!;
  if (INTRODUCERS.has(first.lower) || /ing$/.test(first.lower)) return null;
  if (!isCapitalized(first.text) && !DETERMINERS.has(first.lower) && !SPEAKER_PRONOUNS.has(first.lower) &&
    !TITLES.has(first.lower) && !PERSON_NOUNS.has(first.lower)) return null;
  if (first.lower === 'it' || first.lower === 'there' || first.lower === 'this') return null;
  let head = -1;
  let k = i;
  while (k <= hi && k - i < 12) {
    const t = tokens[k]!;
    if (t.text === ',' && head >= 0) {
      let c = k + 1;
      while (c <= hi && c - k < 15 && tokens[c]!.text !== ',' && !STOP.test(tokens[c]!.text)) c++;
      if (c > hi || tokens[c]!.text !== ',') return null;
      k = c + 1;
      break;
    }
    if (!isWord(t.text)) return null;
    if (k > i && isVerbLike(t)) break;
    if (k > i && /ly$/.test(t.lower) && t.text === t.lower && isVerbLike(tokens[k + 1])) { k++; break; }
    if (k > i && CLAUSE_WORDS.has(t.lower)) return null;
    head = k;
    if (SPEAKER_PRONOUNS.has(t.lower)) { k++; break; }
    k++;
  }
  while (k <= hi && (VERB_MODIFIERS.has(tokens[k]!.text) || /ly$/.test(tokens[k]!.text))) k++;
  if (head >= 0 && PREPOSITIONS.has(tokens[k]?.text ?? '')) {
    // "Sanders during a Sunday thanked …": a short phrase between subject and verb.
    let e = k + 1;
    while (e <= hi && e - k <= 4 && isWord(tokens[e]!.text) && !isVerbLike(tokens[e])) e++;
    if (isVerbLike(tokens[e]) && e - k <= 4) k = e;
  }
  if (head < 0 || !isVerbLike(tokens[k])) return null;
  const r = { from: i, to: head };
  return hasPhraseHead(tokens, r) ? r : null;
}

const hasPhraseHead = (tokens: readonly Token[], r: TokenRange) => {
  const head = tokens[r.to]!;
  return isWord(head.text) && !(DETERMINERS.has(head.lower) && head.text === head.lower);
};

/**
 * The subject of the clause around `hi`, trying clause starts after commas: nearest first
 * (for "…, he sounded a rare note, saying") or the sentence start first (for a fragment
 * woven into the sentence: "At the time, an internal document … noted that …").
 */
function subjectOfClauses(tokens: readonly Token[], hi: number, nearestFirst: boolean): TokenRange | null {
  const starts = [0];
  for (let k = 0; k < hi; k++) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) starts.push(k + 1);
  if (nearestFirst) starts.reverse();
  for (const lo of starts) {
    const r = clauseSubject(tokens, lo, hi);
    if (r) return r;
  }
  return null;
}

/**
 * The attribution in the words before a quote, from the start of its sentence: "Kenney said:",
 * "Sarah Rodriguez told VICE News,", "according to X,", "X said that the operation would
 * constitute", or the sentence subject for a quoted fragment ("Jacobs credited Merkel with").
 */
export function speakerBefore(tokens: readonly Token[], partial: boolean): { r: TokenRange; rule: AttributionRule } | null {
  const hi = tokens.length - 1;
  if (hi < 0) return null;
  for (let k = hi - 1; k >= 0; k--) {
    if (tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const r = subjectAfter(tokens, k + 1, hi);
      if (r) return { r, rule: 'according-to' };
    }
  }
  const last = tokens[hi]!;
  if (last.text === ':' && isCapitalized(tokens[hi - 1]?.text ?? '')) {
    // "PENCE:" or "Pollsters agree - Carl Bialik:" — a name standing alone before a colon.
    const s = nameRunStart(tokens, hi - 1, 0);
    if (s === 0 || /^[—–-]$/.test(tokens[s - 1]!.text)) return { r: { from: s, to: hi - 1 }, rule: 'label' };
  }
  for (let k = hi; k >= 0; k--) {
    if (!isSpeechVerb(tokens, k)) continue;
    if (/ing$/.test(tokens[k]!.lower)) {
      // "…, saying", "continued by saying", "recently telling": the clause's subject speaks.
      let p = k - 1;
      while (p >= 0 && (VERB_MODIFIERS.has(tokens[p]!.text) || /ly$/.test(tokens[p]!.text))) p--;
      const before = tokens[p];
      if (before && (before.text === ',' || ING_PREPOSITIONS.has(before.text))) {
        const r = subjectOfClauses(tokens, p - 1, true) ?? earlierSpeaker(tokens, p - 1);
        if (r) return { r, rule: 'subject' };
        continue;
      }
    }
    if (tokens[k - 1]?.lower === 'and') {
      // "Sanders compared … and urged people not to “…”": the clause's subject speaks.
      const r = subjectOfClauses(tokens, k - 2, true);
      if (r) return { r, rule: 'subject' };
    }
    let r = subjectBefore(tokens, k, 0);
    if (r && inRelativeClause(tokens, r)) continue; // "whom he described as": not the speaker
    if (!r && (k === 0 || tokens[k - 1]!.text === ',')) {
      // "…, said Trump:" — the speaker after the verb, closing the clause.
      const after = subjectAfter(tokens, k, hi);
      const next = after && tokens[after.to + 1];
      if (after && (!next || /^[,:.—–-]$/.test(next.text))) r = after;
    }
    if (r) return { r, rule: 'before' };
  }
  if (!partial && last.text !== ':') return null;
  const r = subjectOfClauses(tokens, hi, false);
  return r ? { r, rule: 'subject' } : null;
}

/**
 * Tokens of the window `span`, with other quotes' words masked: each quoted stretch in the
 * window becomes a single `"` token, so verbs and names inside it are not read as an
 * attribution.
 */
function tokensOf(ctx: Context, span: Span): Token[] {
  if (span.end <= span.start) return [];
  const tokens = tokenize(ctx.text, span.start, span.end);
  const masks = ctx.quoted.filter((q) => q.end > span.start && q.start < span.end);
  if (masks.length === 0) return tokens;
  const out: Token[] = [];
  let m = 0;
  for (const t of tokens) {
    while (m < masks.length && masks[m]!.end <= t.start) m++;
    const mask = masks[m];
    if (mask && t.start >= mask.start && t.start < mask.end) {
      const last = out[out.length - 1];
      if (!last || last.start !== mask.start) out.push({ text: '"', lower: '"', start: mask.start, end: mask.end });
      continue;
    }
    out.push(t);
  }
  return out;
}

const closeOf = (s: Segment) => (s.close === -1 ? s.end : s.close);

/** The speaker named in a sentence introducing a quote with a colon ("In a speech, he said:"). */
export function introSpeaker(ctx: Context, intro: Span): Attribution | null {
  const tokens = tokensOf(ctx, intro);
  const found = speakerBefore(tokens, false);
  return found ? { ...toSpan(tokens, found.r), rule: 'colon' } : null;
}

/**
 * Finds the speaker of `passage`. `previous` is the attribution of the passage before it, if
 * any, with that passage's last segment, for quotes that just continue a speech.
 */
export function attribute(
  ctx: Context,
  passage: Passage,
  previous: { attribution: Attribution | null; last: Segment } | null,
  partial: boolean,
): Attribution | null {
  const { text } = ctx;
  const segs = passage.segments;
  const first = segs[0]!;
  const last = segs[segs.length - 1]!;
  if (passage.label) return { ...passage.label, rule: 'label' };

  // 1. Between the segments: “…,” he said, “…”.
  for (let i = 0; i + 1 < segs.length; i++) {
    const a = segs[i]!;
    const b = segs[i + 1]!;
    if (a.para !== b.para || a.close === -1) continue;
    const tokens = tokensOf(ctx, { start: a.close + 1, end: b.open });
    const r = speakerAfter(tokens);
    if (r) return { ...toSpan(tokens, r), rule: 'interruption' };
  }

  // 2. Right after it: “…,” the agency said.
  const lastPara = ctx.paras[last.para]!;
  let nextSentence: Span | null = null;
  if (last.close !== -1) {
    const sentence = sentenceAt(ctx, last.para, last.close + 1);
    const window = sentence.start > last.close + 1 ? { start: last.close + 1, end: sentence.start } : { start: last.close + 1, end: sentence.end };
    const tokens = tokensOf(ctx, window);
    const r = speakerAfter(tokens, false, !partial);
    if (r) return { ...toSpan(tokens, r), rule: 'after' };
    if (tokens.every((t) => !isWord(t.text)) && window.end < lastPara.end) nextSentence = sentenceAt(ctx, last.para, window.end);
  }

  // 3. Before it, in its sentence: Kenney said: “…”; according to X, “…”.
  const firstPara = ctx.paras[first.para]!;
  const sentence = sentenceAt(ctx, first.para, first.open);
  const beforeSpan = { start: sentence.start, end: first.open };
  if (beforeSpan.end > beforeSpan.start) {
    const tokens = tokensOf(ctx, beforeSpan);
    const found = speakerBefore(tokens, partial);
    if (found) return { ...toSpan(tokens, found.r), rule: found.rule };
  }

  // 4. A short sentence of its own right after it: “Is it true?” Trump asked.
  if (nextSentence && !partial) {
    const tokens = tokensOf(ctx, nextSentence);
    const r = tokens.filter((t) => isWord(t.text)).length <= 12 ? speakerAfter(tokens, true) : null;
    if (r) return { ...toSpan(tokens, r), rule: 'after' };
  }

  // 5. The sentence or paragraph introducing it: "He said:" / "Cruz continued:".
  const prevSentence = previousSentence(ctx, first.para, sentence.start);
  if (prevSentence && !partial) {
    const tokens = tokensOf(ctx, prevSentence.span);
    const colon = tokens[tokens.length - 1]?.text === ':';
    const noQuoteBetween = !previous || closeOf(previous.last) < prevSentence.span.start;
    if (colon || (prevSentence.samePara && noQuoteBetween)) {
      const found = speakerBefore(tokens.slice(0, colon ? -1 : undefined).concat(colon ? [tokens[tokens.length - 1]!] : []), false);
      if (found && (colon || found.rule === 'before')) return { ...toSpan(tokens, found.r), rule: colon ? 'colon' : 'previous-sentence' };
    }
  }

  // 6. It continues the quote before it, with nothing else in between.
  if (previous?.attribution && !partial && first.open === firstPara.start) {
    const gapStart = closeOf(previous.last) + 1;
    const between = text.slice(gapStart, first.open);
    const prevPara = previous.last.para;
    const adjacent = prevPara === first.para - 1 || prevPara === first.para;
    if (adjacent && previous.attribution.end <= first.open && between.length < 200 && !hasOtherSpeechBetween(between)) {
      return { start: previous.attribution.start, end: previous.attribution.end, rule: 'continuation' };
    }
  }

  // 7. A dash line after it: "— Sanders."
  const nextPara = ctx.paras[last.para + 1];
  if (last.close !== -1 && nextPara && /^[—–-]\s*\p{Lu}/u.test(text.slice(nextPara.start, nextPara.start + 3)) && text.slice(last.close + 1, lastPara.end).trim().length === 0) {
    const tokens = tokensOf(ctx, nextPara);
    const r = speakerAfter(tokens);
    if (r) return { ...toSpan(tokens, r), rule: 'dash' };
  }
  return null;
}

/** Text between two quotes that is more than a closing attribution. */
function hasOtherSpeechBetween(between: string): boolean {
  return /\p{L}{3,}/u.test(between.replace(/^[\s,.”"’]*(?:[^.?!\n]{0,120}[.?!])?/u, ''));
}

/** The sentence before offset `at` in paragraph `para`, or the last of the paragraph before. */
function previousSentence(ctx: Context, para: number, at: number): { span: Span; samePara: boolean } | null {
  const starts = ctx.sentences[para]!;
  const i = sentenceIndex(starts, at);
  if (i > 0) return { span: { start: starts[i - 1]!.at, end: starts[i]!.at }, samePara: true };
  if (para === 0) return null;
  const prev = ctx.sentences[para - 1]!;
  return { span: { start: prev[prev.length - 1]!.at, end: ctx.paras[para - 1]!.end }, samePara: false };
}
