/**
 * Quotes and their speakers, from an article's text alone (paragraphs joined by "\n\n"),
 * linked to the named-entity recognizer's entities when they are given.
 */
import type { Entity, Span } from '../../types';
import { introSpeaker, proposals, rulesPick, type Attribution, type Context } from './attribution';
import { candidatesFor, headOf, type Candidate, type History, type QuoteUnit } from './candidates';
import { defaultRanker } from './default-ranker';
import { chooseSpeaker, type LoadedRanker } from './ranker';
import { findBlockQuotes } from './blockquotes';
import { isHeadlineLine, isQuotedName, isScareQuote } from './names';
import { groupPassages, type Passage } from './passages';
import { resolveSpeakers } from './resolve';
import { findSegments, type Segment, type SegmentOptions } from './segments';
import { sentenceStarts } from './sentences';
import { paragraphs, tokenize, wordCount } from './text';
import { speakerAfter } from './patterns';
import type { QuotePassage } from './quote-passage';

export type { QuotePassage } from './quote-passage';

/** Options for `extractQuotes`; see `SegmentOptions`. */
export interface QuoteOptions extends SegmentOptions {
  /**
   * The learned speaker chooser (`ranker.ts`): the shipped one by default; `null` keeps the
   * hand rules' speakers only; another loaded model for training and evaluation.
   */
  ranker?: LoadedRanker | null;
}

/**
 * Quotes whose speaker the ranker re-chooses, in text order; later ones keep the rules' pick. A
 * news story has a few dozen quotes; a page of thousands (a crafted or a pathological one)
 * would cost about a millisecond each.
 */
export const MAX_RANKED_QUOTES = 300;

/**
 * Finds the quotations in `text` and who said each. Quotes keep the character span of the
 * words inside their marks; a quote interrupted by its attribution is one quote whose span
 * covers both pieces (see `parts`). Names and scare quotes in quotation marks are left out.
 * With `entities` (from `lib/entities`), speakers are linked to the entity they refer to:
 * a surname to the full name, a pronoun to its person, "the agency" to the organization.
 * When no attribution is found the speaker is null rather than a guess.
 */
export function extractQuotes(text: string, entities?: Entity[], options: QuoteOptions = {}): QuotePassage[] {
  const found = findQuotes(text, options);
  const model = options.ranker === undefined ? defaultRanker() : options.ranker;
  if (model) {
    found.candidates(MAX_RANKED_QUOTES).forEach((cands, i) => {
      const q = found.quotes[i]!;
      if (!cands) return; // a block quote: its introduction's speaker stands
      const best = chooseSpeaker(model, cands);
      q.speaker = best ? { start: best.start, end: best.end, text: text.slice(best.start, best.end) } : null;
      q.speakerName = q.speaker?.text ?? null;
      q.rule = best?.rule ?? null;
    });
  }
  return resolveSpeakers(text, found.quotes, entities);
}

/**
 * The quotes as the hand rules find and attribute them (speakers not yet resolved), with each
 * quote's candidate speakers for the ranker (null for a block quote), computed on request.
 * Used by `extractQuotes` and by the ranker's training script.
 */
export function findQuotes(text: string, options: SegmentOptions = {}): { quotes: QuotePassage[]; candidates: (limit?: number) => (Candidate[] | null)[] } {
  const paras = paragraphs(text);
  const segments = findSegments(text, paras, options);
  const byPara: Segment[][] = paras.map(() => []);
  for (const s of segments) byPara[s.para]!.push(s);
  const sentences = paras.map((p, i) => sentenceStarts(text, p, byPara[i]!));
  const ctx: Context = { text, paras, sentences, quoted: [] };

  const speech = segments.filter((s, i) => {
    const prev = segments[i - 1];
    if (s.continued && prev && prev.close === -1) return true; // part of a longer quote
    if (!isQuotedName(text, text.slice(s.start, s.end), s.open, s.close)) return true;
    return opensInterruptedQuote(text, paras, s, segments[i + 1]) || isSentenceOfItsOwn(text, paras, s);
  });
  const passages = groupPassages(text, speech, sentences);
  ctx.quoted = speech.map((s) => ({ start: s.open, end: s.close === -1 ? s.end : s.close + 1 }));

  const out: QuotePassage[] = [];
  /** The passage whose attribution each quote carries, for the ranker. */
  const units = new Map<QuotePassage, QuoteUnit>();
  let previous: { attribution: Attribution | null; last: Segment } | null = null;
  let bareParagraph = -1; // paragraph of the last quote that was an unattributed paragraph of its own
  for (const passage of passages) {
    const words = passage.segments.reduce((n, s) => n + wordCount(text.slice(s.start, s.end)), 0);
    if (isScareQuote(words) || inHeadline(ctx, passage)) continue;
    const partial = isPartial(ctx, passage);
    const proposed = [...proposals(ctx, passage, previous, partial)];
    const found = rulesPick(proposed);
    const unit: QuoteUnit = { passage, partial, proposals: proposed, pick: found };
    previous = { attribution: found, last: passage.segments[passage.segments.length - 1]! };
    if (!found && partial) continue; // a fragment nobody is said to have said: not a quote
    const before = out[out.length - 1];
    if (found?.rule === 'continuation' && before) {
      // “…,” Smith said. ¶ “More of the same speech.” — one quote over two paragraphs.
      const more = toQuote(text, passage, null);
      append(before, more, /\n/.test(text.slice(before.end, more.start)) ? PARAGRAPH_BREAK : ELISION);
      continue;
    }
    const bare = !found && isWholeParagraphs(ctx, passage);
    const firstSeg = passage.segments[0]!;
    if (found && (found.rule === 'after' || found.rule === 'interruption') && before && !before.speaker &&
      bareParagraph === firstSeg.para - 1 && firstSeg.open === paras[firstSeg.para]!.start) {
      // ¶“Not only can he win in November.” ¶“He may be the only one,” Viguerie notes. — the
      // unattributed paragraph before is the start of the same speech.
      const more = toQuote(text, passage, found);
      append(before, more, PARAGRAPH_BREAK);
      before.speaker = more.speaker;
      before.speakerName = more.speakerName;
      before.rule = more.rule;
      units.set(before, unit);
      bareParagraph = -1;
      continue;
    }
    if (bare && before && bareParagraph === firstSeg.para - 1) {
      // ¶“We have to do something.” ¶“We have to be a lot tougher.” — paragraphs of nothing but
      // quotes, none attributed: one run of the same unnamed speech.
      append(before, toQuote(text, passage, null), PARAGRAPH_BREAK);
    } else {
      const q = toQuote(text, passage, found);
      out.push(q);
      units.set(q, unit);
    }
    bareParagraph = bare ? passage.segments[passage.segments.length - 1]!.para : -1;
  }
  for (const block of findBlockQuotes(text, paras)) {
    const found = introSpeaker(ctx, block.intro);
    const speaker = found ? { start: found.start, end: found.end, text: text.slice(found.start, found.end) } : null;
    out.push({
      start: block.start, end: block.end, text: text.slice(block.start, block.end), speaker,
      speakerEntityId: null, speakerName: speaker?.text ?? null, parts: [{ start: block.start, end: block.end }],
      rule: found ? 'colon' : null,
    });
  }
  out.sort((a, b) => a.start - b.start);
  const candidates = (limit = Infinity) => {
    // The rules' speakers of the quotes before each one, taken before any is re-chosen.
    const history: History = { previousHead: null, heads: new Set() };
    return out.map((q, i) => {
      const unit = i < limit ? units.get(q) : undefined; // past the limit: the rules' pick stands
      const cands = unit ? candidatesFor(ctx, unit, history) : null; // reads the history, keeps none of it
      const head = q.speaker ? headOf(text, q.speaker) : null;
      history.previousHead = head;
      if (head) history.heads.add(head);
      return cands;
    });
  };
  return { quotes: out, candidates };
}

/**
 * A fragment woven into the writer's sentence (Trump called it “a total disaster”), as
 * opposed to a quote that is a sentence of its own or is introduced by "said," or ":".
 */
function isPartial(ctx: Context, passage: Passage): boolean {
  const first = passage.segments[0]!;
  const { text } = ctx;
  if (passage.label || first.continued) return false;
  const before = text.slice(ctx.paras[first.para]!.start, first.open).trimEnd();
  if (before === '' || /[:,.?!—–]$/.test(before)) return false;
  return true;
}

/**
 * “Safety,” said Grimm, a supporter. “Safety for the whole country.” — a capitalised word
 * opening its sentence and ending in a comma, then an attribution and more quoted words: the
 * first piece of an utterance, not a name.
 */
function opensInterruptedQuote(text: string, paras: Span[], s: Segment, next: Segment | undefined): boolean {
  if (!next || next.para !== s.para || s.close === -1 || !/,\s*$/.test(text.slice(s.start, s.end))) return false;
  if (!/(?:^|[.?!:]["”’]?)\s*$/u.test(text.slice(paras[s.para]!.start, s.open))) return false;
  const between = tokenize(text, s.close + 1, next.open);
  return speakerAfter(between, false, false) !== null;
}

/** Extends quote `q` by the pieces of `more`, which follows it; `sep` joins their texts. */
function append(q: QuotePassage, more: QuotePassage, sep: Separator): void {
  q.parts.push(...more.parts);
  q.end = more.end;
  q.text = joinPieces(q.text, more.text, sep);
}

/** Pieces of one paragraph have words left out between them (the attribution); paragraphs a break. */
const ELISION = ' … ';
const PARAGRAPH_BREAK = '\n\n';
type Separator = typeof ELISION | typeof PARAGRAPH_BREAK;

/**
 * Joins two quoted pieces as the reader should see them: “…,” he said, “…” becomes "… … …"
 * (the comma that handed over to the attribution is not the speaker's), paragraphs a blank line.
 */
export function joinPieces(before: string, after: string, sep: Separator): string {
  if (sep === ELISION) return before.replace(/[,;:\s—–-]+$/u, '') + ELISION + after;
  return before + sep + after;
}

/**
 * “…,” Burton told delegates. “Donald Trump.” — capitalised words making a whole sentence
 * after another sentence of the paragraph are an answer, not a title.
 */
function isSentenceOfItsOwn(text: string, paras: Span[], s: Segment): boolean {
  if (s.close === -1 || !/[.?!]\s*$/.test(text.slice(s.start, s.end))) return false;
  return /[.?!]["”’]?\s+$/u.test(text.slice(paras[s.para]!.start, s.open));
}

/**
 * The passage sits in a one-paragraph headline line: title case throughout, or the article's
 * short first line shaped "Name: ‘…’" or "‘…’: Headline", or quoting in single marks as
 * headlines do (a headline quoting someone; the story reports it properly).
 */
function inHeadline(ctx: Context, passage: Passage): boolean {
  const first = passage.segments[0]!;
  const p = ctx.paras[first.para]!;
  if (!passage.segments.every((s) => s.para === first.para)) return false;
  const line = ctx.text.slice(p.start, p.end);
  if (isHeadlineLine(line)) return true;
  // A headline is short: a long first paragraph is not read whole again for each of its quotes.
  if (first.para !== 0 || ctx.paras.length < 2 || line.length > MAX_HEADLINE_CHARS) return false;
  const words = wordCount(line);
  if (words > 24) return false;
  // Headlines quote with single marks (“DNC issues ‘deep and sincere apology’ to Sanders”); a
  // lede quoting in single marks, British style, is longer than a headline.
  return HEADLINE_QUOTE.test(line) || QUOTE_HEADLINE.test(line) ||
    words <= 16 && passage.segments.every((s) => s.kind === 'single');
}

/** Longer than any line of at most 24 words a headline can be. */
const MAX_HEADLINE_CHARS = 400;

/** "‘We are in shock, horrified’: A mosque feels the spotlight." — the quote, a colon, the headline. */
const QUOTE_HEADLINE = /^[‘'“"][^\n]{1,160}[’'”"]:\s*\p{Lu}[^\n]*$/u;

/** "Reid: ‘Never, ever underestimate Trump.’" — capitalised words, a colon, then only the quote. */
const HEADLINE_QUOTE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*:\s*[‘'“"][^\n]{1,160}[’'”"]\.?$/u;

/** The passage fills its paragraphs: nothing but the quotation marks around it. */
function isWholeParagraphs(ctx: Context, passage: Passage): boolean {
  const first = passage.segments[0]!;
  const last = passage.segments[passage.segments.length - 1]!;
  if (first.open !== ctx.paras[first.para]!.start) return false;
  const after = last.close === -1 ? '' : ctx.text.slice(last.close + 1, ctx.paras[last.para]!.end);
  return !/[\p{L}\p{N}]/u.test(after);
}

function toQuote(text: string, passage: Passage, found: Attribution | null): QuotePassage {
  const parts = passage.segments.map((s) => ({ start: s.start, end: s.end }));
  if (passage.label) {
    const p = parts[0]!;
    p.start = passage.label.end;
    while (p.start < p.end && /[:\s]/.test(text[p.start]!)) p.start++;
  }
  let joined = '';
  passage.segments.forEach((s, i) => {
    const piece = text.slice(parts[i]!.start, parts[i]!.end);
    joined = i === 0 ? piece : joinPieces(joined, piece, s.para === passage.segments[i - 1]!.para ? ELISION : PARAGRAPH_BREAK);
  });
  const speaker = found ? { start: found.start, end: found.end, text: text.slice(found.start, found.end) } : null;
  return {
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
    text: joined,
    speaker,
    speakerEntityId: null,
    speakerName: speaker?.text ?? null,
    parts,
    rule: found?.rule ?? null,
  };
}
