/**
 * Candidate speakers for one quote, and what the learned ranker (`ranker.ts`) knows about
 * each: every phrase an attribution window proposes (the hand rules' pick among them), plus
 * the names, pronouns and clause subjects of the sentences around the quote. Each candidate
 * carries string features: which window or rule proposed it, where it stands relative to the
 * quote, what kind of phrase it is, the reporting verb next to it, and the quote's own shape.
 */
import type { Span } from '../../types';
import { clampWindow, sentenceBefore, sentenceSpan, textTokens, tokensOf, type Attribution, type Context, type Proposal } from './attribution';
import { isVerbLike, subjectOfClauses } from './clauses';
import {
  DETERMINERS, ORG_NOUNS, PERSON_NOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONS, SPEECH_VERBS, STATEMENT_NOUNS, TIME_WORDS, TITLES,
  VERB_MODIFIERS,
} from './lexicon';
import type { Passage } from './passages';
import type { AttributionRule } from './patterns';
import { sentenceIndex } from './sentences';
import { isCapWord, nameRunEnd } from './speaker';
import { isCapitalized, isWord, type Token } from './text';
import { countLeading } from '../sorted';

/** A passage as the rules attributed it: what the ranker re-decides. */
export interface QuoteUnit {
  passage: Passage;
  /** A fragment woven into the writer's sentence. */
  partial: boolean;
  /** Everything the attribution windows proposed, in the rules' order. */
  proposals: Proposal[];
  /** The hand rules' choice (the first strict proposal). */
  pick: Attribution | null;
}

/** What the ranker knows of the quotes before this one (the rules' speakers, not its own). */
export interface History {
  /** Head word (lower case) of the previous quote's rule speaker. */
  previousHead: string | null;
  /** Head words of every earlier rule speaker. */
  heads: Set<string>;
}

/** One speaker phrase the ranker may choose. */
export interface Candidate extends Span {
  /** The rule that proposed it first, or 'nearby' for a mention no rule proposed. */
  rule: AttributionRule;
  /** True for the hand rules' pick. */
  pick: boolean;
  /** The "nobody nearby said it" option (no span: start and end are -1). */
  none?: true;
  features: string[];
}

/** Where a window stands relative to the quote. */
type Where = 'b0' | 'in' | 'a0' | 'b1' | 'b2' | 'a1';

interface Draft extends Span {
  rule: AttributionRule;
  sources: string[];
  strictOrder: number;
  pick: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** The sentence after the one at index `i` of paragraph `para` (maybe the paragraph after's first). */
function after(ctx: Context, para: number, i: number): { para: number; i: number } | null {
  if (i + 1 < ctx.sentences[para]!.length) return { para, i: i + 1 };
  if (para + 1 >= ctx.paras.length) return null;
  return { para: para + 1, i: 0 };
}

/** The windows mentions are drawn from: the quote's sentence, the two before, the one after. */
function windowsOf(ctx: Context, passage: Passage): { where: Where; span: Span; otherPara: boolean }[] {
  const segs = passage.segments;
  const first = segs[0]!;
  const last = segs[segs.length - 1]!;
  const out: { where: Where; span: Span; otherPara: boolean }[] = [];
  const i0 = sentenceIndex(ctx.sentences[first.para]!, first.open);
  const s0 = sentenceSpan(ctx, first.para, i0);
  out.push({ where: 'b0', span: { start: s0.start, end: first.open }, otherPara: false });
  for (let i = 0; i + 1 < segs.length; i++) {
    const a = segs[i]!;
    const b = segs[i + 1]!;
    if (a.para === b.para && a.close !== -1) out.push({ where: 'in', span: { start: a.close + 1, end: b.open }, otherPara: false });
  }
  let next: { para: number; i: number } | null = null;
  if (last.close !== -1) {
    const i1 = sentenceIndex(ctx.sentences[last.para]!, last.close + 1);
    const s1 = sentenceSpan(ctx, last.para, i1);
    out.push({ where: 'a0', span: { start: last.close + 1, end: s1.end }, otherPara: false });
    next = after(ctx, last.para, i1);
  } else if (last.para + 1 < ctx.paras.length) next = { para: last.para + 1, i: 0 };
  if (next) out.push({ where: 'a1', span: sentenceSpan(ctx, next.para, next.i), otherPara: next.para !== last.para });
  const p1 = sentenceBefore(ctx, first.para, i0);
  if (p1) {
    out.push({ where: 'b1', span: sentenceSpan(ctx, p1.para, p1.i), otherPara: p1.para !== first.para });
    const p2 = sentenceBefore(ctx, p1.para, p1.i);
    if (p2) out.push({ where: 'b2', span: sentenceSpan(ctx, p2.para, p2.i), otherPara: p2.para !== first.para });
  }
  // Each window at most MAX_WINDOW_CHARS, on the side next to the quote.
  for (const w of out) w.span = clampWindow(w.span, w.where.startsWith('a') ? 'start' : 'end');
  return out.filter((w) => w.span.end > w.span.start);
}

/** Names, pronouns and clause subjects in a window's tokens. */
function mentionsIn(tokens: readonly Token[]): { r: { from: number; to: number }; kind: string }[] {
  const out: { r: { from: number; to: number }; kind: string }[] = [];
  const hi = tokens.length - 1;
  for (let i = 0; i <= hi; i++) {
    const t = tokens[i]!;
    if (PRONOUNS.has(t.lower) && (t.text === t.lower || t.text === 'I' || i === 0 || /^[.“"(—–]$/.test(tokens[i - 1]!.text) || isCapitalized(t.text))) {
      out.push({ r: { from: i, to: i }, kind: 'pronoun' });
      continue;
    }
    if (isCapWord(t) && !isCapWord(tokens[i - 1]) && !PRONOUNS.has(t.lower)) {
      const e = nameRunEnd(tokens, i, hi);
      out.push({ r: { from: i, to: e }, kind: 'name' });
      i = e;
    }
  }
  if (hi >= 0) {
    const a = subjectOfClauses(tokens, hi, false);
    if (a) out.push({ r: a, kind: 'subject' });
    const b = subjectOfClauses(tokens, hi, true);
    if (b && (!a || a.from !== b.from || a.to !== b.to)) out.push({ r: b, kind: 'subject' });
  }
  return out;
}

const bucket = (n: number, edges: number[]): number => {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i;
};

/** The reporting verb's family, for features: "said" → say. */
function verbClass(w: string): string {
  if (/^(?:say|says|said|saying)$/.test(w)) return 'say';
  if (/^(?:tell|tells|told|telling)$/.test(w)) return 'tell';
  if (/^(?:add|adds|added|adding)$/.test(w)) return 'add';
  if (/^(?:write|writes|wrote|writing)$/.test(w)) return 'write';
  if (/^(?:ask|asks|asked|asking)$/.test(w)) return 'ask';
  return /ing$/.test(w) ? 'sv-ing' : 'sv';
}

/** The article's tokens, once per article, for the features around each candidate. */
interface DocIndex {
  tokens: Token[];
  starts: Int32Array;
  /** `words[i]`: how many of tokens 0..i-1 are words. */
  words: Int32Array;
  lower: string;
  counts: Map<string, number>;
  lowerUses: Map<string, number>;
}

const indexes = new WeakMap<Context, DocIndex>();

function docIndex(ctx: Context): DocIndex {
  let ix = indexes.get(ctx);
  if (!ix) {
    const tokens = textTokens(ctx);
    const starts = new Int32Array(tokens.length);
    const words = new Int32Array(tokens.length + 1);
    tokens.forEach((t, i) => {
      starts[i] = t.start;
      words[i + 1] = words[i]! + (isWord(t.text) ? 1 : 0);
    });
    ix = { tokens, starts, words, lower: ctx.text.toLowerCase(), counts: new Map(), lowerUses: new Map() };
    indexes.set(ctx, ix);
  }
  return ix;
}

/** Index of the first token starting at or after `pos`. */
function tokenAt(ix: DocIndex, pos: number): number {
  return countLeading(ix.starts, (start) => start < pos);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Occurrences of `word` as a whole word in `haystack` (a possessive "'s" may follow). */
function countWord(haystack: string, word: string): number {
  let n = 0;
  for (let at = haystack.indexOf(word); at >= 0 && n < 20; at = haystack.indexOf(word, at + word.length)) {
    if (at > 0 && WORD_CHAR.test(haystack[at - 1]!)) continue;
    const next = haystack[at + word.length];
    if (next && WORD_CHAR.test(next)) continue;
    n++;
  }
  return n;
}

/** How often `head` occurs in the article, in any case. */
function mentionsOf(ix: DocIndex, head: string): number {
  let n = ix.counts.get(head);
  if (n === undefined) ix.counts.set(head, (n = countWord(ix.lower, head)));
  return n;
}

/** How often `word` occurs written in lower case ("even" for a sentence-initial "Even"). */
function lowerUsesOf(ix: DocIndex, text: string, word: string): number {
  let n = ix.lowerUses.get(word);
  if (n === undefined) ix.lowerUses.set(word, (n = countWord(text, word)));
  return n;
}

/** Lower-cased head word of a phrase (its last word, a possessive's "'s" dropped). */
export function headOf(text: string, span: Span): string {
  const words = text.slice(span.start, span.end).match(/[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu);
  return (words?.[words.length - 1] ?? '').toLowerCase().replace(/[’']s$/u, '');
}

/** The kind of phrase: pronoun, possessive, name, or a noun phrase by its head noun. */
function kindOf(words: readonly Token[]): string {
  const head = words[words.length - 1];
  if (!head) return 'none';
  // "he's", "It's", "That’s", "We’ve": a pronoun or function word with a verb attached.
  const contracted = /^([\p{L}]+)[’'](?:s|ve|re|ll|d|m)$/u.exec(head.lower);
  if (contracted && words.length === 1) return PRONOUNS.has(contracted[1]!) ? 'pronoun' : DETERMINERS.has(contracted[1]!) || /^(?:it|that|there|here|what|who|let)$/.test(contracted[1]!) ? 'function' : 'name';
  if (words.length === 1 && PRONOUNS.has(head.lower)) return 'pronoun';
  if (words.length === 1 && POSSESSIVE_PRONOUNS.has(head.lower)) return 'possessive';
  if (/^(?:who|which|it|you|this|that)$/.test(head.lower) && words.length === 1) return 'function';
  if (isCapitalized(head.text) && !TIME_WORDS.has(head.lower)) return 'name';
  const noun = head.lower.replace(/s$/, '');
  if (PERSON_NOUNS.has(noun) || PERSON_NOUNS.has(head.lower) || TITLES.has(head.lower)) return 'np-person';
  if (ORG_NOUNS.has(noun)) return 'np-org';
  if (STATEMENT_NOUNS.has(head.lower) || STATEMENT_NOUNS.has(noun)) return 'np-doc';
  return 'np';
}

/**
 * The candidates for one quote, with their features. The hand rules' pick is always among
 * them (marked `pick`); `history` gives the rules' speakers of the quotes before it.
 */
export function candidatesFor(ctx: Context, unit: QuoteUnit, history: History): Candidate[] {
  const { text } = ctx;
  const { passage } = unit;
  const segs = passage.segments;
  const first = segs[0]!;
  const last = segs[segs.length - 1]!;
  const qs = first.open;
  const qe = last.close === -1 ? last.end : last.close + 1;
  const drafts = new Map<string, Draft>();
  const add = (span: Span, rule: AttributionRule, source: string, strictOrder = -1): Draft => {
    const key = `${span.start}:${span.end}`;
    let d = drafts.get(key);
    if (!d) {
      d = { start: span.start, end: span.end, rule, sources: [], strictOrder: -1, pick: false };
      drafts.set(key, d);
    }
    if (!d.sources.includes(source)) d.sources.push(source);
    if (strictOrder >= 0 && (d.strictOrder < 0 || strictOrder < d.strictOrder)) d.strictOrder = strictOrder;
    return d;
  };
  let strictSeen = 0;
  for (const p of unit.proposals) {
    const d = add(p, p.rule, `p:${p.source}${p.strict ? '+' : ''}`, p.strict ? strictSeen : -1);
    if (p.strict) strictSeen++;
    if (d.rule === 'nearby') d.rule = p.rule;
  }
  if (unit.pick) {
    const d = add(unit.pick, unit.pick.rule, 'pick');
    d.pick = true;
  }
  const windows = windowsOf(ctx, passage);
  for (const w of windows) {
    const tokens = tokensOf(ctx, w.span);
    for (const m of mentionsIn(tokens)) {
      const span = { start: tokens[m.r.from]!.start, end: tokens[m.r.to]!.end };
      if (text.slice(span.start, span.end) === '"') continue; // a masked quote
      add(span, 'nearby', `m:${m.kind}@${w.where}${w.otherPara ? '^' : ''}`);
    }
  }

  const whereOf = (c: Span): string => {
    if (c.start >= qs && c.end <= qe) return 'in';
    for (const w of windows) {
      if (w.where !== 'in' && c.start >= w.span.start && c.end <= w.span.end) return w.where + (w.otherPara ? '^' : '');
    }
    return c.end <= qs ? 'bf' : 'af';
  };

  // The quote's shape.
  const lastWords = text.slice(last.start, last.end).trimEnd();
  const endMark = /[,.?!—–:;]$/.test(lastWords) ? lastWords[lastWords.length - 1]! : 'w';
  const para = ctx.paras[first.para]!;
  const opensPara = qs === para.start;
  const lastPara = ctx.paras[last.para]!;
  const closesPara = last.close === -1 || !/[\p{L}\p{N}]/u.test(text.slice(last.close + 1, lastPara.end));
  const shape = `${unit.partial ? 'frag' : 'sent'}${opensPara ? '|open' : ''}${closesPara ? '|close' : ''}`;
  const noPick = unit.pick ? '' : 'nopick|';


  const out: Candidate[] = [];
  const ix = docIndex(ctx);
  const info = [...drafts.values()].map((d) => {
    const from = tokenAt(ix, d.start);
    const words: Token[] = [];
    for (let k = from; k < ix.tokens.length && ix.tokens[k]!.end <= d.end; k++) if (isWord(ix.tokens[k]!.text)) words.push(ix.tokens[k]!);
    return { d, from, words, kind: kindOf(words), where: whereOf(d) };
  });
  // The nearest mention of each kind on each side of the quote.
  const nearest = new Map<string, { i: number; dist: number }>();
  info.forEach((x, i) => {
    const side = x.d.end <= qs ? 'b' : x.d.start >= qe ? 'a' : 'i';
    const dist = side === 'b' ? qs - x.d.end : side === 'a' ? x.d.start - qe : 0;
    const key = `${x.kind}:${side}`;
    const n = nearest.get(key);
    if (!n || dist < n.dist) nearest.set(key, { i, dist });
  });
  const nearestSet = new Set([...nearest.values()].map((n) => n.i));
  const pick = unit.pick;
  const pickKind = info.find((x) => x.d.pick)?.kind ?? 'none';

  info.forEach((x, i) => {
    const { d, from, words, kind, where } = x;
    const f: string[] = ['bias', `k:${kind}`, `w:${where}`, `w:${where}|k:${kind}`, `w:${where}|${shape}`, `w:${where}|end:${endMark}`,
      `${noPick}w:${where}|k:${kind}`];
    for (const s of d.sources) {
      f.push(s, `${s}|k:${kind}`, `${noPick}${s}`);
      if (s.startsWith('p:')) f.push(`${s}|${shape}`);
    }
    f.push(`nsrc:${Math.min(d.sources.length, 4)}`);
    if (d.strictOrder >= 0) f.push(`order:${Math.min(d.strictOrder, 2)}`);
    if (d.pick) f.push('pick', `pick:${d.rule}`, `pick:${d.rule}|${shape}`, `pick|k:${kind}`);
    else if (pick && d.start < pick.end && d.end > pick.start) f.push('overlaps-pick', `overlaps-pick|k:${kind}`);
    if (nearestSet.has(i)) f.push(`nearest|k:${kind}|w:${where}`);
    f.push(`len:${bucket(words.length, [1, 2, 3, 5, 8])}`);
    const firstWord = words[0];
    if (firstWord && DETERMINERS.has(firstWord.lower)) f.push(`det:${firstWord.lower}`);
    if (words.length > 1 && words.every((w) => !/\p{Ll}/u.test(w.text))) f.push('caps');
    if (words.some((w) => /\d/.test(w.text))) f.push('digit');
    if (words.length === 1 && kind === 'pronoun') f.push(`pro:${words[0]!.lower}`, `pro:${words[0]!.lower}|w:${where}`);
    // Distance to the quote, in characters and (same sentence) in words.
    const gap = d.end <= qs ? { start: d.end, end: qs } : d.start >= qe ? { start: qe, end: d.start } : null;
    if (gap) {
      const chars = gap.end - gap.start;
      f.push(`dist:${bucket(chars, [2, 5, 15, 40, 100, 250])}|w:${where}`);
      if (chars < 200) {
        const n = ix.words[tokenAt(ix, gap.end)]! - ix.words[tokenAt(ix, gap.start)]!;
        f.push(`gapwords:${bucket(n, [0, 1, 2, 4, 8, 16])}|w:${where}`);
        if (n === 0) f.push(`adjacent|k:${kind}|w:${where}`);
      }
    }
    // The words right around it: a reporting verb, a preposition, punctuation.
    const after = tokenAt(ix, d.end);
    const right = (k: number) => ix.tokens[after + k];
    let r = 0;
    while (r < 3 && right(r) && right(r)!.text === right(r)!.lower && (VERB_MODIFIERS.has(right(r)!.lower) || /ly$/.test(right(r)!.lower))) r++;
    const nx = right(r);
    // "Blumenthal was asked, “…”": the one spoken to is no speaker (as the rules hold).
    if (!d.pick && nx && /^(?:asked|told)$/.test(nx.text) && right(r + 1)?.lower !== 'by' &&
      Array.from({ length: r }, (_, k) => right(k)!.lower).some((w) => /^(?:was|were|is|are|been|being|be|get|got|gets)$/.test(w))) return;
    if (!nx) f.push('vA:end');
    else if (nx.text === nx.lower && SPEECH_VERBS.has(nx.lower)) f.push(`vA:${verbClass(nx.lower)}`, `vA:${verbClass(nx.lower)}|w:${where}`);
    else if (isVerbLike(nx)) f.push('vA:verb', `vA:verb|w:${where}`);
    else if (!isWord(nx.text)) f.push(`nA:${nx.text}`);
    else f.push('nA:word');
    const pv = ix.tokens[from - 1];
    const pv2 = ix.tokens[from - 2];
    // "“…,” Walker said, according to AP": who said the words, not who reported them (a
    // product choice; the PolNeAR gold credits the outlet), so the outlet is no candidate.
    if (pv?.lower === 'to' && pv2?.lower === 'according' && pick && !d.pick && pick.end <= d.start &&
      !/[.?!]["”’]?\s|\n/u.test(text.slice(pick.end, d.start))) return;
    if (!pv || /\n/.test(text.slice(pv.end, d.start))) f.push('pB:start');
    else if (pv.lower === 'to' && pv2?.lower === 'according') f.push('accordingTo', `accordingTo|w:${where}`);
    else if (pv.text === pv.lower && SPEECH_VERBS.has(pv.lower)) f.push(`vB:${verbClass(pv.lower)}`, `vB:${verbClass(pv.lower)}|w:${where}`);
    else if (pv.text === pv.lower && PREPOSITIONS.has(pv.lower)) f.push(`prepB:${pv.lower}`);
    else if (!isWord(pv.text)) f.push(`pB:${pv.text}`);
    else if (DETERMINERS.has(pv.lower)) f.push('pB:det');
    else f.push('pB:word');
    if (/^[’']s?$/u.test(right(0)?.text ?? '') || /[’']s$/u.test(text.slice(d.start, d.end))) f.push('possessive');
    // Salience: the same head spoke before, or is mentioned often.
    const head = headOf(text, d);
    if (head && head === history.previousHead) f.push('prev-speaker', `prev-speaker|k:${kind}`);
    else if (head && history.heads.has(head)) f.push('earlier-speaker', `earlier-speaker|k:${kind}`);
    if (kind === 'name' && head.length > 2) f.push(`mentions:${bucket(mentionsOf(ix, head), [1, 2, 4, 9])}`);
    // "Even", "Ever", "Often" opening a sentence: a word the text also writes in lower case.
    if (kind === 'name' && words.length === 1 && lowerUsesOf(ix, text, words[0]!.lower) > 0) f.push('common-word', `common-word|w:${where}`);
    f.push(`pk:${pickKind}|k:${kind}`);
    out.push({ start: d.start, end: d.end, rule: d.rule, pick: d.pick, features: f });
  });
  // Nobody: the speaker is not among the candidates (or the words have no speaker).
  const kinds = new Set(info.map((x) => x.kind));
  const none = ['none', `none|pk:${pickKind}`, `none|${shape}`, `none|end:${endMark}`, `none|n:${bucket(out.length, [2, 5, 10, 20])}`];
  for (const k of kinds) none.push(`none|has:${k}`);
  if (pick) none.push(`none|pick:${pick.rule}`);
  out.push({ start: -1, end: -1, rule: 'nearby', pick: false, none: true, features: none });
  return out;
}
