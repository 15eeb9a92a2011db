/**
 * Long quotes set as a block: Readability keeps a <blockquote> as a paragraph of its own,
 * without quotation marks, right after the paragraph introducing it ("Hewitt writes:").
 * Only that shape is taken, so ordinary paragraphs after a colon stay prose.
 */
import type { Span } from '../../types';
import { SPEECH_VERBS, STATEMENT_NOUNS } from './lexicon';
import { wordCount } from './text';

/** A paragraph read as a block quote, with the introducing sentence that attributes it. */
export interface BlockQuote extends Span {
  para: number;
  /** The sentence ending in a colon right before the block. */
  intro: Span;
}

const ANY_QUOTE_MARK = /["“”„«»]/u;
const MIN_BLOCK_WORDS = 8;
const READER_DIRECTION = /^(?:Watch|Read|See|Click|Check|Follow|Listen|Look|Scroll|Sign)\b|\b(?:below|here):$/u;
const TRANSCRIPT_LABEL = /^[\p{Lu}][\p{Lu}.'’\- ]{1,30}:/u;

/**
 * Paragraphs without quotation marks that follow a paragraph ending in a reporting clause
 * and a colon: "In a speech last July, he said:" / "The statement read:".
 */
export function findBlockQuotes(text: string, paras: readonly Span[]): BlockQuote[] {
  const out: BlockQuote[] = [];
  for (let i = 1; i < paras.length; i++) {
    const prev = paras[i - 1]!;
    const p = paras[i]!;
    if (text[prev.end - 1] !== ':') continue;
    const body = text.slice(p.start, p.end);
    if (ANY_QUOTE_MARK.test(body) || wordCount(body) < MIN_BLOCK_WORDS) continue;
    if (TRANSCRIPT_LABEL.test(body)) continue; // "JAKE TAPPER: …" opens a transcript, not one quote
    const intro = lastSentence(text, prev);
    // "Watch the ad below:", "Read the latest updates below:" point the reader at a video or a
    // live blog, not at someone's words.
    if (READER_DIRECTION.test(text.slice(intro.start, intro.end))) continue;
    const words = text.slice(intro.start, intro.end).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    if (!words.some((w) => SPEECH_VERBS.has(w) || STATEMENT_NOUNS.has(w))) continue;
    out.push({ start: p.start, end: p.end, para: i, intro });
  }
  return out;
}

/** The last sentence of a paragraph (a rough split is enough for a short intro). */
function lastSentence(text: string, p: Span): Span {
  const slice = text.slice(p.start, p.end);
  const m = /[.!?]["”’]?\s+(?=[\p{Lu}“"])(?![\s\S]*[.!?]["”’]?\s+[\p{Lu}“"])/u.exec(slice);
  return { start: m ? p.start + m.index + m[0].length : p.start, end: p.end };
}
